import type { Store } from "../../db/store.js";
import type { AuditEntry } from "../audit/audit-entry.entity.js";
import type { Notification } from "../notification/notification.entity.js";
import { notificationRows, organisationRecipient, type NotificationInput, type Recipient } from "../notification/notification.service.js";
import type { Claim } from "./claim.entity.js";

/**
 * claimSeat's common case, in as few statements as it can be: the conditional UPDATE that takes
 * the seats (status OPEN and enough free seats checked in its WHERE), the claim row, its audit
 * row and — for a claim on another organisation's placement — the owner's notification rows
 * (`notice`: one per recipient by `organisationRecipient`, the rule `NotificationService.record`
 * uses, with the fields of `notificationRows`), in one transaction. It answers the notification
 * rows it wrote (none for `notice` null), or null, having written nothing, when the UPDATE finds
 * no seat; the caller then takes the slow path (expire due holds, try again, or say why), so due
 * holds are looked for only when they could matter.
 *
 * - SQLite: prepared statements (TypeORM keeps them prepared per text) in one transaction of the
 *   store's writer queue — the three, then the recipients' SELECT and one INSERT per recipient;
 *   one commit, one sync at synchronous=FULL.
 * - PostgreSQL: ONE round trip — a data-modifying CTE, which is its own transaction: the row lock
 *   taken by the UPDATE makes concurrent claims on one placement queue there, and each
 *   re-checks `seatsTaken + seats <= capacity` on the row it finally sees, so none overbooks. The
 *   notification rows are inserted from the claim row's CTE, so no seat means no row.
 *
 * The seat invariant is kept as everywhere: seatsTaken changes only by conditional UPDATE, in the
 * same transaction as the claim row.
 *
 * This step registers no `afterCommit` hooks (on PostgreSQL it is not inside `transact`):
 * whatever must be told about a new claim (live updates, the notifications' push and e-mail) is
 * told by the caller once this resolves non-null — the transaction has committed by then.
 *
 * `notice` may name organisations only: no `userIds`, no `dedupeKey` (those take `record`).
 */
export type SeatTaker = (claim: Claim, entry: AuditEntry, notice: NotificationInput | null) => Promise<Notification[] | null>;

const TAKE = `UPDATE "placement" SET "seatsTaken" = "seatsTaken" + ? WHERE "id" = ? AND "status" = 'OPEN' AND "seatsTaken" + ? <= "capacity"`;
const CLAIM_COLUMNS = `"id", "placementId", "organisationId", "claimedById", "participantId", "seats", "status", "requestedStart", "requestedEnd", "reason", "createdAt", "updatedAt", "expiresAt", "decidedById"`;
const AUDIT_COLUMNS = `"id", "at", "userId", "organisationId", "action", "entity", "entityId", "ip"`;
const INSERT_CLAIM = `INSERT INTO "claim" (${CLAIM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_AUDIT = `INSERT INTO "audit_entry" (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
const NOTIFICATION_COLUMNS = `"id", "userId", "organisationId", "event", "placementId", "claimId", "counterpartOrganisationId", "seats", "dueAt", "dedupeKey", "createdAt", "readAt"`;
const RECIPIENTS = `SELECT u."id" AS "userId", u."organisationId" AS "organisationId" FROM "user" u
  WHERE u."organisationId" IN (SELECT "value" FROM json_each(?)) AND ${organisationRecipient("u")}`;
const INSERT_NOTIFICATION = `INSERT INTO "notification" (${NOTIFICATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

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
),
notified AS (
  INSERT INTO "notification" (${NOTIFICATION_COLUMNS})
  SELECT gen_random_uuid()::text, u."id", u."organisationId", $22::varchar, $23::varchar, claimed."id", $24::varchar, $25::int, $26::timestamp, NULL, $27::timestamp, NULL
  FROM claimed JOIN "user" u ON u."organisationId" = ANY($28::varchar[]) AND ${organisationRecipient("u")}
  RETURNING "id", "userId", "organisationId"
)
SELECT (SELECT COUNT(*)::int FROM audited) AS "taken",
  (SELECT COALESCE(json_agg(json_build_object('notificationId', n."id", 'userId', n."userId", 'organisationId', n."organisationId")), '[]'::json) FROM notified n) AS "notified"`;

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

const notificationValues = (row: Notification) => [
  row.id,
  row.userId,
  row.organisationId,
  row.event,
  row.placementId,
  row.claimId,
  row.counterpartOrganisationId,
  row.seats,
  row.dueAt,
  row.dedupeKey,
  row.createdAt,
  row.readAt,
];

/** What TypeORM writes for a Date on SQLite. */
const sqliteTime = (value: unknown) => (value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value);

/** What the fast path can write: rows for organisations' recipients, none for named users or with a dedupe key. */
function checkNotice(notice: NotificationInput | null): void {
  if (notice && (notice.userIds?.length || notice.dedupeKey)) throw new Error("the claim fast path writes organisation notices only");
}

export function seatTaker(store: Store): SeatTaker {
  if (store.atomicStatement) {
    const take = store.atomicStatement<{ taken: number; notified: Recipient[] }>(POSTGRES_TAKE);
    return async (claim, entry, notice) => {
      checkNotice(notice);
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
        notice?.event ?? null, // $22
        notice?.placementId ?? null,
        notice?.counterpartOrganisationId ?? null,
        notice?.seats ?? null, // $25
        notice?.dueAt ?? null,
        claim.createdAt,
        notice?.organisationIds ?? [], // $28
      ]);
      if (row!.taken !== 1) return null;
      return notice ? notificationRows({ ...notice, claimId: claim.id }, row!.notified, claim.createdAt) : [];
    };
  }
  return (claim, entry, notice) => {
    checkNotice(notice);
    return store.transact(async (manager) => {
      const runner = manager.queryRunner!;
      const taken = await runner.query(TAKE, [claim.seats, claim.placementId, claim.seats], true);
      if (taken.affected === 0) return null;
      await runner.query(INSERT_CLAIM, claimValues(claim).map(sqliteTime));
      await runner.query(INSERT_AUDIT, auditValues(entry).map(sqliteTime));
      if (!notice?.organisationIds.length) return [];
      const recipients: Recipient[] = await runner.query(RECIPIENTS, [JSON.stringify(notice.organisationIds)]);
      const rows = notificationRows({ ...notice, claimId: claim.id }, recipients, claim.createdAt);
      for (const row of rows) await runner.query(INSERT_NOTIFICATION, notificationValues(row).map(sqliteTime));
      return rows;
    });
  };
}
