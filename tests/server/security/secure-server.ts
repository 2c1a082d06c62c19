import type { DataSource } from "typeorm";
import type { AppDeps } from "../../../server/app.js";
import { startTestServer, type TestServer } from "../../helpers/test-server.js";

export type SecureServer = TestServer;

/**
 * startTestServer with the login throttle made small, so the throttle's tests do not wait long
 * (the other tests sign in correctly), plus whatever security settings a test varies.
 */
export function startSecureServer(overrides: Partial<AppDeps["config"]> = {}): Promise<SecureServer> {
  return startTestServer({
    config: {
      loginThrottle: { windowSeconds: 60, maxFailuresPerAccount: 3, maxFailuresPerAddress: 1000, baseDelayMs: 5, maxDelayMs: 20 },
      ...overrides,
    },
  });
}

/** Rows per table, read straight from the store in one statement: what a refused request must leave unchanged. */
export async function rowCounts(dataSource: DataSource, except: string[] = []): Promise<Record<string, number>> {
  const tables = dataSource.entityMetadatas.map((entity) => entity.tableName).filter((table) => !except.includes(table));
  const [row] = await dataSource.query(`SELECT ${tables.map((table) => `(SELECT COUNT(*) FROM "${table}") AS "${table}"`).join(", ")}`);
  return Object.fromEntries(tables.map((table) => [table, Number(row[table])]));
}

/** True when a response body shows something only a server's inside should know. */
export function leaksInternals(text: string): boolean {
  return /stacktrace|\bat [\w.<>]+ \(|node_modules|QueryFailedError|SqliteError|SQLITE_|TypeORMError|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|relation ".*" does not exist|syntax error at or near/i.test(
    text,
  );
}
