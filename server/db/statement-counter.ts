import type { Logger } from "typeorm";

/**
 * Counts the SQL statements TypeORM sends. Tests and the benchmark read it to prove that a
 * board page costs a fixed number of statements whatever its size (no N+1).
 */
export class StatementCounter implements Logger {
  count = 0;

  logQuery() {
    this.count++;
  }
  logQueryError(error: string | Error, query: string) {
    // Failed statements are expected in some paths (e.g. a unique-key race); keep them visible in development.
    if (process.env.LOG_SQL_ERRORS) console.error("SQL error:", error, query);
  }
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
