import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAvailable: boolean;
  }
}

/** Checks once whether PostgreSQL answers; the PostgreSQL suite is skipped, loudly, when it does not. */
export default async function setup(project: TestProject) {
  const url = String(project.config.env?.TEST_DATABASE_URL ?? process.env.TEST_DATABASE_URL);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    project.provide("postgresAvailable", true);
  } catch (error) {
    console.warn(
      `\n*** PostgreSQL is not reachable at ${url} (${(error as Error).message}): the api-postgres suite is SKIPPED. Set TEST_DATABASE_URL to run it. ***\n`,
    );
    project.provide("postgresAvailable", false);
  } finally {
    await client.end().catch(() => undefined);
  }
}
