import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

/**
 * Makes transactions that name the same key run one after the other, across every server process
 * on the store, until they commit or roll back. Call it first in the transaction, before reading
 * what the decision depends on.
 *
 * PostgreSQL: a transaction-scoped advisory lock per key, taken in one fixed order so that two
 * transactions with overlapping keys never wait on each other crosswise. SQLite: nothing to do —
 * a write transaction begins with BEGIN IMMEDIATE and so already excludes every other writer.
 */
export async function serialiseOn(manager: EntityManager, keys: string[]): Promise<void> {
  if (manager.connection.options.type !== "postgres") return;
  const locks = [...new Set(keys.map(advisoryKey))].sort();
  for (const lock of locks) await manager.query("SELECT pg_advisory_xact_lock($1::bigint)", [lock]);
}

/** A key as a signed 64-bit number (advisory locks take one); collisions only serialise more than needed. */
const advisoryKey = (key: string) => createHash("sha256").update(key).digest().readBigInt64BE(0).toString();

/**
 * Takes the key for the rest of the transaction if no other transaction holds it, without waiting:
 * for jobs every process runs on a timer, so that one runs and the others skip the round.
 * PostgreSQL: a transaction-scoped try-advisory-lock. SQLite: always true — BEGIN IMMEDIATE
 * already lets one writer at a time in, so the job's own conditional updates decide.
 */
export async function tryExclusive(manager: EntityManager, key: string): Promise<boolean> {
  if (manager.connection.options.type !== "postgres") return true;
  const [row] = (await manager.query("SELECT pg_try_advisory_xact_lock($1::bigint) AS taken", [advisoryKey(key)])) as { taken: boolean }[];
  return row?.taken === true;
}
