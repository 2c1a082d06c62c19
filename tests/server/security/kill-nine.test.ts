import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../../../server/db/data-source.js";
import { LIVE_STATUSES } from "../../../server/modules/claim/claim-status.js";
import { store, storeAvailable } from "../../helpers/test-server.js";
import { createTestStore, type TestStore } from "../../helpers/test-stores.js";
import { buildServer, startServerProcess, stopServerProcess, type ServerProcess } from "./server-process.js";

const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`;
const CONCURRENCY = 12;
/** The server is killed once this many claims were acknowledged, with requests in flight. */
const KILL_AFTER_ACKNOWLEDGED = 100;

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function login(url: string, email: string): Promise<string> {
  const result = await gql(url, `mutation($e: String!) { login(email: $e, password: "praktikpool") { token } }`, { e: email });
  if (!result.data?.login) throw new Error(`login ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}

describe.skipIf(!storeAvailable)(`durability: kill -9 in the middle of a stream of claims (${store})`, () => {
  let buildDir: string;
  let location: TestStore;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    buildDir = buildServer();
    location = await createTestStore("demo");
    env = location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : { SQLITE_PATH: location.sqlitePath };
  }, 120_000);

  afterAll(async () => {
    await stopServerProcess(server, "SIGKILL");
    await location?.remove();
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged claim and the seat invariant after SIGKILL and a restart", async () => {
    server = await startServerProcess(buildDir, env);
    const { url } = server;
    const owner = await login(url, "coordinator@koping.demo");
    const claimants = await Promise.all(
      ["arboga", "kungsor", "arbetsformedlingen", "forsakringskassan"].map((slug) => login(url, `coordinator@${slug}.demo`)),
    );
    const workplaces = await gql(url, `{ workplaces { id organisation { slug } } }`, {}, owner);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "koping").id;
    const placements: string[] = [];
    // Two large placements that keep taking claims, and a small one that fills up during the stream.
    for (const capacity of [500, 500, 10]) {
      const posted = await gql(
        url,
        `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
        { input: { title: `Uthållighetsprov ${capacity}`, kind: "INTERNSHIP", workplaceId, capacity, startDate: "2027-01-11" } },
        owner,
      );
      placements.push(posted.data.postPlacement.id);
    }

    const acknowledged: string[] = [];
    let fired = 0;
    let refused = 0;
    let cutOff = 0;
    let stop = false;
    let reached!: () => void;
    const enoughAcknowledged = new Promise<void>((resolve) => (reached = resolve));
    const worker = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const placementId = placements[(n + i) % placements.length];
        fired++;
        try {
          const result = await gql(url, CLAIM, { input: { placementId } }, claimants[(n + i) % claimants.length]);
          if (result.data?.claimSeat?.id) {
            acknowledged.push(result.data.claimSeat.id);
            if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED) reached();
          } else if (result.errors?.[0]?.extensions?.code === "NO_FREE_SEATS") refused++;
          else throw new Error(`unexpected answer: ${JSON.stringify(result)}`);
        } catch (error) {
          if (!stop) throw error;
          cutOff++; // the connection died with the server: never acknowledged
        }
      }
    };
    const workers = Array.from({ length: CONCURRENCY }, (_, n) => worker(n));
    // A worker that fails (an unexpected answer) ends the wait too, and the test with it.
    await Promise.race([enoughAcknowledged, Promise.all(workers)]);
    // SIGKILL while the workers keep firing: whatever is in flight dies with the process.
    const exited = new Promise((resolve) => server!.child.once("exit", resolve));
    server.child.kill("SIGKILL");
    stop = true;
    await exited;
    await Promise.all(workers);
    console.log(
      `[${store}] kill -9: ${fired} claims fired, ${acknowledged.length} acknowledged, ${refused} refused NO_FREE_SEATS, ${cutOff} cut off by the kill (never answered)`,
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(cutOff).toBeGreaterThan(0);

    server = await startServerProcess(buildDir, env);
    const dataSource = createDataSource(location);
    await dataSource.initialize();
    try {
      const stored = new Set<string>((await dataSource.query(`SELECT "id" FROM "claim"`)).map((row: { id: string }) => row.id));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing, "acknowledged claims missing after the restart").toEqual([]);

      const live = LIVE_STATUSES.map((status) => `'${status}'`).join(", ");
      const rows: { id: string; capacity: number; seatsTaken: number; held: number }[] = await dataSource.query(
        `SELECT p."id", p."capacity", p."seatsTaken", COALESCE(SUM(c."seats"), 0) AS "held"
           FROM "placement" p LEFT JOIN "claim" c ON c."placementId" = p."id" AND c."status" IN (${live})
          GROUP BY p."id", p."capacity", p."seatsTaken"`,
      );
      for (const row of rows) {
        expect(Number(row.held), `placement ${row.id}: live seats equal seatsTaken`).toBe(Number(row.seatsTaken));
        expect(Number(row.held), `placement ${row.id}: within capacity`).toBeLessThanOrEqual(Number(row.capacity));
      }
      if (store === "sqlite") {
        const [{ journal_mode }] = await dataSource.query("PRAGMA journal_mode");
        expect(journal_mode).toBe("wal");
      }
    } finally {
      await dataSource.destroy();
    }

    // The restarted server takes claims again.
    const again = await gql(
      server.url,
      CLAIM,
      { input: { placementId: placements[0] } },
      await login(server.url, "coordinator@arboga.demo"),
    );
    expect(again.data?.claimSeat?.id).toBeTruthy();
    await stopServerProcess(server);
  }, 120_000);
});
