import { createHmac, randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import type pg from "pg";

/**
 * The claim baselines: what a careful engineer writes by hand for claimSeat, once on
 * better-sqlite3 and once on pg. They do the same writes as the API's claimSeat, with the same
 * durability: in ONE transaction the conditional UPDATE of the placement's seats (visibility,
 * status and free seats all checked in its WHERE), the claim row, the audit row and — for a
 * claim on another organisation's placement — one CLAIM_ON_OUR_PLACEMENT notification row per
 * active coordinator or admin of the owner; holds that ran out are expired (with their audit
 * rows) only when that UPDATE finds no seat. SQLite runs
 * with synchronous=FULL like the server's connections; PostgreSQL with its default
 * synchronous_commit=on, as the server's pool. tests/server/bench-claim-baseline.test.ts
 * compares their stored rows with the API's for the same claims.
 */

export interface ClaimRequest {
  token: string | null;
  placementId: string;
  seats: number;
  ip: string | null;
}

export interface ClaimAnswer {
  status: number;
  body: string;
}

const error = (message: string, code: string, reason?: string) =>
  `${JSON.stringify({ errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }], data: null })}\n`;
const UNAUTHENTICATED: ClaimAnswer = { status: 200, body: error("Sign in first.", "UNAUTHENTICATED") };
const NOT_FOUND: ClaimAnswer = { status: 200, body: error("Placement not found.", "NOT_FOUND", "RECORD_NOT_FOUND") };
/** The API's codes for the refusals a claim can meet (server/common/errors.ts). */
const CODES = { PLACEMENT_NOT_OPEN: "CONFLICT", NOT_ENOUGH_FREE_SEATS: "NO_FREE_SEATS", SEATS_OVER_CAPACITY: "BAD_USER_INPUT" } as const;
const refused = (reason: keyof typeof CODES): ClaimAnswer => ({ status: 200, body: error(reason, CODES[reason], reason) });
const accepted = (id: string, seats: number): ClaimAnswer => ({
  status: 200,
  body: `${JSON.stringify({ data: { claimSeat: { id, status: "HELD", seats } } })}\n`,
});

/** The visibility rule of server/modules/placement/placement.visibility.ts, for placement `p` and organisation `:org`. */
const visible = (org: string) => `(p."organisationId" = ${org}
    OR (p."status" <> 'DRAFT' AND (p."visibility" = 'ALL_PARTNERS'
      OR EXISTS (SELECT 1 FROM "placement_visibility" pv WHERE pv."placementId" = p."id" AND pv."organisationId" = ${org})))
    OR EXISTS (SELECT 1 FROM "claim" c WHERE c."placementId" = p."id" AND c."organisationId" = ${org}))`;

const hashToken = (secret: string, token: string) => createHmac("sha256", secret).update(token).digest("hex");
/** How TypeORM stores a Date on SQLite. */
const sqliteTime = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

export function createSqliteClaimBaseline(db: Database.Database, options: { tokenSecret: string; holdTtlMinutes: number }) {
  const viewerOf = db.prepare<[string, string], { userId: string; org: string }>(
    `SELECT u."id" AS userId, u."organisationId" AS org FROM "session" s JOIN "user" u ON u."id" = s."userId" AND u."active" = 1
     WHERE s."tokenHash" = ? AND s."revokedAt" IS NULL AND s."expiresAt" > ?`,
  );
  const take = db.prepare(
    `UPDATE "placement" AS p SET "seatsTaken" = "seatsTaken" + @seats
     WHERE p."id" = @id AND p."status" = 'OPEN' AND p."seatsTaken" + @seats <= p."capacity" AND ${visible("@org")}
     RETURNING "organisationId" AS owner`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO "claim" ("id", "placementId", "organisationId", "claimedById", "participantId", "seats", "status", "requestedStart", "requestedEnd", "reason", "createdAt", "updatedAt", "expiresAt", "decidedById")
     VALUES (@id, @placementId, @org, @userId, NULL, @seats, 'HELD', NULL, NULL, NULL, @now, @now, @expiresAt, NULL)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO "audit_entry" ("id", "at", "userId", "organisationId", "action", "entity", "entityId", "ip") VALUES (?, ?, ?, ?, ?, 'Claim', ?, ?)`,
  );
  const recipients = db.prepare<[string], { id: string; organisationId: string }>(
    `SELECT "id", "organisationId" FROM "user" WHERE "organisationId" = ? AND "active" = 1 AND "role" IN ('COORDINATOR', 'ADMIN')`,
  );
  const insertNotification = db.prepare(
    `INSERT INTO "notification" ("id", "userId", "organisationId", "event", "placementId", "claimId", "counterpartOrganisationId", "seats", "dueAt", "dedupeKey", "createdAt", "readAt")
     VALUES (?, ?, ?, 'CLAIM_ON_OUR_PLACEMENT', ?, ?, ?, ?, ?, NULL, ?, NULL)`,
  );
  const dueHolds = db.prepare<{ id: string; now: string }, { id: string; seats: number }>(
    `UPDATE "claim" SET "status" = 'EXPIRED', "expiresAt" = NULL, "updatedAt" = @now
     WHERE "placementId" = @id AND "status" = 'HELD' AND "expiresAt" <= @now RETURNING "id", "seats"`,
  );
  const giveBack = db.prepare(`UPDATE "placement" SET "seatsTaken" = "seatsTaken" - ? WHERE "id" = ?`);
  const why = db.prepare<{ id: string; org: string }, { status: string; capacity: number }>(
    `SELECT p."status", p."capacity" FROM "placement" p WHERE p."id" = @id AND ${visible("@org")}`,
  );

  const claim = db.transaction((request: ClaimRequest, viewer: { userId: string; org: string }, now: Date): ClaimAnswer => {
    const at = sqliteTime(now);
    const params = { id: request.placementId, seats: request.seats, org: viewer.org };
    let taken = take.get(params) as { owner: string } | undefined;
    if (!taken) {
      const expired = dueHolds.all({ id: request.placementId, now: at });
      for (const hold of expired) {
        giveBack.run(hold.seats, request.placementId);
        insertAudit.run(randomUUID(), at, null, null, "expireClaim", hold.id, null);
      }
      if (expired.length) taken = take.get(params) as { owner: string } | undefined;
      if (!taken) {
        const placement = why.get({ id: request.placementId, org: viewer.org });
        if (!placement) return NOT_FOUND;
        if (placement.status !== "OPEN") return refused("PLACEMENT_NOT_OPEN");
        return refused(request.seats > placement.capacity ? "SEATS_OVER_CAPACITY" : "NOT_ENOUGH_FREE_SEATS");
      }
    }
    const id = randomUUID();
    const expiresAt = sqliteTime(new Date(now.getTime() + options.holdTtlMinutes * 60_000));
    insertClaim.run({
      id,
      placementId: request.placementId,
      org: viewer.org,
      userId: viewer.userId,
      seats: request.seats,
      now: at,
      expiresAt,
    });
    insertAudit.run(randomUUID(), at, viewer.userId, viewer.org, "claimSeat", id, request.ip);
    if (taken.owner !== viewer.org) {
      for (const user of recipients.all(taken.owner)) {
        insertNotification.run(
          randomUUID(),
          user.id,
          user.organisationId,
          request.placementId,
          id,
          viewer.org,
          request.seats,
          expiresAt,
          at,
        );
      }
    }
    return accepted(id, request.seats);
  });

  return (request: ClaimRequest): ClaimAnswer => {
    if (!request.token) return UNAUTHENTICATED;
    const now = new Date();
    const viewer = viewerOf.get(hashToken(options.tokenSecret, request.token), sqliteTime(now));
    if (!viewer) return UNAUTHENTICATED;
    // BEGIN IMMEDIATE, as the server's writer: the write lock first, then the reads.
    return claim.immediate(request, viewer, now);
  };
}

/**
 * On PostgreSQL the common case is ONE round trip: a data-modifying CTE authenticates, takes the
 * seats, inserts the claim, its audit row and the owner's notification rows in one statement (one
 * implicit transaction, one commit). Only when it took nothing does a second, explicit transaction expire due holds and try
 * again, or find out why.
 */
const PG_CLAIM = `
WITH viewer AS (
  SELECT u."id" AS "userId", u."organisationId" AS org FROM "session" s JOIN "user" u ON u."id" = s."userId" AND u."active" = TRUE
  WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > $5
),
taken AS (
  UPDATE "placement" p SET "seatsTaken" = p."seatsTaken" + $3
  FROM viewer v
  WHERE p."id" = $2 AND p."status" = 'OPEN' AND p."seatsTaken" + $3 <= p."capacity" AND ${visible("v.org")}
  RETURNING p."id", p."organisationId" AS owner, v."userId", v.org
),
claimed AS (
  INSERT INTO "claim" ("id", "placementId", "organisationId", "claimedById", "participantId", "seats", "status", "requestedStart", "requestedEnd", "reason", "createdAt", "updatedAt", "expiresAt", "decidedById")
  SELECT $4, t."id", t.org, t."userId", NULL, $3, 'HELD', NULL, NULL, NULL, $5, $5, $6, NULL FROM taken t
  RETURNING "id", "organisationId", "claimedById"
),
audited AS (
  INSERT INTO "audit_entry" ("id", "at", "userId", "organisationId", "action", "entity", "entityId", "ip")
  SELECT $7, $5, c."claimedById", c."organisationId", 'claimSeat', 'Claim', c."id", $8 FROM claimed c
  RETURNING 1
),
notified AS (
  INSERT INTO "notification" ("id", "userId", "organisationId", "event", "placementId", "claimId", "counterpartOrganisationId", "seats", "dueAt", "dedupeKey", "createdAt", "readAt")
  SELECT gen_random_uuid()::text, u."id", u."organisationId", 'CLAIM_ON_OUR_PLACEMENT', t."id", c."id", t.org, $3, $6, NULL, $5, NULL
  FROM claimed c CROSS JOIN taken t
  JOIN "user" u ON u."organisationId" = t.owner AND t.owner <> t.org AND u."active" = TRUE AND u."role" IN ('COORDINATOR', 'ADMIN')
  RETURNING 1
)
SELECT (SELECT COUNT(*) FROM audited)::int AS taken, (SELECT "userId" FROM viewer) AS "userId", (SELECT org FROM viewer) AS org`;

export function createPostgresClaimBaseline(pool: pg.Pool, options: { tokenSecret: string; holdTtlMinutes: number }) {
  return async (request: ClaimRequest): Promise<ClaimAnswer> => {
    if (!request.token) return UNAUTHENTICATED;
    const now = new Date();
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + options.holdTtlMinutes * 60_000);
    const tokenHash = hashToken(options.tokenSecret, request.token);
    const first = await pool.query<{ taken: number; userId: string | null; org: string | null }>({
      name: "baseline-claim",
      text: PG_CLAIM,
      values: [tokenHash, request.placementId, request.seats, id, now, expiresAt, randomUUID(), request.ip],
    });
    const { taken, userId, org } = first.rows[0]!;
    if (!userId || !org) return UNAUTHENTICATED;
    if (taken === 1) return accepted(id, request.seats);

    // The uncommon case: expire the placement's due holds, then take the seats again, in one transaction.
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const expired = await client.query<{ id: string; seats: number }>(
        `UPDATE "claim" SET "status" = 'EXPIRED', "expiresAt" = NULL, "updatedAt" = $2
         WHERE "placementId" = $1 AND "status" = 'HELD' AND "expiresAt" <= $2 RETURNING "id", "seats"`,
        [request.placementId, now],
      );
      for (const hold of expired.rows) {
        await client.query(`UPDATE "placement" SET "seatsTaken" = "seatsTaken" - $1 WHERE "id" = $2`, [hold.seats, request.placementId]);
        await client.query(
          `INSERT INTO "audit_entry" ("id", "at", "userId", "organisationId", "action", "entity", "entityId", "ip") VALUES ($1, $2, NULL, NULL, 'expireClaim', 'Claim', $3, NULL)`,
          [randomUUID(), now, hold.id],
        );
      }
      const again = expired.rows.length
        ? await client.query(PG_CLAIM, [tokenHash, request.placementId, request.seats, id, now, expiresAt, randomUUID(), request.ip])
        : null;
      if (again?.rows[0]?.taken === 1) {
        await client.query("COMMIT");
        return accepted(id, request.seats);
      }
      const placement = await client.query<{ status: string; capacity: number }>(
        `SELECT p."status", p."capacity" FROM "placement" p WHERE p."id" = $1 AND ${visible("$2")}`,
        [request.placementId, org],
      );
      await client.query("COMMIT");
      const found = placement.rows[0];
      if (!found) return NOT_FOUND;
      if (found.status !== "OPEN") return refused("PLACEMENT_NOT_OPEN");
      return refused(request.seats > found.capacity ? "SEATS_OVER_CAPACITY" : "NOT_ENOUGH_FREE_SEATS");
    } catch (failure) {
      await client.query("ROLLBACK");
      throw failure;
    } finally {
      client.release();
    }
  };
}

/** The claimSeat input from a GraphQL body, as the bench sends it (variables.input). */
export function claimArguments(body: { variables?: { input?: { placementId?: string; seats?: number } } }) {
  return { placementId: String(body.variables?.input?.placementId ?? ""), seats: Number(body.variables?.input?.seats ?? 1) };
}
