import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_STATUSES } from "../../../server/modules/claim/claim-status.js";
import { store } from "../../helpers/test-server.js";
import { createTestStore, testTempDir, type TestStore } from "../../helpers/test-stores.js";
import { buildServer, startServerProcess, stopServerProcess, type ServerProcess } from "./server-process.js";

const run = promisify(execFile);
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`;

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
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

// The online backup is SQLite's; PostgreSQL is backed up with pg_dump (SECURITY.md).
describe.skipIf(store !== "sqlite")("backup and restore of the SQLite store", () => {
  let buildDir: string;
  let location: TestStore;
  let sqlitePath: string;
  let backupPath: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    buildDir = buildServer();
    location = await createTestStore("demo");
    sqlitePath = location.sqlitePath;
    backupPath = path.join(testTempDir("pp-backup-"), "copy.sqlite");
  }, 120_000);
  afterAll(async () => {
    await stopServerProcess(server, "SIGKILL");
    await location?.remove();
    if (backupPath) fs.rmSync(path.dirname(backupPath), { recursive: true, force: true });
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  });

  it("copies the store consistently while the server takes claims, and the copy restores", async () => {
    server = await startServerProcess(buildDir, { SQLITE_PATH: sqlitePath });
    const { url } = server;
    const owner = await login(url, "coordinator@koping.demo");
    const claimant = await login(url, "coordinator@arboga.demo");
    const workplaces = await gql(url, `{ workplaces { id organisation { slug } } }`, {}, owner);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "koping").id;
    const posted = await gql(
      url,
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title: "Säkerhetskopia", kind: "INTERNSHIP", workplaceId, capacity: 500, startDate: "2027-01-11" } },
      owner,
    );
    const placementId = posted.data.postPlacement.id;

    // Claims keep arriving before, during and after the backup.
    const acknowledged: { id: string; at: number }[] = [];
    let stop = false;
    let waiting: { count: number; resolve: () => void } | null = null;
    /** Resolves once `more` further claims are acknowledged (an event, not a pause). */
    const acknowledgedMore = (more: number) =>
      new Promise<void>((resolve) => {
        waiting = { count: acknowledged.length + more, resolve };
      });
    const stream = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (!stop) {
          const result = await gql(url, CLAIM, { input: { placementId } }, claimant);
          if (result.data?.claimSeat?.id) acknowledged.push({ id: result.data.claimSeat.id, at: performance.now() });
          if (waiting && acknowledged.length >= waiting.count) waiting.resolve();
        }
      }),
    );
    await acknowledgedMore(20);
    const backupStarted = performance.now();
    const { stdout } = await run(process.execPath, ["server/scripts/backup.js", backupPath], {
      cwd: buildDir,
      env: { PATH: process.env.PATH, SQLITE_PATH: sqlitePath },
    });
    await acknowledgedMore(10);
    stop = true;
    await stream;
    expect(stdout).toMatch(/integrity ok/);
    const before = acknowledged.filter((claim) => claim.at < backupStarted).map((claim) => claim.id);
    expect(before.length).toBeGreaterThan(0);

    // The copy: one self-contained, intact file holding every claim acknowledged before the backup began.
    expect(fs.existsSync(`${backupPath}-wal`)).toBe(false);
    const copy = new Database(backupPath, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      const ids = new Set((copy.prepare(`SELECT "id" FROM "claim"`).all() as { id: string }[]).map((row) => row.id));
      expect(before.filter((id) => !ids.has(id))).toEqual([]);
      const live = LIVE_STATUSES.map((status) => `'${status}'`).join(", ");
      const seats = copy
        .prepare(
          `SELECT p."seatsTaken" AS taken, (SELECT COALESCE(SUM("seats"), 0) FROM "claim" c WHERE c."placementId" = p."id" AND c."status" IN (${live})) AS held FROM "placement" p`,
        )
        .all() as { taken: number; held: number }[];
      expect(seats.every((row) => row.taken === row.held)).toBe(true);
    } finally {
      copy.close();
    }
    console.log(
      `[sqlite] backup taken under load: ${acknowledged.length} claims acknowledged during the run, ${before.length} before the backup began`,
    );

    // Restore exactly as documented: stop, replace the file, drop -wal/-shm, start.
    await stopServerProcess(server);
    fs.copyFileSync(backupPath, sqlitePath);
    fs.rmSync(`${sqlitePath}-wal`, { force: true });
    fs.rmSync(`${sqlitePath}-shm`, { force: true });
    server = await startServerProcess(buildDir, { SQLITE_PATH: sqlitePath });
    const token = await login(server.url, "coordinator@arboga.demo");
    // myClaims is paged (at most 100 at a time): read every page.
    const restoredIds = new Set<string>();
    for (let after: string | null = null; ;) {
      const page = await gql(server.url, `query($after: ID) { myClaims(first: 100, after: $after) { id } }`, { after }, token);
      const ids: string[] = page.data.myClaims.map((claim: { id: string }) => claim.id);
      ids.forEach((id) => restoredIds.add(id));
      if (ids.length < 100) break;
      after = ids[ids.length - 1];
    }
    expect(before.filter((id) => !restoredIds.has(id))).toEqual([]);
    const again = await gql(server.url, CLAIM, { input: { placementId } }, token);
    expect(again.data?.claimSeat?.id).toBeTruthy();
    await stopServerProcess(server);
  }, 120_000);

  it("refuses to overwrite an existing file", async () => {
    const { backupSqlite } = await import("../../../server/scripts/backup.js");
    const existing = path.join(path.dirname(backupPath), "existing.sqlite");
    fs.writeFileSync(existing, "an earlier backup");
    await expect(backupSqlite(sqlitePath, existing)).rejects.toThrow(/exists/);
    expect(fs.readFileSync(existing, "utf8")).toBe("an earlier backup");
  });
});
