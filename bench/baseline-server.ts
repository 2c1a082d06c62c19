import { createHmac } from "node:crypto";
import { defaultReminders } from "../server/config.js";
import { swedishToday } from "../server/modules/workplace/supervisor-training.js";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import {
  claimArguments,
  createPostgresClaimBaseline,
  createSqliteClaimBaseline,
  type ClaimAnswer,
  type ClaimRequest,
} from "./claim-baseline.js";

/**
 * The benchmark's yardstick: what a careful engineer writes by hand for one screen. A bare
 * node:http handler answers the board's first query (NEWEST, default filter status OPEN, the
 * viewer's visibility rule) with ONE SQL statement on the same SQLite file and returns the same
 * JSON, byte for byte, as the GraphQL API. It reads only `first` and `after` from the body
 * (boardArguments); the rest of the GraphQL text is not parsed. Authentication (bearer token → session → user) is
 * part of the same statement, so the baseline pays for it as the server does.
 */

/** The visibility rule of server/modules/placement/placement.visibility.ts, plus the default filter (status OPEN). */
const VISIBLE = `p."status" = 'OPEN'
    AND (p."organisationId" = v.org
      OR (p."status" <> 'DRAFT'
        AND (p."visibility" = 'ALL_PARTNERS'
          OR EXISTS (SELECT 1 FROM "placement_visibility" pv WHERE pv."placementId" = p."id" AND pv."organisationId" = v.org)))
      OR EXISTS (SELECT 1 FROM "claim" c WHERE c."placementId" = p."id" AND c."organisationId" = v.org))
    AND (p."endDate" IS NULL OR p."endDate" >= @today)
    AND (p."endDate" IS NOT NULL OR p."updatedAt" >= @staleBefore OR p."organisationId" = v.org)`;

const SQL = `
WITH viewer AS (
  SELECT u."organisationId" AS org
  FROM "session" s JOIN "user" u ON u."id" = s."userId" AND u."active" = 1
  WHERE s."tokenHash" = @tokenHash AND s."revokedAt" IS NULL AND s."expiresAt" > @now
),
page AS (
  SELECT p."id", p."title", p."kind", p."capacity", p."seatsTaken", p."status", p."startDate", p."endDate", p."createdAt",
    p."organisationId", p."workplaceId"
  FROM "placement" p, viewer v
  WHERE ${VISIBLE}
    AND (@afterId IS NULL OR p."createdAt" < @afterAt OR (p."createdAt" = @afterAt AND p."id" < @afterId))
  ORDER BY p."createdAt" DESC, p."id" DESC
  LIMIT @limit
)
SELECT
  (SELECT COUNT(*) FROM "placement" p, viewer v WHERE ${VISIBLE}) AS totalCount,
  p."id", p."title", p."kind", p."capacity", p."seatsTaken", p."status", p."startDate", p."endDate", p."createdAt",
  o."id" AS orgId, o."slug" AS orgSlug, o."name" AS orgName,
  w."id" AS workplaceId, w."name" AS workplaceName, m."code" AS municipalityCode, m."name" AS municipalityName,
  (SELECT json_group_array(json_object('organisation', json_object('slug', h.slug), 'seats', h.seats))
     FROM (SELECT ho."slug" AS slug, SUM(c."seats") AS seats
           FROM "claim" c JOIN "organisation" ho ON ho."id" = c."organisationId"
           WHERE c."placementId" = p."id" AND c."status" IN ('HELD', 'CONFIRMED', 'ACTIVE')
           GROUP BY c."organisationId" ORDER BY c."organisationId") h) AS seatHoldings
FROM viewer
LEFT JOIN page p ON 1
LEFT JOIN "organisation" o ON o."id" = p."organisationId"
LEFT JOIN "workplace" w ON w."id" = p."workplaceId"
LEFT JOIN "municipality" m ON m."code" = w."municipalityCode"
ORDER BY p."createdAt" DESC, p."id" DESC`;

interface Row {
  totalCount: number;
  id: string | null;
  title: string;
  kind: string;
  capacity: number;
  seatsTaken: number;
  status: string;
  startDate: string;
  endDate: string | null;
  createdAt: string;
  orgId: string;
  orgSlug: string;
  orgName: string;
  workplaceId: string;
  workplaceName: string;
  municipalityCode: string;
  municipalityName: string;
  seatHoldings: string;
}

/** "2026-11-26 12:00:00.000" (how TypeORM stores a Date on SQLite) ⇄ ISO 8601. */
const toIso = (stored: string) => `${stored.replace(" ", "T")}Z`;
const fromIso = (iso: string) => new Date(iso).toISOString().replace("T", " ").replace("Z", "");
const cursorOf = (row: Row) => Buffer.from(JSON.stringify([toIso(row.createdAt), row.id])).toString("base64url");

export interface BoardRequest {
  token: string | null;
  first: number;
  after: string | null;
}

/** Answers one board request; returns the HTTP status and the exact body the API would send. */
/** The statement, for EXPLAIN QUERY PLAN in tests. */
export const BASELINE_SQL = SQL;

export function createBaselineBoard(db: Database.Database, tokenSecret: string) {
  const statement = db.prepare<unknown[], Row>(SQL);
  return ({ token, first, after }: BoardRequest): { status: number; body: string } => {
    if (!token) return unauthenticated;
    let afterAt: string | null = null;
    let afterId: string | null = null;
    if (after) {
      try {
        const [at, id] = JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as [string, string];
        afterAt = fromIso(at);
        afterId = id;
      } catch {
        return { status: 200, body: error("after is not a cursor this API gave out", "BAD_USER_INPUT") };
      }
    }
    const rows = statement.all({
      tokenHash: createHmac("sha256", tokenSecret).update(token).digest("hex"),
      now: new Date().toISOString().replace("T", " ").replace("Z", ""),
      // Issue 11: ended placements and standing ones untouched for STANDING_STALE_DAYS (default 90) leave the board.
      today: swedishToday(),
      staleBefore: `${swedishToday(new Date(Date.now() - defaultReminders.standingStaleDays * 86_400_000))} 00:00:00.000`,
      afterAt,
      afterId,
      limit: first + 1,
    });
    if (rows.length === 0) return unauthenticated;
    const found = rows[0]!.id === null ? [] : rows;
    const page = found.slice(0, first);
    const edges = page.map((row) => ({
      cursor: cursorOf(row),
      node: {
        id: row.id,
        title: row.title,
        kind: row.kind,
        capacity: row.capacity,
        freeSeats: row.capacity - row.seatsTaken,
        status: row.status,
        startDate: row.startDate,
        endDate: row.endDate,
        organisation: { id: row.orgId, slug: row.orgSlug, name: row.orgName },
        workplace: {
          id: row.workplaceId,
          name: row.workplaceName,
          municipality: { code: row.municipalityCode, name: row.municipalityName },
        },
        seatHoldings: JSON.parse(row.seatHoldings) as unknown[],
      },
    }));
    const board = {
      totalCount: rows[0]!.totalCount,
      edges,
      pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
    return { status: 200, body: `${JSON.stringify({ data: { board } })}\n` };
  };
}

const error = (message: string, code: string) => `${JSON.stringify({ errors: [{ message, extensions: { code } }], data: null })}\n`;
const unauthenticated = { status: 200, body: error("Sign in first.", "UNAUTHENTICATED") };

interface GraphQLBody {
  query?: string;
  variables?: { first?: number; after?: string | null };
}

/** `first` and `after` from the variables, or else from the literal arguments of `board(first: 50, after: "…")`. */
export function boardArguments(body: GraphQLBody): { first: number; after: string | null } {
  const literal = /board\(\s*first:\s*(\d+)(?:\s*,\s*after:\s*"([^"]*)")?\s*\)/.exec(body.query ?? "");
  return {
    first: body.variables?.first ?? (literal ? Number(literal[1]) : 20),
    after: body.variables?.after ?? literal?.[2] ?? null,
  };
}

/**
 * node:http handler for POST /graphql: the board query (see boardArguments) and, when given,
 * claimSeat (bench/claim-baseline.ts). Without a board (PostgreSQL) a board query answers 501.
 */
export function createBaselineHandler(
  db: Database.Database | null,
  tokenSecret: string,
  claim?: (request: ClaimRequest) => ClaimAnswer | Promise<ClaimAnswer>,
) {
  const board = db ? createBaselineBoard(db, tokenSecret) : null;
  const send = (res: ServerResponse, { status, body }: { status: number; body: string }) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    res.end(body);
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let parsed: GraphQLBody & { variables?: { input?: { placementId?: string; seats?: number } } };
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof parsed;
      } catch {
        res.writeHead(400).end();
        return;
      }
      const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? null;
      if (claim && parsed.query?.includes("claimSeat")) {
        Promise.resolve()
          .then(() => claim({ token, ...claimArguments(parsed), ip: req.socket.remoteAddress ?? null }))
          .then(
            (answer) => send(res, answer),
            (failure: unknown) => {
              console.error(failure);
              send(res, { status: 500, body: `${JSON.stringify({ errors: [{ message: "internal" }] })}\n` });
            },
          );
        return;
      }
      if (!board) return send(res, { status: 501, body: "" });
      send(res, board({ token, ...boardArguments(parsed) }));
    });
  };
}

/** The connection settings of the server's SQLite connections (server/db/data-source.ts): WAL, synchronous=FULL, foreign keys. */
export function openBaselineDatabase(sqlitePath: string): Database.Database {
  const db = new Database(sqlitePath, { fileMustExist: true });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return db;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tokenSecret = process.env.TOKEN_SECRET!;
  const holdTtlMinutes = Number(process.env.HOLD_TTL_MINUTES ?? 60);
  let handler: ReturnType<typeof createBaselineHandler>;
  let close: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    // The server's pool settings (server/db/data-source.ts).
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20, options: "-c timezone=UTC" });
    handler = createBaselineHandler(null, tokenSecret, createPostgresClaimBaseline(pool, { tokenSecret, holdTtlMinutes }));
    close = () => pool.end();
  } else {
    const db = openBaselineDatabase(process.env.SQLITE_PATH!);
    handler = createBaselineHandler(db, tokenSecret, createSqliteClaimBaseline(db, { tokenSecret, holdTtlMinutes }));
    close = async () => {
      db.close();
    };
  }
  const server = http.createServer(handler);
  server.listen(Number(process.env.PORT ?? 4100), () => console.log(`baseline listening on ${process.env.PORT ?? 4100}`));
  const stop = () => server.close(() => close().then(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
