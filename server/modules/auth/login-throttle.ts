import { createHmac } from "node:crypto";
import { HeaderMap } from "@apollo/server";
import { refusal, type AppError } from "../../common/errors.js";
import { In, MoreThan, type EntityManager } from "typeorm";
import type { LoginThrottleOptions } from "../../config.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";

/** Audit actions the throttle reads. A success or an admin's unlock starts an account's count afresh. */
export const LOGIN_FAILED = "login:failed";
export const LOGIN_REFUSED = "login:locked";
export const LOGIN_OK = "login";
export const LOGIN_UNLOCKED = "login:unlocked";

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

/**
 * Failed sign-ins slow down and then lock, per account and per client address. The counts are
 * read from the audit log itself (every failed sign-in is recorded there anyway), so locks hold
 * across restarts and across several server processes sharing one store.
 */
export class LoginThrottle {
  constructor(
    private readonly reads: EntityManager,
    readonly options: LoginThrottleOptions,
    private readonly secret: string,
  ) {}

  /**
   * The audit key of a sign-in name: the user's id, or for an unknown e-mail a keyed hash of it,
   * so an unknown address locks exactly like a real one (no account enumeration through locks)
   * and the typed text itself is never stored.
   */
  accountKey(userId: string | null, email: string): string {
    return userId ?? `x:${createHmac("sha256", this.secret).update(email).digest("hex").slice(0, 34)}`;
  }

  private windowStart(now: Date): Date {
    return new Date(now.getTime() - this.options.windowSeconds * 1000);
  }

  /** Lock states of several accounts at once (one query). */
  async accountStates(keys: string[], now = new Date()): Promise<Map<string, LockState>> {
    const states = new Map<string, LockState>();
    if (keys.length === 0) return states;
    const rows = await this.reads.getRepository(AuditEntry).find({
      select: { entityId: true, action: true, at: true },
      where: { entityId: In(keys), action: In([LOGIN_FAILED, LOGIN_OK, LOGIN_UNLOCKED]), at: MoreThan(this.windowStart(now)) },
      order: { at: "DESC" },
      take: keys.length * (this.options.maxFailuresPerAccount + 2) + 1000,
    });
    const byKey = new Map<string, AuditEntry[]>();
    for (const row of rows) {
      const list = byKey.get(row.entityId!) ?? [];
      list.push(row);
      byKey.set(row.entityId!, list);
    }
    for (const key of keys) {
      const failures: Date[] = [];
      for (const row of byKey.get(key) ?? []) {
        if (row.action !== LOGIN_FAILED) break;
        failures.push(row.at);
      }
      states.set(key, this.state(failures, this.options.maxFailuresPerAccount, now));
    }
    return states;
  }

  async addressState(ip: string, now = new Date()): Promise<LockState> {
    const max = this.options.maxFailuresPerAddress;
    const rows = await this.reads.getRepository(AuditEntry).find({
      select: { at: true },
      where: { ip: ip.slice(0, 64), action: LOGIN_FAILED, at: MoreThan(this.windowStart(now)) },
      order: { at: "DESC" },
      take: max,
    });
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

  /** Refuses at once, before any password check, when the account or the address is locked. */
  async check(accountKey: string, ip: string | null, now = new Date()): Promise<{ accountFailures: number }> {
    const account = (await this.accountStates([accountKey], now)).get(accountKey)!;
    if (account.locked) throw loginLocked(secondsUntil(account.lockedUntil!, now), "account");
    if (ip) {
      const address = await this.addressState(ip, now);
      if (address.locked) throw loginLocked(secondsUntil(address.lockedUntil!, now), "address");
    }
    return { accountFailures: account.failures };
  }

  /** How long to hold back the answer to a failed sign-in: doubles with each earlier failure. */
  delayAfterFailure(earlierFailures: number): number {
    const { baseDelayMs, maxDelayMs } = this.options;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(earlierFailures, 20));
  }
}

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
