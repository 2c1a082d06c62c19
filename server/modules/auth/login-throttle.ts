import { createHmac } from "node:crypto";
import { HeaderMap } from "@apollo/server";
import { In, MoreThan, type EntityManager } from "typeorm";
import { refusal, type AppError } from "../../common/errors.js";
import type { LoginThrottleOptions } from "../../config.js";
import { serialiseOn } from "../../db/serialise.js";
import type { Transact } from "../../db/store.js";
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
 * TOO_MANY_REQUESTS (ACCOUNT_LOCKED or ADDRESS_LOCKED) with `retryAfterSeconds`. Sent with HTTP 200
 * like every other GraphQL error of an operation (Apollo Client turns a 4xx into a bare network
 * error and loses the reason), plus a standard `Retry-After` header.
 */
export function loginLocked(retryAfterSeconds: number, scope: "account" | "address"): AppError {
  const headers = new HeaderMap([["retry-after", String(retryAfterSeconds)]]);
  return refusal(scope === "account" ? "ACCOUNT_LOCKED" : "ADDRESS_LOCKED", { retryAfterSeconds }, { http: { headers } });
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

/** A failure counted towards a lock; `pending` while its check is still running (no outcome written yet). */
interface Counted {
  at: Date;
  pending: boolean;
}

/** An attempt with no outcome after this long counts as a failure: the process checking it has died. */
const CHECK_TIMEOUT_MS = 30_000;

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
    private readonly reads: EntityManager,
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
   * account or address wait for, so N of them reserve at most the limit. When only checks still
   * in flight make up the lock, waits for their outcome instead: colleagues signing in at the same
   * moment are not refused for each other's correct passwords, and guesses are still never checked
   * beyond the limit.
   */
  async reserve(subject: AttemptSubject): Promise<Attempt> {
    const ip = subject.ip?.slice(0, 64) ?? null;
    const actor: AuditActor = { viewer: null, ip };
    const event = { entity: subject.entity, entityId: subject.accountKey, organisationId: subject.organisationId };
    for (let pause = 10; ; pause = Math.min(pause * 2, 500)) {
      const result = await this.transact(async (manager) => {
        await serialiseOn(manager, [`login-account:${subject.accountKey}`, ...(ip ? [`login-address:${ip}`] : [])]);
        // Read the clock only once the turn has come: the wait may have been long.
        const now = new Date();
        const account = (await this.accountFailures([subject.accountKey], now, manager)).get(subject.accountKey)!;
        const address = ip ? await this.addressFailures(ip, now, manager) : [];
        const verdicts = [
          this.verdict(account, this.options.maxFailuresPerAccount, now, "account"),
          this.verdict(address, this.options.maxFailuresPerAddress, now, "address"),
        ];
        const refusal = verdicts.find((verdict) => verdict !== null && verdict !== "wait");
        if (refusal) {
          await this.audit.record(manager, actor, { ...event, action: LOGIN_REFUSED });
          return { refusal };
        }
        if (verdicts.includes("wait")) return { wait: true };
        const [id] = await this.audit.record(manager, actor, { ...event, action: LOGIN_ATTEMPT });
        return { attempt: { id, subject, earlierFailures: account.length } };
      });
      if (result.refusal) throw result.refusal;
      if (result.attempt) return result.attempt;
      await sleep(pause);
    }
  }

  /** Free (null), locked even if every check in flight passes (the refusal), or locked only by checks in flight ("wait"). */
  private verdict(counted: Counted[], max: number, now: Date, scope: "account" | "address"): AppError | "wait" | null {
    if (!this.state(counted, max, now).locked) return null;
    const settled = this.state(
      counted.filter((failure) => !failure.pending),
      max,
      now,
    );
    return settled.locked ? loginLocked(secondsUntil(settled.lockedUntil!, now), scope) : "wait";
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

  /**
   * Records a wrong password (or token), then holds the answer back longer with each earlier
   * failure. The outcome is written before the pause, so attempts waiting on this one go on.
   */
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
  async accountStates(keys: string[], now = new Date()): Promise<Map<string, LockState>> {
    const failures = await this.accountFailures(keys, now, this.reads);
    return new Map(keys.map((key) => [key, this.state(failures.get(key)!, this.options.maxFailuresPerAccount, now)]));
  }

  /** Each account's failures since its last success or unlock within the window, newest first. */
  private async accountFailures(keys: string[], now: Date, manager: EntityManager): Promise<Map<string, Counted[]>> {
    const counted = new Map<string, Counted[]>(keys.map((key) => [key, []]));
    if (keys.length === 0) return counted;
    const rows = await manager.getRepository(AuditEntry).find({
      select: { id: true, entityId: true, action: true, at: true },
      where: { entityId: In(keys), action: In([LOGIN_ATTEMPT, LOGIN_UNLOCKED]), at: MoreThan(this.windowStart(now)) },
      order: { at: "DESC" },
      take: keys.length * (this.options.maxFailuresPerAccount + 2) + 1000,
    });
    const outcomes = await this.outcomes(
      manager,
      rows.filter((row) => row.action === LOGIN_ATTEMPT).map((row) => row.id),
    );
    const ended = new Set<string>();
    for (const row of rows) {
      const key = row.entityId!;
      if (ended.has(key)) continue;
      if (row.action === LOGIN_UNLOCKED || outcomes.get(row.id) === "passed") {
        ended.add(key);
        continue;
      }
      counted.get(key)!.push(this.counted(row, outcomes, now));
    }
    return counted;
  }

  /**
   * An address's failed attempts in the window, newest first. A success never lowers it: a valid
   * account of one's own does not buy more guesses at others. Nor does it add to it, so colleagues
   * behind one address who sign in correctly do not use up the budget.
   */
  private async addressFailures(ip: string, now: Date, manager: EntityManager): Promise<Counted[]> {
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
      // At most `max` checks are ever in flight, so twice that holds `max` settled failures when there are.
      .limit(2 * this.options.maxFailuresPerAddress)
      .getMany();
    const outcomes = await this.outcomes(
      manager,
      rows.map((row) => row.id),
    );
    return rows.map((row) => this.counted(row, outcomes, now));
  }

  /** How the given attempts ended, for those that have. */
  private async outcomes(manager: EntityManager, attemptIds: string[]): Promise<Map<string, "passed" | "failed">> {
    if (attemptIds.length === 0) return new Map();
    const rows = await manager.getRepository(AuditEntry).find({
      select: { entityId: true, action: true },
      where: { entityId: In(attemptIds), action: In([...PASSED, LOGIN_FAILED]) },
    });
    return new Map(rows.map((row) => [row.entityId!, PASSED.includes(row.action) ? "passed" : "failed"]));
  }

  private counted(attempt: AuditEntry, outcomes: Map<string, "passed" | "failed">, now: Date): Counted {
    return { at: attempt.at, pending: !outcomes.has(attempt.id) && attempt.at.getTime() > now.getTime() - CHECK_TIMEOUT_MS };
  }

  /** `failures` newest first. Locked while `max` failures lie within the window. */
  private state(failures: Counted[], max: number, now: Date): LockState {
    const locked = failures.length >= max;
    const lockedUntil = locked ? new Date(failures[max - 1].at.getTime() + this.options.windowSeconds * 1000) : null;
    return {
      failures: failures.length,
      locked: locked && lockedUntil!.getTime() > now.getTime(),
      lockedUntil,
      lastFailureAt: failures[0]?.at ?? null,
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
