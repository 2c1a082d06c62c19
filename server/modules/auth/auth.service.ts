import { createHmac, randomBytes } from "node:crypto";
import argon2 from "argon2";
import { IsNull, MoreThan, type EntityManager } from "typeorm";
import { defaultLoginThrottle, type LoginThrottleOptions } from "../../config.js";
import { newId } from "../../common/columns.js";
import type { Transact } from "../../db/store.js";
import { AppError, ErrorCode, notFound, refusal } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor } from "../../common/viewer.js";
import type { Viewer } from "../../common/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import { User } from "../user/user.entity.js";
import { LOGIN_FAILED, LOGIN_OK, LOGIN_REFUSED, LOGIN_UNLOCKED, LoginThrottle, sleep } from "./login-throttle.js";
import { Session } from "./session.entity.js";

/** A locked account as its organisation's admin sees it. */
export interface LoginLockView {
  user: User;
  failures: number;
  lockedUntil: Date;
  lastFailureAt: Date;
}

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/** Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password. */
const decoyHash = hashPassword("praktikpool-decoy-password");

export class AuthService {
  readonly throttle: LoginThrottle;

  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly options: { tokenSecret: string; tokenTtlHours: number; loginThrottle?: LoginThrottleOptions },
  ) {
    this.throttle = new LoginThrottle(reads, options.loginThrottle ?? defaultLoginThrottle, options.tokenSecret);
  }

  private hashToken(token: string): string {
    return createHmac("sha256", this.options.tokenSecret).update(token).digest("hex");
  }

  async login(email: string, password: string, ip: string | null): Promise<{ token: string; user: User }> {
    const normalised = email.trim().toLowerCase();
    const user = await this.reads.getRepository(User).findOneBy({ email: normalised });
    const accountKey = this.throttle.accountKey(user?.id ?? null, normalised);
    const event = { entity: user ? "User" : "Login", entityId: accountKey, organisationId: user?.organisationId ?? null };
    let accountFailures: number;
    try {
      ({ accountFailures } = await this.throttle.check(accountKey, ip));
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.TOO_MANY_REQUESTS) {
        await this.transact((manager) => this.audit.record(manager, { viewer: null, ip }, { ...event, action: LOGIN_REFUSED }));
      }
      throw error;
    }
    const valid = user?.active ? await argon2.verify(user.passwordHash, password) : (await argon2.verify(await decoyHash, password), false);
    if (!user || !valid) {
      await this.transact((manager) => this.audit.record(manager, { viewer: null, ip }, { ...event, action: LOGIN_FAILED }));
      // Each failure of the account makes the next answer slower; the lock (above) stops the rest.
      await sleep(this.throttle.delayAfterFailure(accountFailures));
      throw refusal("WRONG_CREDENTIALS", {});
    }
    const token = randomBytes(32).toString("base64url");
    const now = new Date();
    const viewer = { userId: user.id, organisationId: user.organisationId, role: user.role };
    await this.transact(async (manager) => {
      await manager.insert(Session, {
        id: newId(),
        tokenHash: this.hashToken(token),
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.options.tokenTtlHours * 3600_000),
        revokedAt: null,
      });
      await this.audit.record(manager, { viewer, ip }, { action: LOGIN_OK, entity: "User", entityId: user.id });
    });
    return { token, user };
  }

  /** The viewer behind a bearer token, or null when the token is unknown, expired, revoked or its user deactivated. */
  async authenticate(token: string): Promise<Viewer | null> {
    const row = await this.reads
      .getRepository(Session)
      .createQueryBuilder("session")
      .innerJoin(User, "user", "user.id = session.userId AND user.active = TRUE")
      .select("user.id", "id")
      .addSelect("user.organisationId", "organisationId")
      .addSelect("user.role", "role")
      .where({ tokenHash: this.hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .getRawOne<{ id: string; organisationId: string; role: Viewer["role"] }>();
    return row ? { userId: row.id, organisationId: row.organisationId, role: row.role } : null;
  }

  /** The admin's organisation's accounts that are locked now. */
  async loginLocks(actor: Actor, now = new Date()): Promise<LoginLockView[]> {
    const users = await this.reads.getRepository(User).find({
      where: { organisationId: actor.viewer.organisationId },
      order: { email: "ASC" },
    });
    const states = await this.throttle.accountStates(
      users.map((user) => user.id),
      now,
    );
    return users.flatMap((user) => {
      const state = states.get(user.id)!;
      return state.locked ? [{ user, failures: state.failures, lockedUntil: state.lockedUntil!, lastFailureAt: state.lastFailureAt! }] : [];
    });
  }

  /** Lifts an account's lock at once (the failures before it no longer count); own organisation only. */
  async unlockLogin(actor: Actor, userId: string): Promise<boolean> {
    const user = await this.reads.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound("User", "userId");
    requireOwnOrganisation(actor.viewer, user.organisationId, "user");
    await this.transact((manager) => this.audit.record(manager, actor, { action: LOGIN_UNLOCKED, entity: "User", entityId: user.id }));
    return true;
  }

  async logout(token: string): Promise<boolean> {
    const result = await this.transact((manager) =>
      manager.update(Session, { tokenHash: this.hashToken(token), revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
    return (result.affected ?? 0) > 0;
  }
}
