import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { createApp, type AppDeps } from "../../server/app.js";
import type { PasswordHashingOptions } from "../../server/config.js";
import { openStore } from "../../server/db/open-store.js";
import type { Store } from "../../server/db/store.js";
import { PasswordHasher } from "../../server/modules/auth/passwords.js";
import { User } from "../../server/modules/user/user.entity.js";
import { DEMO_PASSWORD } from "../../server/seed/demo-data.js";
import { testPasswordHashing } from "./store-context.js";
import { createTestStore, type TestStore } from "./test-stores.js";

export const store: "sqlite" | "postgres" = process.env.STORE === "postgres" ? "postgres" : "sqlite";

/** False when this run targets PostgreSQL and none answered (see store-templates.ts). */
export const storeAvailable = store === "sqlite" || inject("postgresAvailable");

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

/**
 * A blank store (no tables) of the kind this run targets, for code that migrates it itself.
 * `drop` deletes it; the end of the test file deletes it anyway. New code: createTestStore.
 */
export async function freshStore(): Promise<TestStore & { drop(): Promise<void> }> {
  const testStore = await createTestStore("blank");
  return Object.assign(testStore, { drop: () => testStore.remove() });
}

export { testPasswordHashing };

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * The real server over real HTTP on a random port, on a store of its own copied from the run's
 * template: with the demo data, or migrated and empty when seedDemo is false. `storeOf` opens
 * another server's store instead (a second instance, or a restart). `config` overrides
 * createApp's settings (limits, production mode…). Close it in afterAll: that deletes its store
 * (by the end of the file; await storesRemoved() to wait for it).
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
  const seedDemo = options.seedDemo ?? true;
  const own = options.storeOf ? null : await createTestStore(seedDemo ? "demo" : "empty");
  const location = options.storeOf?.location ?? own!;
  const passwordHashing = options.config?.passwordHashing ?? testPasswordHashing;
  const store = await openStore({ ...location, seedDemo, passwordHashing });
  const dataSource = store.writer;
  // The template's demo accounts were hashed with testPasswordHashing; a test that asks for other costs gets them.
  if (own && seedDemo && options.config?.passwordHashing) await rehashDemoAccounts(store, passwordHashing);
  const { app, services, config, stop, live } = await createApp({
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
  live.attach(server);
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
    live,
    post,
    gql,
    login,
    statements: store.statements,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await stop();
      await store.close();
      own?.removeSoon();
    },
  };
}

/** Gives every account the demo password hashed with `hashing`, as the seed would have. */
async function rehashDemoAccounts(store: Store, hashing: PasswordHashingOptions) {
  const passwordHash = await new PasswordHasher(hashing).hash(DEMO_PASSWORD);
  await store.transact((manager) => manager.createQueryBuilder().update(User).set({ passwordHash }).execute());
}

/** The error codes of a response, for compact assertions. */
export const codes = (response: GraphQLResponse) => response.errors?.map((error) => error.extensions?.code) ?? [];
