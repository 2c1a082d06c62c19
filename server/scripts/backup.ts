import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { ConfigError, loadConfig } from "../config.js";

// A consistent copy of the SQLite store while the server keeps running:
//   npm run backup                      → data/backups/praktikpool-<UTC time>.sqlite
//   npm run backup -- /mnt/usb/pool.sqlite
// SQLite's online backup API copies the database page by page from a read snapshot, so the copy is
// one committed state even while claims keep arriving (a plain `cp` of a WAL database is not).
// Restore: stop the server, replace SQLITE_PATH with the copy, delete SQLITE_PATH-wal and
// SQLITE_PATH-shm if present, start the server (SECURITY.md, "Backup and restore").

export interface BackupResult {
  destination: string;
  bytes: number;
  claims: number;
}

/** Copies `source` to `destination` with SQLite's online backup and checks the copy. */
export async function backupSqlite(source: string, destination: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`No SQLite store at ${source}`);
  if (fs.existsSync(destination)) throw new Error(`${destination} exists already; choose another name`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(destination);
  } finally {
    db.close();
  }
  // The copy is a single self-contained file: no -wal beside it, and checked before anyone relies on it.
  const copy = new Database(destination);
  try {
    copy.pragma("journal_mode = DELETE");
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`The copy failed its integrity check: ${integrity}`);
    const claims = (copy.prepare(`SELECT COUNT(*) AS n FROM "claim"`).get() as { n: number }).n;
    return { destination, bytes: fs.statSync(destination).size, claims };
  } finally {
    copy.close();
  }
}

export function defaultDestination(sqlitePath: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return path.join(path.dirname(sqlitePath), "backups", `praktikpool-${stamp}.sqlite`);
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (config.databaseUrl) {
    console.error('DATABASE_URL points at PostgreSQL: back it up with pg_dump (SECURITY.md, "Backup and restore").');
    process.exit(2);
  }
  const destination = path.resolve(process.argv[2] ?? defaultDestination(config.sqlitePath));
  const result = await backupSqlite(config.sqlitePath, destination);
  console.log(`Backed up ${config.sqlitePath} to ${result.destination} (${result.bytes} bytes, ${result.claims} claims, integrity ok).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`Backup failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
