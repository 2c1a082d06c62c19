import pg from "pg";
import type { PasswordHashingOptions } from "../../server/config.js";

/**
 * argon2id at its cheapest (1 MiB, one pass): tests check what a hash allows, not how hard it is to
 * crack, and production-grade hashing would be most of the suite's CPU time.
 */
export const testPasswordHashing: PasswordHashingOptions = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** What the server projects' globalSetup (store-templates.ts) hands every test file. */
export interface StoreTemplates {
  /** Random per run: test stores are named after it, so a run removes only its own. */
  run: string;
  /** Everything a run writes to disk lives here: templates, SQLite test stores, temp files. */
  runDir: string;
  sqlite?: { demo: string; empty: string };
  postgres?: { adminUrl: string; demo: string; empty: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresAvailable: boolean;
    storeTemplates: StoreTemplates;
  }
}

/** The URL of database `name` on the server of `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One statement on its own connection (CREATE and DROP DATABASE cannot run in a transaction or a pool). */
export async function adminQuery<T = any>(adminUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
