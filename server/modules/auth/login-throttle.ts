import { createHmac } from "node:crypto";
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import { In, MoreThan, type DataSource, type EntityManager } from "typeorm";
import type { LoginThrottleOptions } from "../../config.js";
import { serialiseOn } from "../../db/serialise.js";
import type { Transact } from "../../db/data-source.js";
import type { AuditActor, AuditService } from "../audit/audit.service.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";

/**
 * Audit actions the throttle writes and reads. Every password (or one-time token) check is first
 * reserved as an ATTEMPT, in the transaction that counts; its outcome is a later entry whose
 * `entityId` is the attempt's id. An attempt counts as a failure unless a passing outcome refers
 * to it — so one still being checked counts too, and one whose outcome was never written (a crash)
 * stays a failure.
 */
export const LOGIN_ATTEMPT = "login:attempt";
export const LOGIN_FAILED = "login:failed";
export const LOGIN_REFUSED = "login:locked";
export const LOGIN_OK = "login";
export const LOGIN_UNLOCKED = "login:unlocked";
export const PASSWORD_CHANGED = "changePassword";
export const PASSWORD_SET_WITH_TOKEN = "setPasswordWithToken";
/** Outcomes that show the attempt knew the secret. A sign-in or an admin's unlock starts an account's count afresh. */
const PASSED = [LOGIN_OK, PASSWORD_CHANGED, PASSWORD_SET_WITH_TOKEN];
/** `entity` of an outcome entry: its `entityId` is the attempt's id. */
export const ATTEMPT_ENTITY = "LoginAttempt";

/**
 * TOO_MANY_REQUESTS: sign-in is locked for this account or address for `retryAfterSeconds`.
 * Sent with HTTP 200 like every other GraphQL error of an operation (Apollo Client turns a 4xx into
 * a bare network error and loses the message), plus a standard `Retry-After` header.
 */
export class TooManyRequestsError extends GraphQLError {
  constructor(retryAfterSeconds: number, scope: "account" | "address") {
    const headers = new HeaderMap([["retry-after", String(retryAfterSeconds)]]);
    super(
      scope === "account"
        ? `Too many failed sign-ins for this account: try again in ${retryAfterSeconds} seconds, or ask your organisation's admin to unlock it.`
        : `Too many failed sign-ins from your address: try again in ${retryAfterSeconds} seconds.`,
      { extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds, http: { headers } } },
    );
  }
}

export interface LockState {
  /** Failures counted towards the lock (since the last success or unlock, within the window). */
  failures: number;
  locked: boolean;
  /** When the lock lifts by itself (null when not locked). */
  lockedUntil: Date | null;
  lastFailureAt: Date | null;
}

/** What is checked: the account (or a stand-in key) and where the request came from. */
export interface AttemptSubject {
  accountKey: string;
  /** `entity` of the attempt entry: "User" for a real account, something else for a stand-in key. */
  entity: string;
  /** The organisation whose admin should see the attempt, when there is one. */
  organisationId: string | null;
  ip: string | null;
}

/** A reserved check: refer to it when recording the outcome. */
export interface Attempt {
  id: string;
  subject: AttemptSubject;
  /** The account's failures counted before this attempt (for the slow-down). */
  earlierFailures: number;
}

/**
 * Failed sign-ins slow down and then lock, per account and per client address. The counts are
 * read from the audit log itself, so locks hold across restarts and across several server
 * processes sharing one store. Counting and reserving happen in one transaction serialised per
 * account and per address, so requests sent together cannot all pass the count before any of them
 * has been recorded.
 */
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    readonly options: LoginThrottleOptions,
    private readonly secret: string,
  ) {}

  /**
   * The audit key of a sign-in name: the user's id, or for an unknown e-mail (or a one-time token)
   * a keyed hash of it, so an unknown address locks exactly like a real one (no account enumeration
   * through locks) and the typed text itself is never stored.
   */
  accountKey(userId: string | null, email: string): string {
    return userId ?? `x:${createHmac("sha256", this.secret).update(email).digest("hex").slice(0, 34)}`;
  }

  /**
   * Refuses at once, before any password check, when the account or the address is locked;
   * otherwise records the attempt. Both in one transaction that parallel attempts on the same
   * account or address wait for, so N of them reserve at most the limit.
   */
  async reserve(subject: AttemptSubject): Promise<Attempt> {
    const ip = subject.ip?.slice(0, 64) ?? null;
    const actor: AuditActor = { viewer: null, ip };
    const event = { entity: subject.entity, entityId: subject.accountKey, organisationId: subject.organisationId };
    const result = await this.transact(async (manager) => {
      await serialiseOn(manager, [`login-account:${subject.accountKey}`, ...(ip ? [`login-address:${ip}`] : [])]);
      // Read the clock only once the turn has come: the wait may have been long.
      const now = new Date();
      const account = (await this.accountStates([subject.accountKey], now, manager)).get(subject.accountKey)!;
      const address = ip ? await this.addressState(ip, now, manager) : null;
      const refusal = account.locked
        ? new TooManyRequestsError(secondsUntil(account.lockedUntil!, now), "account")
        : address?.locked
          ? new TooManyRequestsError(secondsUntil(address.lockedUntil!, now), "address")
          : null;
      if (refusal) {
        await this.audit.record(manager, actor, { ...event, action: LOGIN_REFUSED });
        return { refusal };
      }
      const [id] = await this.audit.record(manager, actor, { ...event, action: LOGIN_ATTEMPT });
      return { attempt: { id, subject, earlierFailures: account.failures } };
    });
    if (result.refusal) throw result.refusal;
    return result.attempt!;
  }

  /** Records that the attempt knew the secret, in the caller's transaction (with what it unlocks). */
  async passed(
    manager: EntityManager,
    attempt: Attempt,
    actor: AuditActor,
    action: typeof LOGIN_OK | typeof PASSWORD_CHANGED | typeof PASSWORD_SET_WITH_TOKEN,
  ) {
    await this.audit.record(manager, actor, { action, entity: ATTEMPT_ENTITY, entityId: attempt.id });
  }

  /** Records a wrong password (or token), then holds the answer back longer with each earlier failure. */
  async failed(attempt: Attempt): Promise<void> {
    await this.transact((manager) =>
      this.audit.record(
        manager,
        { viewer: null, ip: attempt.subject.ip },
        { action: LOGIN_FAILED, entity: ATTEMPT_ENTITY, entityId: attempt.id, organisationId: attempt.subject.organisationId },
      ),
    );
    await sleep(this.delayAfterFailure(attempt.earlierFailures));
  }

  private windowStart(now: Date): Date {
    return new Date(now.getTime() - this.options.windowSeconds * 1000);
  }

  /** Lock states of several accounts at once. */
  async accountStates(keys: string[], now = new Date(), manager: EntityManager = this.dataSource.manager): Promise<Map<string, LockState>> {
    const states = new Map<string, LockState>();
    if (keys.length === 0) return states;
    const rows = await manager.getRepository(AuditEntry).find({
      select: { id: true, entityId: true, action: true, at: true },
      where: { entityId: In(keys), action: In([LOGIN_ATTEMPT, LOGIN_UNLOCKED]), at: MoreThan(this.windowStart(now)) },
      order: { at: "DESC" },
      take: keys.length * (this.options.maxFailuresPerAccount + 2) + 1000,
    });
    const attemptIds = rows.filter((row) => row.action === LOGIN_ATTEMPT).map((row) => row.id);
    const passed = new Set(
      attemptIds.length === 0
        ? []
        : (
            await manager.getRepository(AuditEntry).find({
              select: { entityId: true },
              where: { entityId: In(attemptIds), action: In(PASSED) },
            })
          ).map((row) => row.entityId),
    );
    const byKey = new Map<string, AuditEntry[]>();
    for (const row of rows) {
      const list = byKey.get(row.entityId!) ?? [];
      list.push(row);
      byKey.set(row.entityId!, list);
    }
    for (const key of keys) {
      const failures: Date[] = [];
      for (const row of byKey.get(key) ?? []) {
        if (row.action === LOGIN_UNLOCKED || passed.has(row.id)) break;
        failures.push(row.at);
      }
      states.set(key, this.state(failures, this.options.maxFailuresPerAccount, now));
    }
    return states;
  }

  /**
   * An address's failed attempts in the window. A success never lowers it: a valid account of
   * one's own does not buy more guesses at others. Nor does it add to it, so colleagues behind one
   * address who sign in correctly do not use up the budget.
   */
  async addressState(ip: string, now = new Date(), manager: EntityManager = this.dataSource.manager): Promise<LockState> {
    const max = this.options.maxFailuresPerAddress;
    const name = (identifier: string) => manager.connection.driver.escape(identifier);
    const rows = await manager
      .getRepository(AuditEntry)
      .createQueryBuilder("entry")
      .select(["entry.id", "entry.at"])
      .where({ ip: ip.slice(0, 64), action: LOGIN_ATTEMPT, at: MoreThan(this.windowStart(now)) })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM ${name("audit_entry")} ${name("outcome")} WHERE ${name("outcome")}.${name("entityId")} = ${name("entry")}.${name("id")} AND ${name("outcome")}.${name("action")} IN (:...passed))`,
        { passed: PASSED },
      )
      .orderBy("entry.at", "DESC")
      .limit(max)
      .getMany();
    return this.state(
      rows.map((row) => row.at),
      max,
      now,
    );
  }

  /** `failures` newest first. Locked while `max` failures lie within the window. */
  private state(failures: Date[], max: number, now: Date): LockState {
    const locked = failures.length >= max;
    const lockedUntil = locked ? new Date(failures[max - 1].getTime() + this.options.windowSeconds * 1000) : null;
    return {
      failures: failures.length,
      locked: locked && lockedUntil!.getTime() > now.getTime(),
      lockedUntil,
      lastFailureAt: failures[0] ?? null,
    };
  }

  /** How long to hold back the answer to a failed sign-in: doubles with each earlier failure. */
  delayAfterFailure(earlierFailures: number): number {
    const { baseDelayMs, maxDelayMs } = this.options;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(earlierFailures, 20));
  }
}

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
