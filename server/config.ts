import path from "node:path";

/**
 * Every environment variable the server reads, in one place. Read once at start-up;
 * tests build a Config directly instead of touching process.env.
 */
export interface Config {
  /** HTTP port. */
  port: number;
  /** "production" switches off demo defaults and masks more. */
  production: boolean;
  /** postgres://… selects PostgreSQL; otherwise the embedded SQLite file at sqlitePath. */
  databaseUrl: string | null;
  sqlitePath: string;
  /** Load demo data into an empty database. */
  seedDemo: boolean;
  /** Pepper for stored token hashes; required in production. */
  tokenSecret: string;
  /** How long a login token lives. */
  tokenTtlHours: number;
  /** How long an unconfirmed hold keeps its seats before they return to the pool. */
  holdTtlMinutes: number;
  /** How often the server looks for expired holds. */
  holdSweepSeconds: number;
  /** Limits on what one HTTP request may ask of the server (SECURITY.md, "Limits on every request"). */
  limits: RequestLimits;
  /** Limits on the WebSocket of live updates, per server process (README, "Live updates"). */
  liveLimits: LiveLimits;
  /** Serve the self-hosted playground on GET /graphql. Default: on, off in production. */
  playground: boolean;
  /** Answer introspection queries. Default: on, off in production. */
  introspection: boolean;
  /** Origins (scheme://host[:port]) a browser may call the API from; empty = same origin only. */
  corsOrigins: string[];
  /** Failed-login slow-down and lock (SECURITY.md, "Sign-in abuse"). */
  loginThrottle: LoginThrottleOptions;
  /**
   * Express "trust proxy": false (default) takes the client address from the TCP connection; behind
   * a reverse proxy set the number of proxy hops (e.g. 1) so login limits apply per real client.
   */
  trustProxy: boolean | number;
  /** pino level: fatal, error, warn, info (default), debug, trace or silent (default under NODE_ENV=test). */
  logLevel: LogLevel;
  /** On SIGTERM/SIGINT, how long in-flight requests may take to finish before the store closes anyway. */
  shutdownGraceSeconds: number;
  /** argon2id cost of every stored password hash (SECURITY.md, "Passwords"). */
  passwordHashing: PasswordHashingOptions;
  /** Largest .xlsx the Excel import accepts (its route's own body limit, above the GraphQL one). */
  maxImportBytes: number;
  /** Years a supervisor training stays valid; after that the supervisor register shows the training as due again. */
  supervisorTrainingValidYears: number;
  /** E-mail of notifications (SMTP_URL unset: in-app only). */
  mail: MailConfig;
  /** Confirm or release: when the pool reminds and when stale placements leave the board (README, "Confirm or release"). */
  reminders: ReminderOptions;
}

export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://…; null: no e-mail, notifications stay in the app. */
  smtpUrl: string | null;
  /** The From of every e-mail. */
  from: string;
  /** The address users open the app at, for the links in e-mails (no trailing slash). */
  publicUrl: string;
  /** The hour (Swedish time, 0–23) the daily digests go out. */
  digestHour: number;
  /**
   * An e-mail not accepted this long after it was taken (refused, or its process died) is taken
   * again; each further attempt waits twice as long as the one before.
   */
  retryDelaySeconds: number;
  /** Attempts in all (the first included); after the last one an unsent e-mail is given up and logged by notification id. */
  maxAttempts: number;
}

export const defaultMail: MailConfig = {
  smtpUrl: null,
  from: "Praktikpool <noreply@praktikpool.invalid>",
  publicUrl: "http://localhost:4000",
  digestHour: 7,
  retryDelaySeconds: 600,
  maxAttempts: 5,
};

export interface ReminderOptions {
  /** A hold this many hours from expiring is flagged to the placement's organisation. */
  holdExpiringHours: number;
  /** A confirmed claim not started this many days after its requested start asks the claimant to start or release it. */
  notStartedDays: number;
  /** A standing placement its organisation has not touched for this many days asks whether it still exists. */
  standingAskDays: number;
  /** ... and after this many days it drops off the board until its organisation confirms it. */
  standingStaleDays: number;
}

export const defaultReminders: ReminderOptions = { holdExpiringHours: 12, notStartedDays: 7, standingAskDays: 60, standingStaleDays: 90 };

export const defaultSupervisorTrainingValidYears = 3;

/** 5 MiB: a sheet of thousands of rows is a few hundred KB; the limit leaves room for formatting and images. */
export const defaultMaxImportBytes = 5 * 1_048_576;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environments the server knows; anything else is refused at start, so a typo cannot fail open. */
export const NODE_ENVS = ["development", "test", "production"] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/**
 * argon2id parameters. A hash carries the parameters it was made with, so changing them affects
 * new passwords only. Tests use cheap values; nothing else should.
 */
export interface PasswordHashingOptions {
  /** Memory per hash in KiB. */
  memoryCost: number;
  /** Passes over the memory. */
  timeCost: number;
  parallelism: number;
}

/** argon2's own defaults (64 MiB, 3 passes, 4 lanes), above OWASP's minimum for argon2id. */
export const defaultPasswordHashing: PasswordHashingOptions = { memoryCost: 65_536, timeCost: 3, parallelism: 4 };

export interface RequestLimits {
  /** Deepest selection-set nesting a query may have. */
  maxDepth: number;
  /** Aliased fields per document. */
  maxAliases: number;
  /** Cost budget per HTTP request, shared by the operations of a batch (see query-limits.ts). */
  maxCost: number;
  /** Operations in one batched request (a JSON array); 1 turns batching off. */
  maxBatch: number;
  /** Request body size in bytes. */
  maxBodyBytes: number;
  /** Lexical tokens per document: parsing stops here, before validation. */
  maxTokens: number;
  /** Items in any one list of input (a literal or a variable). */
  maxListItems: number;
  /** Size of one answer in bytes (JSON); a larger answer is refused whole, never cut short. */
  maxResponseBytes: number;
  /** Time one HTTP request may take before it is answered with a typed timeout. */
  requestTimeoutMs: number;
}

/**
 * Each subscription already passes the request limits; these bound how many one client holds, so
 * one user cannot make a process keep thousands of feeds (each costs memory and a filter per event).
 */
export interface LiveLimits {
  /** Open subscriptions on one socket; the next one is refused with SOCKET_TOO_MANY_SUBSCRIPTIONS. */
  maxSubscriptionsPerSocket: number;
  /** Open sockets of one user in one process; the next is closed with 4013 SOCKET_TOO_MANY_SOCKETS. */
  maxSocketsPerUser: number;
}

/** The app opens two subscriptions per tab; 20 leaves room for integrations, 10 sockets for a user's tabs and devices. */
export const defaultLiveLimits: LiveLimits = { maxSubscriptionsPerSocket: 20, maxSocketsPerUser: 10 };

export interface LoginThrottleOptions {
  /** Failures count within this sliding window; a lock lifts when the oldest counted failure leaves it. */
  windowSeconds: number;
  /** Failed logins of one account in the window before the account is locked. */
  maxFailuresPerAccount: number;
  /** Failed logins from one address in the window before the address is locked. */
  maxFailuresPerAddress: number;
  /** Delay before answering a failed login, doubled per earlier failure of the account, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultLimits: RequestLimits = {
  maxDepth: 12,
  maxAliases: 50,
  maxCost: 50_000,
  maxBatch: 10,
  maxBodyBytes: 1_048_576,
  maxTokens: 10_000,
  maxListItems: 1000,
  maxResponseBytes: 5 * 1_048_576,
  requestTimeoutMs: 15_000,
};

export const defaultLoginThrottle: LoginThrottleOptions = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 50,
  baseDelayMs: 250,
  maxDelayMs: 4000,
};

const DEV_TOKEN_SECRET = "praktikpool-development-secret-not-for-production";

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(`${name} must list origins such as https://pool.example.se, got "${origin}"`);
    }
    if (parsed.origin !== origin.replace(/\/$/, ""))
      throw new ConfigError(`${name}: "${origin}" is not a bare origin (scheme://host[:port])`);
  }
  return list.map((origin) => origin.replace(/\/$/, ""));
}

/** NODE_ENV, compared without regard to case; unset means development. */
export function nodeEnv(env: NodeJS.ProcessEnv): NodeEnv {
  const raw = env.NODE_ENV?.trim() ?? "";
  if (raw === "") return "development";
  const known = NODE_ENVS.find((name) => name === raw.toLowerCase());
  if (!known) throw new ConfigError(`NODE_ENV must be one of ${NODE_ENVS.join(", ")}, got "${raw}"`);
  return known;
}

function logLevel(env: NodeJS.ProcessEnv, environment: NodeEnv): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase() ?? "";
  if (raw === "") return environment === "test" ? "silent" : "info";
  const known = LOG_LEVELS.find((level) => level === raw);
  if (!known) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  return known;
}

function mailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError("SMTP_URL must be an smtp:// or smtps:// URL");
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT || 4000}`).replace(/\/$/, "");
  if (!/^https?:\/\//.test(publicUrl)) throw new ConfigError("PUBLIC_URL must be an http:// or https:// address");
  return {
    smtpUrl,
    from: env.MAIL_FROM?.trim() || defaultMail.from,
    publicUrl,
    digestHour: integer(env, "MAIL_DIGEST_HOUR", defaultMail.digestHour, 0, 23),
    // At least two minutes: an attempt may take up to a minute (NotificationMailer's send timeout), and a retry must not overlap it.
    retryDelaySeconds: integer(env, "MAIL_RETRY_DELAY_SECONDS", defaultMail.retryDelaySeconds, 120, 24 * 3600),
    maxAttempts: integer(env, "MAIL_MAX_ATTEMPTS", defaultMail.maxAttempts, 1, 20),
  };
}

function reminders(env: NodeJS.ProcessEnv): ReminderOptions {
  const standingAskDays = integer(env, "STANDING_ASK_DAYS", defaultReminders.standingAskDays, 1, 3650);
  const standingStaleDays = integer(env, "STANDING_STALE_DAYS", defaultReminders.standingStaleDays, 1, 3650);
  if (standingStaleDays < standingAskDays) throw new ConfigError("STANDING_STALE_DAYS must not be below STANDING_ASK_DAYS");
  return {
    holdExpiringHours: integer(env, "HOLD_EXPIRING_HOURS", defaultReminders.holdExpiringHours, 1, 24 * 30),
    notStartedDays: integer(env, "NOT_STARTED_DAYS", defaultReminders.notStartedDays, 1, 365),
    standingAskDays,
    standingStaleDays,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const environment = nodeEnv(env);
  const production = environment === "production";
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite file)");
  }
  const tokenSecret = env.TOKEN_SECRET ?? (production ? "" : DEV_TOKEN_SECRET);
  if (tokenSecret.length < 32) {
    throw new ConfigError("TOKEN_SECRET must be set to at least 32 characters in production");
  }
  // Demo passwords are public, so production loads demo data only when asked explicitly.
  const seedDemo = flag(env, "SEED_DEMO") ?? !production;
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    production,
    databaseUrl,
    sqlitePath: path.resolve(env.SQLITE_PATH ?? "data/praktikpool.sqlite"),
    seedDemo,
    tokenSecret,
    tokenTtlHours: integer(env, "TOKEN_TTL_HOURS", 12, 1, 24 * 30),
    holdTtlMinutes: integer(env, "HOLD_TTL_MINUTES", 48 * 60, 1, 60 * 24 * 30),
    holdSweepSeconds: integer(env, "HOLD_SWEEP_SECONDS", 30, 1, 3600),
    limits: {
      maxDepth: integer(env, "MAX_QUERY_DEPTH", defaultLimits.maxDepth, 2, 100),
      maxAliases: integer(env, "MAX_QUERY_ALIASES", defaultLimits.maxAliases, 0, 10_000),
      maxCost: integer(env, "MAX_QUERY_COST", defaultLimits.maxCost, 10, 10_000_000),
      maxBatch: integer(env, "MAX_BATCH_OPERATIONS", defaultLimits.maxBatch, 1, 1000),
      maxBodyBytes: integer(env, "MAX_BODY_BYTES", defaultLimits.maxBodyBytes, 1024, 100 * 1_048_576),
      maxTokens: integer(env, "MAX_QUERY_TOKENS", defaultLimits.maxTokens, 100, 1_000_000),
      maxListItems: integer(env, "MAX_LIST_ITEMS", defaultLimits.maxListItems, 1, 100_000),
      maxResponseBytes: integer(env, "MAX_RESPONSE_BYTES", defaultLimits.maxResponseBytes, 1024, 1024 * 1_048_576),
      requestTimeoutMs: integer(env, "REQUEST_TIMEOUT_MS", defaultLimits.requestTimeoutMs, 100, 10 * 60_000),
    },
    liveLimits: {
      maxSubscriptionsPerSocket: integer(env, "LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET", defaultLiveLimits.maxSubscriptionsPerSocket, 1, 1000),
      maxSocketsPerUser: integer(env, "LIVE_MAX_SOCKETS_PER_USER", defaultLiveLimits.maxSocketsPerUser, 1, 1000),
    },
    logLevel: logLevel(env, environment),
    shutdownGraceSeconds: integer(env, "SHUTDOWN_GRACE_SECONDS", 20, 0, 600),
    playground: flag(env, "PLAYGROUND") ?? !production,
    introspection: flag(env, "INTROSPECTION") ?? !production,
    corsOrigins: origins(env, "CORS_ORIGINS"),
    trustProxy:
      env.TRUST_PROXY === undefined || env.TRUST_PROXY === "" || env.TRUST_PROXY === "false"
        ? false
        : integer(env, "TRUST_PROXY", 0, 0, 10),
    passwordHashing: defaultPasswordHashing,
    maxImportBytes: integer(env, "MAX_IMPORT_BYTES", defaultMaxImportBytes, 1024, 100 * 1_048_576),
    supervisorTrainingValidYears: integer(env, "SUPERVISOR_TRAINING_VALID_YEARS", defaultSupervisorTrainingValidYears, 1, 50),
    mail: mailConfig(env),
    reminders: reminders(env),
    loginThrottle: {
      windowSeconds: integer(env, "LOGIN_WINDOW_SECONDS", defaultLoginThrottle.windowSeconds, 1, 24 * 3600),
      maxFailuresPerAccount: integer(env, "LOGIN_MAX_FAILURES_PER_ACCOUNT", defaultLoginThrottle.maxFailuresPerAccount, 1, 1000),
      maxFailuresPerAddress: integer(env, "LOGIN_MAX_FAILURES_PER_ADDRESS", defaultLoginThrottle.maxFailuresPerAddress, 1, 100_000),
      baseDelayMs: integer(env, "LOGIN_BASE_DELAY_MS", defaultLoginThrottle.baseDelayMs, 0, 60_000),
      maxDelayMs: integer(env, "LOGIN_MAX_DELAY_MS", defaultLoginThrottle.maxDelayMs, 0, 60_000),
    },
  };
}
