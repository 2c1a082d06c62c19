import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { Organisation } from "../../server/modules/organisation/organisation.entity.js";
import { startTestServer, store, storeAvailable } from "../helpers/test-server.js";
import { storesRemoved } from "../helpers/test-stores.js";

/** Whether a test store still exists: its SQLite files, or its PostgreSQL database. */
async function storeFiles(location: { databaseUrl: string | null; sqlitePath: string }): Promise<string[]> {
  if (!location.databaseUrl) {
    const dir = path.dirname(location.sqlitePath);
    return fs.readdirSync(dir).filter((file) => file.startsWith(path.basename(location.sqlitePath)));
  }
  const name = new URL(location.databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    return (await admin.query("SELECT datname FROM pg_database WHERE datname = $1", [name])).rows.map((row) => row.datname as string);
  } finally {
    await admin.end();
  }
}

describe.skipIf(!storeAvailable)(`test stores (${store})`, () => {
  it("deletes a server's store when it closes, on SQLite with its -wal and -shm files", async () => {
    const server = await startTestServer();
    await server.login("coordinator@koping.demo"); // a write, so SQLite has a -wal and -shm beside the file
    const before = await storeFiles(server.location);
    if (store === "sqlite")
      expect(before.map((file) => file.replace(/^.*\.sqlite/, "*.sqlite")).sort()).toEqual(["*.sqlite", "*.sqlite-shm", "*.sqlite-wal"]);
    else expect(before).toHaveLength(1);
    await server.close();
    await storesRemoved();
    expect(await storeFiles(server.location)).toEqual([]);
  });

  it("starts each server on its own copy of the demo data, with no migration left to run", async () => {
    const first = await startTestServer();
    const second = await startTestServer();
    try {
      expect(await first.dataSource.showMigrations()).toBe(false);
      await first.dataSource.getRepository(Organisation).update({ slug: "koping" }, { name: "Ändrat i första" });
      expect((await second.dataSource.getRepository(Organisation).findOneByOrFail({ slug: "koping" })).name).not.toBe("Ändrat i första");
      expect(await second.dataSource.getRepository(Organisation).count()).toBe(5);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("starts a server without demo data on a migrated, empty store", async () => {
    const server = await startTestServer({ seedDemo: false });
    try {
      expect(await server.dataSource.showMigrations()).toBe(false);
      expect(await server.dataSource.getRepository(Organisation).count()).toBe(0);
    } finally {
      await server.close();
    }
  });
});
