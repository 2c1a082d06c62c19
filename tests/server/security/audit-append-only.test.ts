import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../../server/common/columns.js";
import { openStore } from "../../../server/db/open-store.js";
import { freshStore, store, storeAvailable } from "../../helpers/test-server.js";

/**
 * The audit log is append-only in the store itself: statements sent with the raw driver, past the
 * server, must not change or remove an entry. Each statement targets one existing entry.
 */

const ENTRY = { at: "2026-12-01 08:00:00.000", action: "claimSeat", entity: "Claim", entityId: "c1", ip: "10.0.0.1" };

/** SQLite: every statement that could rewrite an existing row, REPLACE in all its spellings included. */
const sqliteAttacks = (id: string, rowid: number): [string, string][] => [
  ["UPDATE", `UPDATE "audit_entry" SET "action" = 'forged' WHERE "id" = '${id}'`],
  ["UPDATE OR REPLACE", `UPDATE OR REPLACE "audit_entry" SET "action" = 'forged' WHERE "id" = '${id}'`],
  ["DELETE", `DELETE FROM "audit_entry" WHERE "id" = '${id}'`],
  [
    "INSERT OR REPLACE",
    `INSERT OR REPLACE INTO "audit_entry" ("id", "at", "action") VALUES ('${id}', '2020-01-01 00:00:00.000', 'forged')`,
  ],
  ["REPLACE INTO", `REPLACE INTO "audit_entry" ("id", "at", "action") VALUES ('${id}', '2020-01-01 00:00:00.000', 'forged')`],
  [
    "an upsert (INSERT … ON CONFLICT DO UPDATE)",
    `INSERT INTO "audit_entry" ("id", "at", "action") VALUES ('${id}', '2020-01-01 00:00:00.000', 'forged') ON CONFLICT ("id") DO UPDATE SET "action" = excluded."action"`,
  ],
  [
    "INSERT OR REPLACE over the entry's rowid with a new id",
    `INSERT OR REPLACE INTO "audit_entry" (rowid, "id", "at", "action") VALUES (${rowid}, '${newId()}', '2020-01-01 00:00:00.000', 'forged')`,
  ],
];

const postgresAttacks = (id: string): [string, string][] => [
  ["UPDATE", `UPDATE "audit_entry" SET "action" = 'forged' WHERE "id" = '${id}'`],
  ["DELETE", `DELETE FROM "audit_entry" WHERE "id" = '${id}'`],
  [
    "an upsert (INSERT … ON CONFLICT DO UPDATE)",
    `INSERT INTO "audit_entry" ("id", "at", "action") VALUES ('${id}', '2020-01-01 00:00:00', 'forged') ON CONFLICT ("id") DO UPDATE SET "action" = excluded."action"`,
  ],
  ["TRUNCATE", `TRUNCATE "audit_entry"`],
];

describe.skipIf(!storeAvailable)(`the audit log refuses every rewrite sent with the raw driver (${store})`, () => {
  let location: Awaited<ReturnType<typeof freshStore>>;
  const id = newId();
  let sqlite: Database.Database | undefined;
  let postgres: pg.Client | undefined;
  let rowid = 0;

  /** The rows with entry `id` (the one every attack targets), or with `other` — what any test may add does not count. */
  const entry = async (other = id): Promise<Record<string, unknown>[]> => {
    const sql = `SELECT "id", "action", "entityId" FROM "audit_entry" WHERE "id" = '${other}'`;
    return sqlite ? (sqlite.prepare(sql).all() as Record<string, unknown>[]) : (await postgres!.query(sql)).rows;
  };

  beforeAll(async () => {
    location = await freshStore();
    // The server's own migrations make the store; then the server is gone and only the file or database remains.
    const opened = await openStore({ ...location, seedDemo: false });
    await opened.close();
    const insert = `INSERT INTO "audit_entry" ("id", "at", "action", "entity", "entityId", "ip") VALUES ('${id}', '${ENTRY.at}', '${ENTRY.action}', '${ENTRY.entity}', '${ENTRY.entityId}', '${ENTRY.ip}')`;
    if (store === "sqlite") {
      sqlite = new Database(location.sqlitePath);
      sqlite.exec(insert);
      rowid = (sqlite.prepare(`SELECT rowid AS r FROM "audit_entry" WHERE "id" = ?`).get(id) as { r: number }).r;
    } else {
      postgres = new pg.Client({ connectionString: location.databaseUrl! });
      await postgres.connect();
      await postgres.query(insert);
    }
  });
  afterAll(async () => {
    sqlite?.close();
    await postgres?.end();
    await location?.drop();
  });

  const attacks = store === "sqlite" ? sqliteAttacks(id, 1) : postgresAttacks(id);
  it.each(attacks.map(([name]) => name))("refuses %s against an existing entry and leaves it unchanged", async (name) => {
    const before = await entry();
    expect(before).toEqual([{ id, action: ENTRY.action, entityId: ENTRY.entityId }]);
    const sql = (store === "sqlite" ? sqliteAttacks(id, rowid) : postgresAttacks(id)).find(([n]) => n === name)![1];
    if (sqlite) expect(() => sqlite!.exec(sql)).toThrow(/append-only/);
    else await expect(postgres!.query(sql)).rejects.toThrow(/append-only/);
    expect(await entry()).toEqual(before);
  });

  it("still takes a new entry", async () => {
    const another = newId();
    const insert = `INSERT INTO "audit_entry" ("id", "at", "action") VALUES ('${another}', '${ENTRY.at}', 'login')`;
    if (sqlite) sqlite.exec(insert);
    else await postgres!.query(insert);
    expect(await entry(another)).toEqual([{ id: another, action: "login", entityId: null }]);
    expect(await entry()).toEqual([{ id, action: ENTRY.action, entityId: ENTRY.entityId }]);
  });
});
