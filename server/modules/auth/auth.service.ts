import { IsNull, type EntityManager } from "typeorm";
import { defaultLoginThrottle, type LoginThrottleOptions, type PasswordHashingOptions } from "../../config.js";
import { newId } from "../../common/columns.js";
import type { Store, Transact } from "../../db/store.js";
import { notFound, refusal } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor } from "../../common/viewer.js";
import type { Viewer } from "../../common/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import { User } from "../user/user.entity.js";
import { LOGIN_OK, LOGIN_UNLOCKED, LoginThrottle } from "./login-throttle.js";
import { PasswordHasher } from "./passwords.js";
import { Session } from "./session.entity.js";
import { keyedHash, newToken, revokeSessions } from "./sessions.js";

/** A locked account as its organisation's admin sees it. */
export interface LoginLockView {
  user: User;
  failures: number;
  lockedUntil: Date;
  lastFailureAt: Date;
}

export interface AuthOptions {
  tokenSecret: string;
  tokenTtlHours: number;
  loginThrottle?: LoginThrottleOptions;
  passwordHashing?: PasswordHashingOptions;
}

export class AuthService {
  readonly throttle: LoginThrottle;
  readonly hasher: PasswordHasher;
  private readonly viewerOfToken: (parameters: [string, Date]) => Promise<{ id: string; organisationId: string; role: Viewer["role"] }[]>;

  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly options: AuthOptions,
    preparedRead: Store["preparedRead"],
  ) {
    this.viewerOfToken = preparedRead(
      `SELECT "user"."id" AS "id", "user"."organisationId" AS "organisationId", "user"."role" AS "role"
       FROM "session" INNER JOIN "user" ON "user"."id" = "session"."userId" AND "user"."active" = TRUE
       WHERE "session"."tokenHash" = ? AND "session"."revokedAt" IS NULL AND "session"."expiresAt" > ?`,
    );
    this.throttle = new LoginThrottle(reads, transact, audit, options.loginThrottle ?? defaultLoginThrottle, options.tokenSecret);
    this.hasher = new PasswordHasher(options.passwordHashing);
  }

  /** The stored form of a bearer token. */
  hashToken(token: string): string {
    return keyedHash(this.options.tokenSecret, token);
  }

  async login(email: string, password: string, ip: string | null): Promise<{ token: string; user: User }> {
    const normalised = email.trim().toLowerCase();
    const user = await this.reads.getRepository(User).findOneBy({ email: normalised });
    const attempt = await this.throttle.reserve({
      accountKey: this.throttle.accountKey(user?.id ?? null, normalised),
      entity: user ? "User" : "Login",
      organisationId: user?.organisationId ?? null,
      ip,
    });
    const valid = await this.hasher.verify(user?.active ? user.passwordHash : null, password);
    if (!user || !valid) {
      await this.throttle.failed(attempt);
      throw refusal("WRONG_CREDENTIALS", {});
    }
    const token = newToken();
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
      await this.throttle.passed(manager, attempt, { viewer, ip }, LOGIN_OK);
    });
    return { token, user };
  }

  /** The viewer behind a bearer token, or null when the token is unknown, expired, revoked or its user deactivated. */
  async authenticate(token: string): Promise<Viewer | null> {
    // Every request asks this: one prepared statement instead of a query builder per request.
    const [row] = await this.viewerOfToken([this.hashToken(token), new Date()]);
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

  /** A user of the actor's own organisation, or the refusal. */
  private async ourUser(actor: Actor, userId: string): Promise<User> {
    const user = await this.reads.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound("User", "userId");
    requireOwnOrganisation(actor.viewer, user.organisationId, "user");
    return user;
  }

  /** Lifts an account's lock at once (the failures before it no longer count); own organisation only. */
  async unlockLogin(actor: Actor, userId: string): Promise<boolean> {
    const user = await this.ourUser(actor, userId);
    await this.transact((manager) => this.audit.record(manager, actor, { action: LOGIN_UNLOCKED, entity: "User", entityId: user.id }));
    return true;
  }

  /** Ends every live session of a user of the actor's organisation at once; returns how many ended. */
  async endUserSessions(actor: Actor, userId: string): Promise<number> {
    const user = await this.ourUser(actor, userId);
    return this.transact(async (manager) => {
      const ended = await revokeSessions(manager, user.id);
      await this.audit.record(manager, actor, { action: "endUserSessions", entity: "User", entityId: user.id });
      return ended;
    });
  }

  async logout(token: string): Promise<boolean> {
    const result = await this.transact((manager) =>
      manager.update(Session, { tokenHash: this.hashToken(token), revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
    return (result.affected ?? 0) > 0;
  }
}
