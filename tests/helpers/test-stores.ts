import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { adminQuery, databaseUrl, type StoreTemplates } from "./store-context.js";

const kind: "sqlite" | "postgres" = process.env.STORE === "postgres" ? "postgres" : "sqlite";
/** Absent when no store-templates globalSetup ran (a project without it): stores then start blank. */
const templates: StoreTemplates | undefined = inject("storeTemplates");

/**
 * What a new test store holds: `demo` — migrated with the demo data; `empty` — migrated, no rows
 * but reference data; `blank` — nothing at all, for a server process that migrates it itself.
 */
export type StoreContents = "demo" | "empty" | "blank";

export interface TestStore {
  databaseUrl: string | null;
  sqlitePath: string;
  /** Deletes the store: the SQLite file with its -wal and -shm, or the PostgreSQL database. */
  remove(): Promise<void>;
  /**
   * Starts deleting the store and returns at once; the end of the file waits for it
   * (remove-test-stores.ts). On PostgreSQL, DROP DATABASE waits for a checkpoint (about half a
   * second) that the next tests need not wait for. SQLite's files are gone when it returns.
   */
  removeSoon(): void;
}

const unremoved = new Set<TestStore>();
const removing = new Set<Promise<void>>();

/** Resolves when every removal started by removeSoon has finished. */
export async function storesRemoved(): Promise<void> {
  await Promise.all([...removing]);
}

/**
 * A store of its own for one test server: a copy of the run's template (a file copy on SQLite,
 * CREATE DATABASE … TEMPLATE on PostgreSQL). Without templates it starts blank and openStore
 * migrates and seeds it as before.
 */
export async function createTestStore(contents: StoreContents): Promise<TestStore> {
  const name = `pp_test_${templates?.run ?? "x"}_${randomBytes(6).toString("hex")}`;
  const sqlitePath = path.join(templates ? path.join(templates.runDir, "stores") : os.tmpdir(), `${name}.sqlite`);
  let databaseUrlOfStore: string | null = null;
  let deleteStore: () => Promise<unknown>;
  if (kind === "sqlite") {
    const template = contents === "blank" ? undefined : templates?.sqlite?.[contents];
    if (template) fs.copyFileSync(template, sqlitePath);
    deleteStore = async () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${sqlitePath}${suffix}`, { force: true });
    };
  } else {
    const adminUrl = templates?.postgres?.adminUrl ?? process.env.TEST_DATABASE_URL!;
    const template = contents === "blank" ? undefined : templates?.postgres?.[contents];
    await createDatabase(adminUrl, name, template);
    databaseUrlOfStore = databaseUrl(adminUrl, name);
    deleteStore = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const testStore: TestStore = {
    databaseUrl: databaseUrlOfStore,
    sqlitePath,
    async remove() {
      await deleteStore();
      unremoved.delete(testStore);
    },
    removeSoon() {
      const removal = testStore.remove().finally(() => removing.delete(removal));
      removing.add(removal);
    },
  };
  unremoved.add(testStore);
  return testStore;
}

async function createDatabase(adminUrl: string, name: string, template: string | undefined) {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(adminUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
      return;
    } catch (error) {
      // 55006: something else is connected to the template (PostgreSQL already waited 5 s for it to leave).
      if ((error as { code?: string }).code !== "55006" || attempt === 3) throw error;
    }
  }
}

const tempDirs = new Set<string>();

/** A temp directory inside the run's directory; the test removes it, or the end of the file fails (see remove-test-stores.ts). */
export function testTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(templates?.runDir ?? os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Removes the stores and temp directories this file created and did not remove; returns where they were. */
export async function removeLeftovers(): Promise<string[]> {
  await storesRemoved();
  const stores = [...unremoved];
  for (const testStore of stores) await testStore.remove();
  const dirs = [...tempDirs].filter((dir) => fs.existsSync(dir));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
  return [...stores.map((testStore) => testStore.databaseUrl ?? testStore.sqlitePath), ...dirs];
}
