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
}

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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
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
  };
}
