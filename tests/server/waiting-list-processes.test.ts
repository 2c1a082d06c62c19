import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { In } from "typeorm";
import { createDataSource } from "../../server/db/data-source.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { LIVE_STATUSES } from "../../server/modules/claim/claim-status.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { store, storeAvailable } from "../helpers/test-server.js";
import { createTestStore, type TestStore } from "../helpers/test-stores.js";
import { buildServer, startServerProcess, stopServerProcess, type ServerProcess } from "./security/server-process.js";
import { SLUGS, storm } from "../helpers/waiting-list-storm.js";

/** GraphQL over real HTTP against one server process. */
const client =
  (url: string) =>
  async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as any;
  };

// Two `node server/main.js` processes on one PostgreSQL database: the queue's seats are taken by
// conditional UPDATEs that lock the placement's row, so neither process can offer a seat twice.
describe.skipIf(store !== "postgres" || !storeAvailable)("the waiting-list storm across two server processes on one PostgreSQL", () => {
  let location: TestStore;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  let buildDir: string | undefined;

  beforeAll(async () => {
    buildDir = buildServer();
    location = await createTestStore("demo");
    const env = { DATABASE_URL: location.databaseUrl!, HOLD_SWEEP_SECONDS: "3600" };
    [a, b] = await Promise.all([startServerProcess(buildDir, env), startServerProcess(buildDir, env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([stopServerProcess(a), stopServerProcess(b)]);
    await location?.remove();
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  });

  it("gives exactly 20 freed seats to the first 20 of 100 in line, nothing overbooked", async () => {
    const gqlA = client(a!.url);
    const gqlB = client(b!.url);
    const signIn = async (gql: ReturnType<typeof client>) => {
      const tokens: Record<string, string> = {};
      for (const slug of SLUGS) {
        const result = await gql(`mutation($e: String!) { login(email: $e, password: "praktikpool") { token } }`, {
          e: `coordinator@${slug}.demo`,
        });
        tokens[slug] = result.data.login.token;
      }
      return tokens;
    };
    const [tokenA, tokenB] = [await signIn(gqlA), await signIn(gqlB)];
    const result = await storm(gqlA, gqlB, tokenA, tokenB);
    expect(result.offeredPositions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(result.newHeld).toBe(20);
    expect(result.stillWaitingPositions).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));

    const dataSource = createDataSource({ databaseUrl: location.databaseUrl, sqlitePath: "" });
    await dataSource.initialize();
    try {
      const claims = await dataSource.getRepository(Claim).findBy({ placementId: result.placementId, status: In(LIVE_STATUSES) });
      const placement = await dataSource.getRepository(Placement).findOneByOrFail({ id: result.placementId });
      expect(claims.reduce((sum, claim) => sum + claim.seats, 0)).toBe(20);
      expect(placement.seatsTaken).toBe(20);
    } finally {
      await dataSource.destroy();
    }
  }, 120_000);
});
