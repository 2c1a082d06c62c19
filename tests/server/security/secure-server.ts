import "reflect-metadata";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { createApp, type AppDeps } from "../../../server/app.js";
import { statementCounter } from "../../../server/db/data-source.js";
import { openStore } from "../../../server/db/open-store.js";
import { freshStore, type GraphQLResponse } from "../../helpers/test-server.js";

export type SecureServer = Awaited<ReturnType<typeof startSecureServer>>;

/**
 * Like startTestServer, but createApp gets the security settings this suite varies (production
 * mode, limits, CORS, login throttle). Real HTTP on a random port, fresh store with demo data.
 */
export async function startSecureServer(overrides: Partial<AppDeps["config"]> = {}) {
  const fresh = await freshStore();
  const dataSource = await openStore({ ...fresh, seedDemo: true });
  const { app, services, config, stop } = await createApp({
    config: {
      production: false,
      tokenSecret: "test-secret-test-secret-test-secret-1234",
      tokenTtlHours: 1,
      holdTtlMinutes: 60,
      // Small, so tests of the throttle do not wait long; the other tests sign in correctly.
      loginThrottle: { windowSeconds: 60, maxFailuresPerAccount: 3, maxFailuresPerAddress: 1000, baseDelayMs: 5, maxDelayMs: 20 },
      ...overrides,
    },
    dataSource,
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** POSTs any body to /graphql and returns the status, headers and parsed (or raw) answer. */
  async function post(body: string | Buffer, headers: Record<string, string> = { "content-type": "application/json" }, method = "POST") {
    const response = await fetch(`${url}/graphql`, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : body });
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
  async function login(email: string, password = "praktikpool"): Promise<string> {
    if (tokens.has(email)) return tokens.get(email)!;
    const result = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
    if (!result.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(email, result.data.login.token);
    return result.data.login.token as string;
  }

  return {
    url,
    location: fresh,
    dataSource,
    services,
    config,
    post,
    gql,
    login,
    statements: statementCounter(dataSource),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await stop();
      await dataSource.destroy();
      await fresh.drop();
    },
  };
}

/** Rows per table, read straight from the store: what a refused request must leave unchanged. */
export async function rowCounts(dataSource: DataSource, except: string[] = []): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of dataSource.entityMetadatas) {
    if (except.includes(entity.tableName)) continue;
    const [{ n }] = await dataSource.query(`SELECT COUNT(*) AS n FROM "${entity.tableName}"`);
    counts[entity.tableName] = Number(n);
  }
  return counts;
}

/** True when a response body shows something only a server's inside should know. */
export function leaksInternals(text: string): boolean {
  return /stacktrace|\bat [\w.<>]+ \(|node_modules|QueryFailedError|SqliteError|SQLITE_|TypeORMError|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|relation ".*" does not exist|syntax error at or near/i.test(text);
}
