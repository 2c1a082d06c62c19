import type { Store } from "../../db/store.js";
import type { AuditEntry } from "../audit/audit-entry.entity.js";
import type { Claim } from "./claim.entity.js";

/**
 * claimSeat's common case, in as few statements as it can be: the conditional UPDATE that takes
 * the seats (status OPEN and enough free seats checked in its WHERE), the claim row and its audit
 * row, in one transaction. It answers false, having written nothing, when the UPDATE finds no
 * seat; the caller then takes the slow path (expire due holds, try again, or say why), so due
 * holds are looked for only when they could matter.
 *
 * - SQLite: three prepared statements (TypeORM keeps them prepared per text) in one transaction
 *   of the store's writer queue; one commit, one sync at synchronous=FULL.
 * - PostgreSQL: ONE round trip — a data-modifying CTE, which is its own transaction: the row lock
 *   taken by the UPDATE makes concurrent claims on one placement queue there, and each
 *   re-checks `seatsTaken + seats <= capacity` on the row it finally sees, so none overbooks.
 *
 * The seat invariant is kept as everywhere: seatsTaken changes only by conditional UPDATE, in the
 * same transaction as the claim row.
 */
export type SeatTaker = (claim: Claim, entry: AuditEntry) => Promise<boolean>;

const TAKE = `UPDATE "placement" SET "seatsTaken" = "seatsTaken" + ? WHERE "id" = ? AND "status" = 'OPEN' AND "seatsTaken" + ? <= "capacity"`;
const CLAIM_COLUMNS = `"id", "placementId", "organisationId", "claimedById", "participantId", "seats", "status", "requestedStart", "requestedEnd", "reason", "createdAt", "updatedAt", "expiresAt", "decidedById"`;
const AUDIT_COLUMNS = `"id", "at", "userId", "organisationId", "action", "entity", "entityId", "ip"`;
const INSERT_CLAIM = `INSERT INTO "claim" (${CLAIM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_AUDIT = `INSERT INTO "audit_entry" (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

const POSTGRES_TAKE = `
WITH taken AS (
  UPDATE "placement" SET "seatsTaken" = "seatsTaken" + $1
  WHERE "id" = $2 AND "status" = 'OPEN' AND "seatsTaken" + $1 <= "capacity"
  RETURNING "id"
),
claimed AS (
  INSERT INTO "claim" (${CLAIM_COLUMNS})
  SELECT $3, taken."id", $4, $5, $6, $1, $7, $8::date, $9::date, $10, $11::timestamp, $12::timestamp, $13::timestamp, $14 FROM taken
  RETURNING "id"
),
audited AS (
  INSERT INTO "audit_entry" (${AUDIT_COLUMNS})
  SELECT $15, $16::timestamp, $17, $18, $19, $20, claimed."id", $21 FROM claimed
  RETURNING 1
)
SELECT COUNT(*)::int AS "taken" FROM audited`;

const claimValues = (claim: Claim) => [
  claim.id,
  claim.placementId,
  claim.organisationId,
  claim.claimedById,
  claim.participantId,
  claim.seats,
  claim.status,
  claim.requestedStart,
  claim.requestedEnd,
  claim.reason,
  claim.createdAt,
  claim.updatedAt,
  claim.expiresAt,
  claim.decidedById,
];
const auditValues = (entry: AuditEntry) => [
  entry.id,
  entry.at,
  entry.userId,
  entry.organisationId,
  entry.action,
  entry.entity,
  entry.entityId,
  entry.ip,
];

/** What TypeORM writes for a Date on SQLite. */
const sqliteTime = (value: unknown) => (value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value);

export function seatTaker(store: Store): SeatTaker {
  if (store.atomicStatement) {
    const take = store.atomicStatement<{ taken: number }>(POSTGRES_TAKE);
    return async (claim, entry) => {
      const [row] = await take([
        claim.seats, // $1
        claim.placementId, // $2
        claim.id, // $3
        claim.organisationId,
        claim.claimedById,
        claim.participantId,
        claim.status, // $7
        claim.requestedStart,
        claim.requestedEnd,
        claim.reason, // $10
        claim.createdAt,
        claim.updatedAt,
        claim.expiresAt,
        claim.decidedById, // $14
        entry.id, // $15
        entry.at,
        entry.userId,
        entry.organisationId,
        entry.action,
        entry.entity, // $20
        entry.ip, // $21
      ]);
      return row!.taken === 1;
    };
  }
  return (claim, entry) =>
    store.transact(async (manager) => {
      const runner = manager.queryRunner!;
      const taken = await runner.query(TAKE, [claim.seats, claim.placementId, claim.seats], true);
      if (taken.affected === 0) return false;
      await runner.query(INSERT_CLAIM, claimValues(claim).map(sqliteTime));
      await runner.query(INSERT_AUDIT, auditValues(entry).map(sqliteTime));
      return true;
    });
}
