import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBaselineHandler, openBaselineDatabase } from "../../bench/baseline-server.js";
import { claimBody } from "../../bench/board-query.js";
import { createPostgresClaimBaseline, createSqliteClaimBaseline } from "../../bench/claim-baseline.js";
import { BENCH_TOKEN, buildDataset, insertDatasetThrough } from "../../bench/dataset.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

/**
 * The bench's claim baselines (bench/claim-baseline.ts) are a yardstick only if they do the
 * API's work: the same claims must leave the same rows. Two stores get the same synthetic pool;
 * the API claims on one, the hand-written baseline on the other, and the stored claims, audit
 * entries, the owners' notification rows and seat counts are compared (ids and instants aside).
 * The cases: plain claims on other organisations' placements and on the organisation's own, a
 * claim that finds a due hold in its way, one that finds no seat, one on a placement the
 * organisation cannot see, and an unknown token.
 */

const TOKEN_SECRET = "test-secret-test-secret-test-secret-1234"; // the secret startTestServer uses
const HOLD_TTL_MINUTES = 60; // startTestServer's default

type Row = Record<string, unknown>;
const time = (value: unknown) => (value instanceof Date ? value.getTime() : new Date(`${String(value).replace(" ", "T")}Z`).getTime());

describe.skipIf(!storeAvailable)(`claim baseline writes what the API writes (${store})`, () => {
  let api: TestServer;
  let other: TestServer;
  let baseline: http.Server;
  let baselineUrl: string;
  let closeBaseline: () => Promise<void>;
  let plain: string[];
  let full: string;
  let dueHold: string;
  let hidden: string;
  const since = new Date(Date.now() - 1000);

  /** Raw SQL with `?` marks on either store. */
  const query = (server: TestServer, sql: string, parameters: unknown[] = []) => {
    let mark = 0;
    const text = store === "postgres" ? sql.replace(/\?/g, () => `$${++mark}`) : sql;
    return server.store.writer.query(text, parameters) as Promise<Row[]>;
  };

  beforeAll(async () => {
    api = await startTestServer({ seedDemo: false });
    other = await startTestServer({ seedDemo: false });
    const dataset = buildDataset({
      placements: 120,
      tokenSecret: TOKEN_SECRET,
      passwordHash: "unused",
      dates: store === "sqlite" ? "sqlite" : "date",
    });
    for (const server of [api, other]) {
      await server.dataSource.transaction((manager) =>
        insertDatasetThrough({ options: server.dataSource.options, query: (sql, parameters) => manager.query(sql, parameters) }, dataset),
      );
    }
    const open = dataset.placement.filter((p) => p.status === "OPEN" && p.visibility === "ALL_PARTNERS");
    const free = open.filter((p) => Number(p.capacity) - Number(p.seatsTaken) >= 2);
    const bench = dataset.user[0]!;
    const own = free.filter((p) => p.organisationId === bench.organisationId);
    const others = free.filter((p) => p.organisationId !== bench.organisationId);
    expect(own.length).toBeGreaterThan(0);
    plain = [...others.slice(0, 4), own[0]!].map((p) => String(p.id));
    const otherOrganisation = dataset.organisation.find((o) => o.id !== bench.organisationId)!;
    hidden = String(dataset.placement.find((p) => p.status === "DRAFT" && p.organisationId !== bench.organisationId)!.id);
    const [fullRow, holdRow] = others.slice(4, 6);
    full = String(fullRow!.id);
    dueHold = String(holdRow!.id);
    // The same set-up on both stores: one placement full, one full only through a hold that ran out.
    const past = new Date(Date.now() - 60_000);
    const stamp = (date: Date) => (store === "sqlite" ? date.toISOString().replace("T", " ").replace("Z", "") : date);
    for (const server of [api, other]) {
      await query(server, `UPDATE "placement" SET "seatsTaken" = "capacity" WHERE "id" = ?`, [full]);
      const seats = Number(holdRow!.capacity) - Number(holdRow!.seatsTaken);
      await query(
        server,
        `INSERT INTO "claim" ("id", "placementId", "organisationId", "claimedById", "participantId", "seats", "status", "createdAt", "updatedAt", "expiresAt") VALUES (?, ?, ?, ?, NULL, ?, 'HELD', ?, ?, ?)`,
        [
          `00000000-0000-4000-a000-00000000000${server === api ? 1 : 2}`,
          dueHold,
          otherOrganisation.id,
          dataset.user.find((u) => u.organisationId === otherOrganisation.id)!.id,
          seats,
          stamp(past),
          stamp(past),
          stamp(past),
        ],
      );
      await query(server, `UPDATE "placement" SET "seatsTaken" = "capacity" WHERE "id" = ?`, [dueHold]);
    }

    const options = { tokenSecret: TOKEN_SECRET, holdTtlMinutes: HOLD_TTL_MINUTES };
    if (store === "sqlite") {
      const db: Database.Database = openBaselineDatabase(other.location.sqlitePath);
      baseline = http.createServer(createBaselineHandler(db, TOKEN_SECRET, createSqliteClaimBaseline(db, options)));
      closeBaseline = async () => {
        db.close();
      };
    } else {
      const pool = new pg.Pool({ connectionString: other.location.databaseUrl!, max: 4, options: "-c timezone=UTC" });
      baseline = http.createServer(createBaselineHandler(null, TOKEN_SECRET, createPostgresClaimBaseline(pool, options)));
      closeBaseline = () => pool.end();
    }
    baseline.listen(0);
    await new Promise((resolve) => baseline.once("listening", resolve));
    baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/graphql`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => baseline?.close(resolve));
    await closeBaseline?.();
    await api?.close();
    await other?.close();
  });

  const claim = async (url: string, placementId: string, token: string = BENCH_TOKEN) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: claimBody(placementId),
    });
    return (await response.json()) as {
      data?: { claimSeat: { id: string; status: string; seats: number } } | null;
      errors?: { extensions: { code: string; reason?: string } }[];
    };
  };

  const outcome = (answer: Awaited<ReturnType<typeof claim>>) =>
    answer.data?.claimSeat
      ? { status: answer.data.claimSeat.status, seats: answer.data.claimSeat.seats }
      : `${answer.errors?.[0]?.extensions.code}/${answer.errors?.[0]?.extensions.reason}`;

  /** What the claims left, without ids and instants: claims per placement, audit entries and notifications by the placement they name. */
  async function written(server: TestServer) {
    const claims = await query(server, `SELECT * FROM "claim" WHERE "updatedAt" >= ? ORDER BY "placementId", "status"`, [
      store === "sqlite" ? since.toISOString().replace("T", " ").replace("Z", "") : since,
    ]);
    const placementOf = new Map(claims.map((row) => [String(row.id), String(row.placementId)]));
    const audit = await query(server, `SELECT * FROM "audit_entry" WHERE "action" IN ('claimSeat', 'expireClaim')`);
    const seats = await query(server, `SELECT "id", "seatsTaken" FROM "placement" ORDER BY "id"`);
    const notifications = await query(server, `SELECT * FROM "notification"`);
    return {
      claims: claims.map((row) => ({
        placementId: row.placementId,
        organisationId: row.organisationId,
        claimedById: row.claimedById,
        participantId: row.participantId,
        seats: Number(row.seats),
        status: row.status,
        requestedStart: row.requestedStart,
        requestedEnd: row.requestedEnd,
        reason: row.reason,
        decidedById: row.decidedById,
        holdMinutes: row.expiresAt === null ? null : Math.round((time(row.expiresAt) - time(row.createdAt)) / 60_000),
        sameInstant: time(row.createdAt) === time(row.updatedAt),
      })),
      audit: audit
        .map((row) => ({
          action: row.action,
          entity: row.entity,
          userId: row.userId,
          organisationId: row.organisationId,
          ip: row.ip,
          placementId: placementOf.get(String(row.entityId)) ?? "unknown claim",
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      seats: seats.map((row) => [row.id, Number(row.seatsTaken)]),
      notifications: notifications
        .map((row) => ({
          event: row.event,
          userId: row.userId,
          organisationId: row.organisationId,
          placementId: row.placementId,
          claimOn: placementOf.get(String(row.claimId)) ?? "unknown claim",
          counterpartOrganisationId: row.counterpartOrganisationId,
          seats: Number(row.seats),
          dueMinutes: row.dueAt === null ? null : Math.round((time(row.dueAt) - time(row.createdAt)) / 60_000),
          dedupeKey: row.dedupeKey,
          readAt: row.readAt,
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    };
  }

  it("stores the same claims, audit entries and seat counts as the API for the same claims", async () => {
    const cases = [...plain, plain[0]!, dueHold, full, hidden];
    const answers: { api: unknown; baseline: unknown }[] = [];
    for (const placementId of cases) {
      const fromApi = await claim(`${api.url}/graphql`, placementId);
      const fromBaseline = await claim(baselineUrl, placementId);
      answers.push({
        api: outcome(fromApi),
        baseline: outcome(fromBaseline),
      });
    }
    // The API and the baseline accept and refuse the same claims, with the same codes and reasons (texts differ).
    expect(answers.map((answer) => answer.baseline)).toEqual(answers.map((answer) => answer.api));
    expect(answers.filter((answer) => typeof answer.api === "object")).toHaveLength(plain.length + 2);
    expect(answers.at(-2)!.api).toBe("NO_FREE_SEATS/NOT_ENOUGH_FREE_SEATS"); // the full placement
    expect(answers.at(-1)!.api).toBe("NOT_FOUND/RECORD_NOT_FOUND"); // a draft of another organisation

    const fromApi = await written(api);
    const fromBaseline = await written(other);
    expect(fromApi.claims.length).toBe(plain.length + 3); // + the second claim on plain[0], the due hold's claim, the expired hold
    expect(fromApi.claims.filter((row) => row.status === "EXPIRED")).toHaveLength(1);
    expect(fromApi.audit.filter((row) => row.action === "expireClaim")).toHaveLength(1);
    // One row per claim on another organisation's placement (each has one coordinator here): the
    // four plain ones, the second on plain[0] and the one past the due hold; none for the own one.
    expect(fromApi.notifications).toHaveLength(6);
    expect(fromApi.notifications.every((row) => row.claimOn === row.placementId && row.dueMinutes === HOLD_TTL_MINUTES)).toBe(true);
    expect(fromBaseline).toEqual(fromApi);
  });

  it("refuses an unknown token as the API does, writing nothing", async () => {
    const before = await written(other);
    const fromApi = await claim(`${api.url}/graphql`, plain[1]!, "not-a-token");
    const fromBaseline = await claim(baselineUrl, plain[1]!, "not-a-token");
    expect(fromBaseline.errors?.[0]?.extensions.code).toBe(fromApi.errors?.[0]?.extensions.code);
    expect(await written(other)).toEqual(before);
  });

  it("never overbooks when many claims arrive at once", async () => {
    const target = plain[2]!;
    const [{ capacity, seatsTaken }] = (await query(other, `SELECT "capacity", "seatsTaken" FROM "placement" WHERE "id" = ?`, [
      target,
    ])) as {
      capacity: number;
      seatsTaken: number;
    }[];
    const answers = await Promise.all(Array.from({ length: 30 }, () => claim(baselineUrl, target)));
    const accepted = answers.filter((answer) => answer.data?.claimSeat).length;
    expect(accepted).toBe(Number(capacity) - Number(seatsTaken));
    const [after] = await query(other, `SELECT "seatsTaken" FROM "placement" WHERE "id" = ?`, [target]);
    expect(Number(after!.seatsTaken)).toBe(Number(capacity));
  });
});
