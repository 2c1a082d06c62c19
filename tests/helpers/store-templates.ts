import "reflect-metadata";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import type { StoreOptions } from "../../server/db/data-source.js";
import { openStore } from "../../server/db/open-store.js";
import { adminQuery, databaseUrl, testPasswordHashing, type StoreTemplates } from "./store-context.js";

/**
 * vitest globalSetup of the server projects: migrates and seeds one template store per run (and
 * an empty migrated one), which each test server then copies in milliseconds instead of running
 * every migration and hashing the demo password again. Everything a run creates lives in one
 * directory (SQLite) or under one name prefix (PostgreSQL); the teardown removes the templates
 * and fails the run if any test store was left behind.
 */
export default async function setup(project: TestProject) {
  const store = project.config.env?.STORE === "postgres" ? "postgres" : "sqlite";
  const run = randomBytes(4).toString("hex");
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `pp-test-${run}-`));
  fs.mkdirSync(path.join(runDir, "stores"));

  if (store === "sqlite") {
    const templates: StoreTemplates = {
      run,
      runDir,
      sqlite: { demo: path.join(runDir, "template-demo.sqlite"), empty: path.join(runDir, "template-empty.sqlite") },
    };
    await buildSqliteTemplate(templates.sqlite!.demo, true);
    await buildSqliteTemplate(templates.sqlite!.empty, false);
    project.provide("postgresAvailable", false);
    project.provide("storeTemplates", templates);
    return () => teardown(templates);
  }

  const adminUrl = String(project.config.env?.TEST_DATABASE_URL ?? process.env.TEST_DATABASE_URL);
  if (!(await postgresAnswers(adminUrl))) {
    project.provide("postgresAvailable", false);
    project.provide("storeTemplates", { run, runDir });
    return () => teardown({ run, runDir });
  }
  const templates: StoreTemplates = {
    run,
    runDir,
    postgres: { adminUrl, demo: `pp_template_${run}_demo`, empty: `pp_template_${run}_empty` },
  };
  try {
    await buildPostgresTemplate(adminUrl, templates.postgres!.demo, true);
    await buildPostgresTemplate(adminUrl, templates.postgres!.empty, false);
  } catch (error) {
    await teardown(templates).catch(() => undefined);
    throw error;
  }
  project.provide("postgresAvailable", true);
  project.provide("storeTemplates", templates);
  return () => teardown(templates);
}

/** Migrates (and seeds) a store exactly as the server does on start, runs `finish` (SQL) on it last and closes it. */
async function prepareStore(location: StoreOptions, seedDemo: boolean, finish: string) {
  const store = await openStore({ ...location, seedDemo, passwordHashing: testPasswordHashing });
  try {
    await store.writer.query(finish);
  } finally {
    await store.close();
  }
}

async function buildSqliteTemplate(file: string, seedDemo: boolean) {
  // Everything into the main file, so a plain copy of it is the whole store.
  await prepareStore({ databaseUrl: null, sqlitePath: file }, seedDemo, "PRAGMA wal_checkpoint(TRUNCATE)");
  // Closing the last connection checkpoints and deletes the WAL; a WAL still holding pages would be data a copy misses.
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) throw new Error(`template ${file} kept a non-empty WAL`);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

async function buildPostgresTemplate(adminUrl: string, name: string, seedDemo: boolean) {
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  // Autovacuum connecting to the template would block CREATE DATABASE … TEMPLATE; leave it nothing to do.
  await prepareStore({ databaseUrl: databaseUrl(adminUrl, name), sqlitePath: "" }, seedDemo, "VACUUM ANALYZE");
  await adminQuery(adminUrl, `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    console.warn(
      `\n*** PostgreSQL is not reachable at ${url} (${(error as Error).message}): the api-postgres suite is SKIPPED. Set TEST_DATABASE_URL to run it. ***\n`,
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Removes the templates and anything left; a test store still there means a test did not close its server. */
async function teardown(templates: StoreTemplates) {
  const leftovers: string[] = [];
  const templateFiles = new Set(Object.values(templates.sqlite ?? {}).map((file) => path.basename(file)));
  for (const entry of fs.readdirSync(templates.runDir)) {
    if (entry === "stores") leftovers.push(...fs.readdirSync(path.join(templates.runDir, entry)).map((file) => `stores/${file}`));
    else if (!templateFiles.has(entry)) leftovers.push(entry);
  }
  fs.rmSync(templates.runDir, { recursive: true, force: true });
  if (templates.postgres) {
    const { adminUrl, demo, empty } = templates.postgres;
    const rows: { datname: string }[] = await adminQuery(
      adminUrl,
      `SELECT datname FROM pg_database WHERE datname LIKE 'pp\\_test\\_${templates.run}\\_%'`,
    );
    leftovers.push(...rows.map((row) => `database ${row.datname}`));
    for (const name of [...rows.map((row) => row.datname), demo, empty]) {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  if (leftovers.length) {
    // vitest only logs an error thrown here; the exit code makes the run fail.
    process.exitCode = 1;
    throw new Error(`The test run left ${leftovers.length} store(s) or temp files behind (now removed): ${leftovers.join(", ")}`);
  }
}
