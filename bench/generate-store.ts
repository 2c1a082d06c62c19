import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import argon2 from "argon2";
import Database from "better-sqlite3";
import { sqliteMigrations } from "../server/db/migrations/sqlite/index.js";
import { openStore } from "../server/db/open-store.js";
import { BENCH_PASSWORD, buildDataset, TABLES, type Dataset } from "./dataset.js";

/** Bump when dataset.ts changes shape, so cached stores are rebuilt. */
const DATASET_VERSION = 1;

/** Writes a dataset with one prepared INSERT per table inside one transaction. */
export function insertDataset(db: Database.Database, dataset: Dataset): void {
  db.transaction(() => {
    for (const table of TABLES) {
      const rows = dataset[table];
      if (!rows.length) continue;
      const columns = Object.keys(rows[0]!);
      const insert = db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      for (const row of rows) {
        insert.run(columns.map((c) => (typeof row[c] === "boolean" ? (row[c] ? 1 : 0) : row[c])));
      }
    }
  })();
}

/**
 * A SQLite store with `placements` placements, built once under bench/stores/ and reused while
 * its recipe is unchanged. The schema comes from the server's own migrations (openStore).
 */
export async function generateStore(options: { placements: number; dir: string; tokenSecret: string }): Promise<string> {
  const file = path.join(options.dir, `placements-${options.placements}.sqlite`);
  const recipeFile = `${file}.json`;
  // The schema is part of the recipe: a store built before a new migration is built again.
  const schema = sqliteMigrations.map((migration) => migration.name).join(",");
  const recipe = JSON.stringify({ version: DATASET_VERSION, placements: options.placements, tokenSecret: options.tokenSecret, schema });
  if (fs.existsSync(file) && fs.existsSync(recipeFile) && fs.readFileSync(recipeFile, "utf8") === recipe) return file;

  fs.mkdirSync(options.dir, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", ".json"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const store = await openStore({ databaseUrl: null, sqlitePath: file, seedDemo: false });
  await store.close();

  const dataset = buildDataset({
    placements: options.placements,
    tokenSecret: options.tokenSecret,
    passwordHash: await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id }),
    dates: "sqlite",
  });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  insertDataset(db, dataset);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  fs.writeFileSync(recipeFile, recipe);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  for (const placements of sizes.length ? sizes : [1_000, 10_000, 100_000]) {
    const started = performance.now();
    const file = await generateStore({
      placements,
      dir: path.resolve("bench/stores"),
      tokenSecret: process.env.TOKEN_SECRET ?? "bench-token-secret-bench-token-secret-0123",
    });
    console.log(`${file} ready in ${Math.round(performance.now() - started)} ms`);
  }
}
