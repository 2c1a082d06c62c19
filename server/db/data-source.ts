import fs from "node:fs";
import path from "node:path";
import { DataSource, type Logger } from "typeorm";
import { AuditEntry } from "../modules/audit/audit-entry.entity.js";
import { PasswordReset } from "../modules/auth/password-reset.entity.js";
import { Session } from "../modules/auth/session.entity.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { ClaimRenewal } from "../modules/claim/claim-renewal.entity.js";
import { Consent, ConsentOrganisation } from "../modules/consent/consent.entity.js";
import { WaitingListEntry } from "../modules/waiting-list/waiting-list-entry.entity.js";
import { Notification } from "../modules/notification/notification.entity.js";
import { PlacementFeedback } from "../modules/feedback/feedback.entity.js";
import { ChecklistTemplate, ChecklistTemplateItem, ChecklistTemplateVersion } from "../modules/validation/checklist.entity.js";
import { PlacementChecklist, PlacementChecklistItem } from "../modules/validation/placement-checklist.entity.js";
import { Validation, ValidationRecord } from "../modules/validation/validation.entity.js";
import { NotificationMail } from "../modules/notification/notification-mail.entity.js";
import { NotificationPreference } from "../modules/notification/notification-preference.entity.js";
import { SavedSearch } from "../modules/notification/saved-search.entity.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { ParticipantPolicy } from "../modules/participant/participant-policy.entity.js";
import { Participant } from "../modules/participant/participant.entity.js";
import { Placement, PlacementVisibility } from "../modules/placement/placement.entity.js";
import { Municipality } from "../modules/reference/municipality.entity.js";
import { OccupationField } from "../modules/reference/occupation-field.entity.js";
import { User } from "../modules/user/user.entity.js";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { Workplace } from "../modules/workplace/workplace.entity.js";
import { Absence } from "../modules/absence/absence.entity.js";
import { CalendarFeed } from "../modules/calendar/calendar-feed.entity.js";
import { FollowUp } from "../modules/follow-up/follow-up.entity.js";
import { Outcome } from "../modules/outcome/outcome.entity.js";
import { ExportRecord } from "../modules/export/export-record.entity.js";
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
  ParticipantPolicy,
  Claim,
  ClaimRenewal,
  Consent,
  ConsentOrganisation,
  WaitingListEntry,
  AuditEntry,
  // Issue 13: what placements lead to.
  FollowUp,
  Outcome,
  Absence,
  CalendarFeed,
  ExportRecord,
  Notification,
  PlacementFeedback,
  ChecklistTemplate,
  ChecklistTemplateVersion,
  ChecklistTemplateItem,
  PlacementChecklist,
  PlacementChecklistItem,
  Validation,
  ValidationRecord,
  SavedSearch,
  NotificationPreference,
  NotificationMail,
];

export interface StoreOptions {
  /** postgres://… or null for SQLite. */
  databaseUrl: string | null;
  sqlitePath: string;
}

/** The raw better-sqlite3 connection, as far as this folder needs it. */
interface SqliteConnection {
  pragma(source: string): unknown;
  prepare(sql: string): unknown;
}

/**
 * The store's writing DataSource: on PostgreSQL a pool that also serves reads; on SQLite the one
 * connection that writes (reads go to a second connection, see store.ts).
 */
export function createDataSource(options: StoreOptions, logger: Logger = new StatementCounter()): DataSource {
  if (options.databaseUrl) {
    return new DataSource({
      type: "postgres",
      url: options.databaseUrl,
      entities,
      migrations: postgresMigrations,
      logger,
      logging: ["query", "error"],
      // Timestamps are written and read as UTC whatever the server's local zone.
      extra: { max: 20, options: "-c timezone=UTC" },
    });
  }
  createPrivateFile(options.sqlitePath);
  return new DataSource({
    type: "better-sqlite3",
    database: options.sqlitePath,
    entities,
    migrations: sqliteMigrations,
    logger,
    logging: ["query", "error"],
    enableWAL: true,
    // Runs on every (re)connect, so what it sets cannot be lost by a reconnect.
    prepareDatabase: (db: SqliteConnection) => {
      sqlitePragmas(db);
      beginImmediately(db);
    },
  });
}

/**
 * The SQLite connection that only reads. WAL gives each of its statements the last committed
 * state, never the writer's open transaction; query_only makes a write through it an error.
 */
export function createSqliteReadSource(options: StoreOptions, logger: Logger): DataSource {
  return new DataSource({
    type: "better-sqlite3",
    database: options.sqlitePath,
    fileMustExist: true,
    entities,
    logger,
    logging: ["query", "error"],
    prepareDatabase: (db: SqliteConnection) => {
      sqlitePragmas(db);
      db.pragma("query_only = ON");
    },
  });
}

function sqlitePragmas(db: SqliteConnection): void {
  // WAL at NORMAL may lose the last commits on power loss; an acknowledged claim must survive it.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
}

/**
 * SQLite's default BEGIN is DEFERRED: a transaction that reads and then writes fails at once
 * with SQLITE_BUSY when another process wrote in between, whatever busy_timeout says.
 * BEGIN IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so two server
 * processes on one SQLite file queue instead of failing. TypeORM hard-codes "BEGIN TRANSACTION";
 * the connection itself rewrites it, so every query runner TypeORM makes on it sends the right one.
 */
function beginImmediately(db: SqliteConnection): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => prepare(sql === "BEGIN TRANSACTION" ? "BEGIN IMMEDIATE TRANSACTION" : sql);
}

/**
 * The store's files hold participants' data: owner-only from the first byte. SQLite gives the
 * -wal and -shm files it creates the main file's permissions.
 */
function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm"]) {
    if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
  }
}
