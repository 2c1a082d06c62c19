import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../server/common/columns.js";
import { openStore } from "../../server/db/open-store.js";
import type { Store } from "../../server/db/store.js";
import { Organisation, OrganisationKind } from "../../server/modules/organisation/organisation.entity.js";
import { Municipality } from "../../server/modules/reference/municipality.entity.js";
import { OccupationField } from "../../server/modules/reference/occupation-field.entity.js";
import { freshStore, store as storeKind, storeAvailable } from "../helpers/test-server.js";

const organisation = (name: string) => ({ id: newId(), slug: name, name, kind: OrganisationKind.MUNICIPALITY, municipalityCode: null });

/** A promise and the function that settles it, to hold a transaction open until the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe.skipIf(!storeAvailable)(`the store (${storeKind})`, () => {
  let location: Awaited<ReturnType<typeof freshStore>>;
  let store: Store;

  beforeAll(async () => {
    location = await freshStore();
    store = await openStore({ ...location, seedDemo: false });
  });

  afterAll(async () => {
    await store?.close();
    await location?.drop();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(location.sqlitePath + suffix, { force: true });
  });

  it("never shows a read the rows of a write transaction that is still open, nor after it rolls back", async () => {
    const row = organisation(`uncommitted-${newId().slice(0, 8)}`);
    const seenDuring: (Organisation | null)[] = [];
    await expect(
      store.transact(async (manager) => {
        await manager.insert(Organisation, row);
        // The transaction itself sees its row …
        expect(await manager.findOneBy(Organisation, { id: row.id })).not.toBeNull();
        // … a read from anywhere else, issued while it is open, does not.
        seenDuring.push(await store.reads.findOneBy(Organisation, { id: row.id }));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(seenDuring).toEqual([null]);
    expect(await store.reads.findOneBy(Organisation, { id: row.id })).toBeNull();
  });

  it("shows a read the rows of a write transaction once it has committed", async () => {
    const row = organisation(`committed-${newId().slice(0, 8)}`);
    await store.transact((manager) => manager.insert(Organisation, row));
    expect(await store.reads.findOneBy(Organisation, { id: row.id })).toMatchObject({ slug: row.slug });
  });

  it.skipIf(storeKind !== "sqlite")(
    "runs write transactions one after another in arrival order, whoever starts them (SQLite)",
    async () => {
      const order: string[] = [];
      const first = gate();
      const started = gate();
      const a = store.transact(async (manager) => {
        order.push("a starts");
        started.open();
        await first.opened;
        await manager.insert(Organisation, organisation(`queue-a-${newId().slice(0, 8)}`));
        order.push("a ends");
      });
      const b = store.transact(async (manager) => {
        order.push("b starts");
        await manager.insert(Organisation, organisation(`queue-b-${newId().slice(0, 8)}`));
        order.push("b ends");
      });
      await started.opened;
      // a holds the writer; b has been asked for but must not have started.
      expect(order).toEqual(["a starts"]);
      first.open();
      await Promise.all([a, b]);
      expect(order).toEqual(["a starts", "a ends", "b starts", "b ends"]);
    },
  );

  it.skipIf(storeKind !== "sqlite")(
    "takes the write lock when a transaction begins (BEGIN IMMEDIATE), also after a reconnect (SQLite)",
    async () => {
      // Another connection, as another server process on the same file would have, that does not wait.
      const other = new Database(location.sqlitePath, { timeout: 0 });
      const otherMayWrite = () => {
        try {
          other.exec("BEGIN IMMEDIATE");
          other.exec("ROLLBACK");
          return true;
        } catch (error) {
          expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
          return false;
        }
      };
      try {
        expect(otherMayWrite()).toBe(true);
        // Before any statement of its own, an IMMEDIATE transaction already holds the lock; a DEFERRED one would not.
        expect(await store.transact(async () => otherMayWrite())).toBe(false);
        await store.writer.destroy();
        await store.writer.initialize();
        expect(await store.transact(async () => otherMayWrite())).toBe(false);
        expect(otherMayWrite()).toBe(true);
      } finally {
        other.close();
      }
    },
  );

  it("gives every store the process opens the shipped municipalities and occupation fields, each name under its own code", async () => {
    // Read from disk, not imported: the imported list is the module object that opening a store must leave as it is.
    const shipped = JSON.parse(fs.readFileSync(new URL("../../server/modules/reference/jobtech-taxonomy.json", import.meta.url), "utf8"));
    const namesByCode = (rows: { code: string; name: string }[]) => Object.fromEntries(rows.map((row) => [row.code, row.name]));
    const labelsById = (rows: { id: string; label: string }[]) => Object.fromEntries(rows.map((row) => [row.id, row.label]));
    const second = await freshStore();
    const opened = await openStore({ ...second, seedDemo: false });
    try {
      for (const each of [store, opened]) {
        expect(namesByCode(await each.reads.getRepository(Municipality).find())).toEqual(namesByCode(shipped.municipalities));
        expect(labelsById(await each.reads.getRepository(OccupationField).find())).toEqual(labelsById(shipped.occupationFields));
      }
      expect(namesByCode(await opened.reads.getRepository(Municipality).find())).toMatchObject({ "1983": "Köping", "1960": "Kungsör" });
    } finally {
      await opened.close();
      await second.drop();
    }
  });

  it.skipIf(storeKind !== "sqlite")("refuses a write through the read side (SQLite)", async () => {
    await expect(store.reads.insert(Organisation, organisation(`read-side-${newId().slice(0, 8)}`))).rejects.toThrow(/readonly/i);
  });

  it.skipIf(storeKind !== "sqlite")("keeps every SQLite store file readable by its owner only (0600)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pp-store-mode-"));
    const sqlitePath = path.join(dir, "data", "store.sqlite");
    const opened = await openStore({ databaseUrl: null, sqlitePath, seedDemo: false });
    try {
      await opened.transact((manager) => manager.insert(Organisation, organisation("mode")));
      const modes = Object.fromEntries(
        ["", "-wal", "-shm"].map((suffix) => [`store.sqlite${suffix}`, (fs.statSync(sqlitePath + suffix).mode & 0o777).toString(8)]),
      );
      expect(modes).toEqual({ "store.sqlite": "600", "store.sqlite-wal": "600", "store.sqlite-shm": "600" });
    } finally {
      await opened.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(storeKind !== "sqlite")("makes an existing world-readable store file owner-only when it opens it (SQLite)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pp-store-mode-"));
    const sqlitePath = path.join(dir, "store.sqlite");
    fs.writeFileSync(sqlitePath, "", { mode: 0o644 });
    fs.chmodSync(sqlitePath, 0o644);
    const opened = await openStore({ databaseUrl: null, sqlitePath, seedDemo: false });
    try {
      expect((fs.statSync(sqlitePath).mode & 0o777).toString(8)).toBe("600");
    } finally {
      await opened.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
