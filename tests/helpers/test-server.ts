import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createApp, type AppDeps } from "../../server/app.js";
import { openStore } from "../../server/db/open-store.js";
import type { PasswordHashingOptions } from "../../server/config.js";

export const store: "sqlite" | "postgres" = process.env.STORE === "postgres" ? "postgres" : "sqlite";

/** False when this run targets PostgreSQL and none answered (see postgres-available.ts). */
export const storeAvailable = store === "sqlite" || inject("postgresAvailable");

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

/** A fresh, empty store of the kind this run targets: SQLite in a temp file or a new PostgreSQL database. */
export async function freshStore(): Promise<{ databaseUrl: string | null; sqlitePath: string; drop(): Promise<void> }> {
  const name = `pp_test_${randomBytes(6).toString("hex")}`;
  const sqlitePath = path.join(os.tmpdir(), `${name}.sqlite`);
  if (store === "sqlite") return { databaseUrl: null, sqlitePath, drop: async () => {} };
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    sqlitePath,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * argon2id at its cheapest (1 MiB, one pass): tests check what a hash allows, not how hard it is to
 * crack, and production-grade hashing would be most of the suite's CPU time.
 */
export const testPasswordHashing: PasswordHashingOptions = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * The real server over real HTTP on a random port, on a fresh store with the demo data
 * (unless seedDemo is false). `config` overrides createApp's settings (limits, production mode…).
 * Close it in afterAll.
 */
export async function startTestServer(
  options: {
    seedDemo?: boolean;
    holdTtlMinutes?: number;
    storeOf?: { location: { databaseUrl: string | null; sqlitePath: string } };
    config?: Partial<AppDeps["config"]>;
    logger?: AppDeps["logger"];
    clientDir?: string;
  } = {},
) {
  const fresh = options.storeOf ? null : await freshStore();
  const location = options.storeOf?.location ?? fresh!;
  const passwordHashing = options.config?.passwordHashing ?? testPasswordHashing;
  const store = await openStore({ ...location, seedDemo: options.seedDemo ?? true, passwordHashing });
  const dataSource = store.writer;
  const { app, services, config, stop } = await createApp({
    logger: options.logger,
    clientDir: options.clientDir,
    config: {
      production: false,
      tokenSecret: "test-secret-test-secret-test-secret-1234",
      tokenTtlHours: 1,
      holdTtlMinutes: options.holdTtlMinutes ?? 60,
      passwordHashing,
      ...options.config,
    },
    store,
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Sends any body to /graphql and returns the status, headers and parsed (or raw) answer. */
  async function post(body: string | Buffer, headers: Record<string, string> = { "content-type": "application/json" }, method = "POST") {
    const response = await fetch(`${url}/graphql`, {
      method,
      headers,
      body: method === "GET" || method === "HEAD" ? undefined : (body as BodyInit),
    });
    const text = await response.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    const response = await post(JSON.stringify({ query, variables }), {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    });
    return { status: response.status, ...(response.json as object) };
  }

  const tokens = new Map<string, string>();
  /** Signs in a demo account, e.g. "coordinator@koping.demo"; tokens are reused within a server. */
  async function login(email: string, password = "praktikpool"): Promise<string> {
    if (tokens.has(email)) return tokens.get(email)!;
    const result = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
    if (!result.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(email, result.data.login.token);
    return result.data.login.token as string;
  }

  return {
    url,
    location,
    dataSource,
    store,
    services,
    config,
    post,
    gql,
    login,
    statements: store.statements,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await stop();
      await store.close();
      await fresh?.drop();
    },
  };
}

/** The error codes of a response, for compact assertions. */
export const codes = (response: GraphQLResponse) => response.errors?.map((error) => error.extensions?.code) ?? [];
