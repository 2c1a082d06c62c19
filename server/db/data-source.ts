import fs from "node:fs";
import path from "node:path";
import { DataSource, type EntityManager } from "typeorm";
import { AuditEntry } from "../modules/audit/audit-entry.entity.js";
import { PasswordReset } from "../modules/auth/password-reset.entity.js";
import { Session } from "../modules/auth/session.entity.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { Participant } from "../modules/participant/participant.entity.js";
import { Placement, PlacementVisibility } from "../modules/placement/placement.entity.js";
import { Municipality } from "../modules/reference/municipality.entity.js";
import { OccupationField } from "../modules/reference/occupation-field.entity.js";
import { User } from "../modules/user/user.entity.js";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { Workplace } from "../modules/workplace/workplace.entity.js";
import { postgresMigrations } from "./migrations/postgres/index.js";
import { sqliteMigrations } from "./migrations/sqlite/index.js";
import { StatementCounter } from "./statement-counter.js";

export const entities = [
  Organisation,
  Municipality,
  OccupationField,
  User,
  Session,
  PasswordReset,
  Workplace,
  Supervisor,
  Placement,
  PlacementVisibility,
  Participant,
  Claim,
  AuditEntry,
];

export interface StoreOptions {
  /** postgres://… or null for SQLite. */
  databaseUrl: string | null;
  sqlitePath: string;
}

export function createDataSource(options: StoreOptions): DataSource {
  const statements = new StatementCounter();
  if (options.databaseUrl) {
    return new DataSource({
      type: "postgres",
      url: options.databaseUrl,
      entities,
      migrations: postgresMigrations,
      logger: statements,
      logging: ["query", "error"],
      // Timestamps are written and read as UTC whatever the server's local zone.
      extra: { max: 20, options: "-c timezone=UTC" },
    });
  }
  fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
  return new DataSource({
    type: "better-sqlite3",
    database: options.sqlitePath,
    entities,
    migrations: sqliteMigrations,
    logger: statements,
    logging: ["query", "error"],
    enableWAL: true,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      // WAL at NORMAL may lose the last commits on power loss; an acknowledged claim must survive it.
      db.pragma("synchronous = FULL");
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
    },
  });
}

export function statementCounter(dataSource: DataSource): StatementCounter {
  return dataSource.logger as StatementCounter;
}

export const isSqlite = (dataSource: DataSource) => dataSource.options.type === "better-sqlite3";

/**
 * Runs `work` in one transaction. On SQLite every query runner shares one connection and
 * TypeORM does not queue transactions (STACK.md, trap 3): two concurrent transactions would
 * nest and lose or overbook claims. So SQLite write transactions wait in one FIFO queue per
 * process. PostgreSQL gives each transaction its own pooled connection.
 */
export type Transact = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

export function createTransact(dataSource: DataSource): Transact {
  if (!isSqlite(dataSource)) return (work) => dataSource.transaction(work);
  beginImmediately(dataSource);
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(() => dataSource.transaction(work));
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * SQLite's default BEGIN is DEFERRED: a transaction that reads and then writes fails at once
 * with SQLITE_BUSY when another process wrote in between, whatever busy_timeout says.
 * BEGIN IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so two server
 * processes on one SQLite file queue instead of failing. TypeORM hard-codes "BEGIN TRANSACTION"
 * and its better-sqlite3 driver uses one cached query runner, so that runner is adjusted once.
 */
function beginImmediately(dataSource: DataSource): void {
  const runner = dataSource.createQueryRunner();
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: unknown[]) =>
    query(sql === "BEGIN TRANSACTION" ? "BEGIN IMMEDIATE TRANSACTION" : sql, ...(rest as []))) as typeof runner.query;
}
