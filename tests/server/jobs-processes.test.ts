import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { store, storeAvailable } from "../helpers/test-server.js";
import { createTestStore, type TestStore } from "../helpers/test-stores.js";
import { buildServer, startServerProcess, stopServerProcess, type ServerProcess } from "./security/server-process.js";

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const login = async (url: string, email: string) =>
  (await gql(url, `mutation($e: String!) { login(email: $e, password: "praktikpool") { token } }`, { e: email })).data.login
    .token as string;

/** Resolves once `check` is true, looking again after each answer (the test's timeout bounds it). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Must-show 5: the hold sweeper runs in every process, every second here; with two processes on
 * one PostgreSQL each due hold is expired once — one audit entry, its seats returned once.
 */
describe.skipIf(store !== "postgres" || !storeAvailable)("jobs once per due item with two server processes on one PostgreSQL", () => {
  let database: TestStore;
  let build: string | undefined;
  let processes: ServerProcess[] = [];
  let sql: pg.Client;

  beforeAll(async () => {
    database = await createTestStore("demo");
    build = buildServer();
    const env = { DATABASE_URL: database.databaseUrl!, HOLD_SWEEP_SECONDS: "1" };
    processes = await Promise.all([startServerProcess(build, env), startServerProcess(build, env)]);
    sql = new pg.Client({ connectionString: database.databaseUrl! });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await Promise.all(processes.map((process) => stopServerProcess(process)));
    await database?.remove();
    if (build) fs.rmSync(build, { recursive: true, force: true });
  });

  it("expires each due hold once, whichever of the two sweepers gets to it", async () => {
    const [first, second] = processes;
    const koping = await login(first.url, "coordinator@koping.demo");
    const kungsor = await login(second.url, "coordinator@kungsor.demo");
    const workplace = (await gql(first.url, `{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    const placements: string[] = [];
    for (let i = 0; i < 5; i++) {
      const posted = await gql(
        first.url,
        `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
        { input: { title: `Svepning ${i}`, kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 10, startDate: "2027-08-02" } },
        koping,
      );
      placements.push(posted.data.postPlacement.id);
    }
    const claims: string[] = [];
    for (const placementId of placements) {
      for (let i = 0; i < 4; i++) {
        const claimed = await gql(
          i % 2 ? first.url : second.url,
          `mutation($p: ID!) { claimSeat(input: { placementId: $p, seats: 2 }) { id } }`,
          { p: placementId },
          kungsor,
        );
        claims.push(claimed.data.claimSeat.id);
      }
    }
    // Their time runs out now: both sweepers see all 20 as due on their next round.
    await sql.query(`UPDATE "claim" SET "expiresAt" = now() - interval '1 minute' WHERE "id" = ANY($1)`, [claims]);
    await until(async () => {
      const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "claim" WHERE "id" = ANY($1) AND "status" = 'EXPIRED'`, [claims]);
      return rows[0].n === claims.length;
    });

    const { rows: audits } = await sql.query(
      `SELECT "entityId", count(*)::int AS n FROM "audit_entry" WHERE "action" = 'expireClaim' AND "entityId" = ANY($1) GROUP BY "entityId"`,
      [claims],
    );
    expect(audits).toHaveLength(claims.length);
    expect(audits.every((row: { n: number }) => row.n === 1)).toBe(true);
    const { rows: seats } = await sql.query(`SELECT "seatsTaken" FROM "placement" WHERE "id" = ANY($1)`, [placements]);
    expect(seats.map((row: { seatsTaken: number }) => row.seatsTaken)).toEqual([0, 0, 0, 0, 0]);
  });
});
