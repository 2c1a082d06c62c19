import { IsNull, MoreThan, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { User } from "../user/user.entity.js";
import type { AuthService } from "./auth.service.js";
import { PASSWORD_CHANGED, PASSWORD_SET_WITH_TOKEN } from "./login-throttle.js";
import type { ChangePasswordInput, SetPasswordWithTokenInput } from "./password.input.js";
import { PasswordReset } from "./password-reset.entity.js";
import { NO_PASSWORD } from "./passwords.js";
import { keyedHash, newToken, revokeSessions, voidPasswordResets } from "./sessions.js";

/** How long an admin's set-password token works. */
export const PASSWORD_RESET_TTL_HOURS = 24;

/** A set-password token as the admin receives it: the only time the token itself is shown. */
export interface PasswordResetTicket {
  token: string;
  expiresAt: Date;
  user: User;
}

/**
 * Passwords change in three ways: the user with the current one, an admin's reset (which ends
 * the old password and every session), and the one-time token that reset gives. Every check of a
 * secret goes through the sign-in throttle, so a stolen session cannot guess the password either.
 */
export class PasswordService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly tokenSecret: string,
  ) {}

  /** Changes the actor's own password; every other session ends, the one making the change stays. Returns how many ended. */
  async changePassword(actor: Actor, currentToken: string, input: ChangePasswordInput): Promise<number> {
    const user = await this.reads.getRepository(User).findOneBy({ id: actor.viewer.userId });
    if (!user) throw notFound("User");
    const attempt = await this.auth.throttle.reserve({
      accountKey: user.id,
      entity: "User",
      organisationId: user.organisationId,
      ip: actor.ip,
    });
    if (!(await this.auth.hasher.verify(user.passwordHash, input.currentPassword))) {
      await this.auth.throttle.failed(attempt);
      throw badInput("input.currentPassword", "WRONG_CURRENT_PASSWORD", {});
    }
    const passwordHash = await this.auth.hasher.hash(input.newPassword);
    return this.transact(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      const ended = await revokeSessions(manager, user.id, { except: this.auth.hashToken(currentToken) });
      await voidPasswordResets(manager, user.id);
      await this.auth.throttle.passed(manager, attempt, actor, PASSWORD_CHANGED);
      return ended;
    });
  }

  /**
   * An admin's reset of another user of their organisation: the old password stops working, every
   * session ends, and a one-time token (shown only in this answer) lets the user set a new one.
   */
  async resetUserPassword(actor: Actor, userId: string): Promise<PasswordResetTicket> {
    const user = await this.reads.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound("User", "userId");
    requireOwnOrganisation(actor.viewer, user.organisationId, "user");
    // Otherwise an admin's session alone could replace the admin's password without knowing it.
    if (user.id === actor.viewer.userId) throw badInput("userId", "CANNOT_RESET_OWN_PASSWORD", {});
    const now = new Date();
    const issued = await this.transact(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash: NO_PASSWORD });
      await revokeSessions(manager, user.id, { now });
      await voidPasswordResets(manager, user.id, now);
      const ticket = await this.issueToken(manager, actor, user.id, now);
      await this.audit.record(manager, actor, { action: "resetUserPassword", entity: "User", entityId: user.id });
      return ticket;
    });
    return { ...issued, user };
  }

  /** A one-time set-password token for the user, stored as its keyed hash in the caller's transaction (a reset, or a new user's first password). */
  async issueToken(manager: EntityManager, actor: Actor, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_HOURS * 3600_000);
    await manager.insert(PasswordReset, {
      id: newId(),
      tokenHash: keyedHash(this.tokenSecret, token),
      userId,
      createdBy: actor.viewer.userId,
      createdAt: now,
      expiresAt,
      usedAt: null,
      revokedAt: null,
    });
    return { token, expiresAt };
  }

  /**
   * Redeems a set-password token once. Unauthenticated, so throttled like sign-in: a wrong,
   * used or expired token is a failed attempt of the address.
   */
  async setPasswordWithToken(input: SetPasswordWithTokenInput, ip: string | null): Promise<boolean> {
    const tokenHash = keyedHash(this.tokenSecret, input.token);
    const reset = await this.reads.getRepository(PasswordReset).findOneBy({ tokenHash });
    const owner = reset ? await this.reads.getRepository(User).findOneBy({ id: reset.userId }) : null;
    const attempt = await this.auth.throttle.reserve({
      // Keyed by the token, not its user: replaying a used token must not lock the user's sign-in.
      accountKey: this.auth.throttle.accountKey(null, `reset:${input.token}`),
      entity: "PasswordReset",
      organisationId: owner?.organisationId ?? null,
      ip,
    });
    const refused = () => badInput("input.token", "RESET_TOKEN_INVALID", {});
    const now = new Date();
    if (!reset || !owner || reset.usedAt || reset.revokedAt || reset.expiresAt.getTime() <= now.getTime()) {
      await this.auth.throttle.failed(attempt);
      throw refused();
    }
    const passwordHash = await this.auth.hasher.hash(input.newPassword);
    const viewer = { userId: owner.id, organisationId: owner.organisationId, role: owner.role };
    const redeemed = await this.transact(async (manager) => {
      // The conditional update decides, so two redemptions at once cannot both succeed.
      const claimed = await manager.update(
        PasswordReset,
        { id: reset.id, usedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) },
        { usedAt: now },
      );
      if (!claimed.affected) return false;
      await manager.update(User, { id: owner.id }, { passwordHash });
      await revokeSessions(manager, owner.id, { now });
      await voidPasswordResets(manager, owner.id, now);
      await this.auth.throttle.passed(manager, attempt, { viewer, ip }, PASSWORD_SET_WITH_TOKEN);
      return true;
    });
    if (!redeemed) {
      await this.auth.throttle.failed(attempt);
      throw refused();
    }
    return true;
  }
}
