import type { DataSource, EntityManager } from "typeorm";
import { createDataSource, createSqliteReadSource, type StoreOptions } from "./data-source.js";
import { StatementCounter } from "./statement-counter.js";

/** Runs `work` in one write transaction: it commits when `work` resolves and rolls back when it throws. */
export type Transact = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/** What each open transaction will do once it has committed, by its manager. */
const commitHooks = new WeakMap<EntityManager, Array<() => void>>();

/**
 * Runs `hook` after the transaction of `manager` commits, never when it rolls back: what others
 * are told (live updates, notifications) is always what the store holds. Only inside `transact`.
 */
export function afterCommit(manager: EntityManager, hook: () => void): void {
  const hooks = commitHooks.get(manager);
  if (!hooks) throw new Error("afterCommit outside a transaction of Store.transact");
  hooks.push(hook);
}

/**
 * Gives `transact` its commit hooks. A SQLite store reuses one manager for every transaction, but
 * its queue runs them one at a time, so the map holds at most one entry per manager.
 */
function withCommitHooks(transact: Transact): Transact {
  return async (work) => {
    let hooks: Array<() => void> = [];
    const result = await transact(async (manager) => {
      hooks = [];
      commitHooks.set(manager, hooks);
      try {
        return await work(manager);
      } finally {
        commitHooks.delete(manager);
      }
    });
    for (const hook of hooks) {
      try {
        hook();
      } catch (error) {
        // A listener's failure must not turn a committed write into an error for its caller.
        process.emitWarning(`a commit hook failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return result;
  };
}

/**
 * What services use: `reads` never sees uncommitted data, `transact` is the only way to write.
 *
 * PostgreSQL: one pool; each read and each transaction takes its own connection, so a read sees
 * only committed rows.
 * SQLite: one connection writes, one other connection reads. Every TypeORM query runner on a
 * better-sqlite3 DataSource is the same connection and TypeORM does not queue transactions
 * (STACK.md, trap 3), so write transactions wait in this store's FIFO queue — one queue per
 * store, whoever calls. Reads on the other connection see, through WAL, the last commit and never
 * an open transaction.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  readonly reads: EntityManager;
  readonly transact: Transact;
  /** SQL statements sent by reads and writes together (tests and the benchmark count them). */
  readonly statements: StatementCounter;
  /** The DataSource that writes: for migrations, seeding, scripts and tests' own set-up. */
  readonly writer: DataSource;
  /**
   * An exact version of the committed contents, or null where none is cheap (PostgreSQL): a value
   * computed from reads at version v may be reused while the version is still v.
   */
  version(): string | null;
  /**
   * A read statement prepared once (per connection on SQLite, by name on PostgreSQL) for hot
   * paths where TypeORM's query builder would cost more than the query: `?` marks the
   * parameters; Dates are sent as TypeORM sends them to that store. Reads committed data like `reads`.
   */
  preparedRead<Row>(sql: string): (parameters: unknown[]) => Promise<Row[]>;
  /**
   * PostgreSQL only (null on SQLite): ONE prepared statement that is its own transaction — a
   * data-modifying CTE commits all its writes or none, in one round trip. For a hot write that
   * fits one statement; anything else goes through `transact`.
   */
  readonly atomicStatement: (<Row>(sql: string) => (parameters: unknown[]) => Promise<Row[]>) | null;
  close(): Promise<void>;
}

/** How SQLite keeps a timestamp: UTC text, "YYYY-MM-DD HH:MM:SS.SSS" (what TypeORM writes). PostgreSQL gets Dates as TypeORM sends them. */
const storedTime = (value: unknown) => (value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value);

let preparedNames = 0;

/** Opens both connections of a store; migrations and seeding are open-store.ts's job. */
export async function createStore(options: StoreOptions): Promise<Store> {
  const statements = new StatementCounter();
  const writer = createDataSource(options, statements);
  await writer.initialize();
  if (options.databaseUrl) {
    return {
      kind: "postgres",
      reads: writer.manager,
      transact: withCommitHooks((work) => writer.transaction(work)),
      statements,
      writer,
      version: () => null,
      preparedRead: postgresPrepared(writer, statements),
      atomicStatement: postgresPrepared(writer, statements),
      close: () => writer.destroy(),
    };
  }
  const reader = createSqliteReadSource(options, statements);
  await reader.initialize();
  return {
    kind: "sqlite",
    reads: reader.manager,
    transact: withCommitHooks(queued(writer)),
    statements,
    writer,
    version: dataVersion(reader, statements),
    preparedRead: sqlitePrepared(reader, statements),
    atomicStatement: null,
    async close() {
      await reader.destroy();
      await writer.destroy();
    },
  };
}

function queued(writer: DataSource): Transact {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(() => writer.transaction(work));
    tail = run.catch(() => undefined);
    return run;
  };
}

const DATA_VERSION_SQL = "PRAGMA data_version";

/**
 * SQLite's data_version on the read connection changes whenever another connection — this
 * store's writer or another process — commits; the read connection itself never writes. So equal
 * values mean equal committed contents. Counted as a statement like any other.
 */
function dataVersion(reader: DataSource, statements: StatementCounter): () => string | null {
  let probe: { get(): unknown } | null = null;
  let connection: unknown = null;
  return () => {
    const current = (reader.driver as unknown as { databaseConnection?: { prepare(sql: string): { pluck(): { get(): unknown } } } })
      .databaseConnection;
    if (!current) return null;
    // A reconnect brings a new connection; a statement of the old one must not be used.
    if (current !== connection) {
      connection = current;
      probe = current.prepare(DATA_VERSION_SQL).pluck();
    }
    statements.logQuery();
    return String(probe!.get());
  };
}

interface SqliteHandle {
  prepare(sql: string): { all(...parameters: unknown[]): unknown[] };
}

/** The read connection's own prepared statement, made again after a reconnect. */
function sqlitePrepared(reader: DataSource, statements: StatementCounter) {
  return <Row>(sql: string) => {
    let connection: SqliteHandle | null = null;
    let statement: ReturnType<SqliteHandle["prepare"]> | null = null;
    return async (parameters: unknown[]): Promise<Row[]> => {
      const current = (reader.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
      if (current !== connection) {
        connection = current;
        statement = current.prepare(sql);
      }
      statements.logQuery();
      return statement!.all(...parameters.map((value) => (typeof value === "boolean" ? Number(value) : storedTime(value)))) as Row[];
    };
  };
}

/** A named statement on the pool: PostgreSQL parses and plans it once per connection. */
function postgresPrepared(writer: DataSource, statements: StatementCounter) {
  return <Row>(sql: string) => {
    let mark = 0;
    // `?` marks become $1, $2, …; a text already numbered ($1 used twice) is sent as it is.
    const text = /\$\d/.test(sql) ? sql : sql.replace(/\?/g, () => `$${++mark}`);
    const name = `praktikpool_${++preparedNames}`;
    const pool = (writer.driver as unknown as { master: { query(config: object): Promise<{ rows: Row[] }> } }).master;
    return async (parameters: unknown[]): Promise<Row[]> => {
      statements.logQuery();
      return (await pool.query({ name, text, values: parameters })).rows;
    };
  };
}
