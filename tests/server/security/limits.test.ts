import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationCost } from "../../../server/common/query-limits.js";
import { createSchema } from "../../../server/schema.js";
import { defaultLimits } from "../../../server/config.js";
import { codes, store, storeAvailable } from "../../helpers/test-server.js";
import { leaksInternals, startSecureServer, type SecureServer } from "./secure-server.js";

const PLACEMENT_SUMMARY = `id title kind status capacity freeSeats startDate endDate standing hoursPerWeek
  municipality { code name } organisation { id slug name } workplace { id name } occupationField { id label }`;

/** `{ board { edges { node { ourClaims { placement { … { id } } } } } } }`, exactly `depth` selection sets deep. */
function deepQuery(depth: number): string {
  // The root, board, edges and node selection sets make 4; each step down adds one.
  const steps = depth - 4;
  let inner = "id";
  for (let step = steps; step > 0; step--) inner = step % 2 === 1 ? `ourClaims { ${inner} }` : `placement { ${inner} }`;
  return `{ board { edges { node { ${inner} } } } }`;
}

describe.skipIf(!storeAvailable)(`request limits (${store})`, () => {
  let server: SecureServer;
  let token: string;
  beforeAll(async () => {
    server = await startSecureServer();
    token = await server.login("coordinator@koping.demo");
  });
  afterAll(() => server?.close());

  /** Runs `request` and says whether the store saw any statement meanwhile (it would, had a resolver run). */
  async function withoutStatements<T>(request: () => Promise<T>): Promise<T> {
    const before = server.statements.count;
    const result = await request();
    expect(server.statements.count, "no SQL statement: nothing was resolved").toBe(before);
    return result;
  }

  it("refuses a query of 2,000 aliases before any resolver runs", async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    const response = await withoutStatements(() => server.post(JSON.stringify({ query })));
    expect(response.status).toBe(400);
    expect(response.json.data).toBeUndefined();
    expect(response.json.errors.map((e: any) => [e.extensions.code, e.extensions.reason])).toContainEqual([
      "GRAPHQL_VALIDATION_FAILED",
      "TOO_MANY_ALIASES",
    ]);
    expect(leaksInternals(response.text)).toBe(false);
  });

  it("refuses a depth-20 query before any resolver runs", async () => {
    const response = await withoutStatements(() => server.post(JSON.stringify({ query: deepQuery(20) })));
    expect(response.status).toBe(400);
    expect(response.json.data).toBeUndefined();
    expect(response.json.errors[0].extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      reason: "QUERY_TOO_DEEP",
      params: { maxDepth: defaultLimits.maxDepth },
    });
  });

  it("refuses 2,000 aliased fields (a larger document) at the token limit, also before any resolver runs", async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: organisations { id }`).join(" ")} }`;
    const response = await withoutStatements(() => server.post(JSON.stringify({ query })));
    expect(response.status).toBe(400);
    expect(codes(response.json)).toEqual(["GRAPHQL_PARSE_FAILED"]);
  });

  it("does not count a query exactly at the depth limit as too deep", async () => {
    const response = await server.gql(deepQuery(defaultLimits.maxDepth), {}, token);
    expect(response.errors?.map((e) => e.extensions?.reason) ?? []).not.toContain("QUERY_TOO_DEEP");
  });

  it("follows fragment spreads when measuring depth", async () => {
    const query = `{ board { ...A } }
      fragment A on PlacementConnection { edges { node { ...B } } }
      fragment B on Placement { ourClaims { placement { ourClaims { placement { ...C } } } } }
      fragment C on Placement { ourClaims { placement { ourClaims { placement { ourClaims { placement { id } } } } } } }`;
    const response = await withoutStatements(() => server.post(JSON.stringify({ query })));
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.reason).toBe("QUERY_TOO_DEEP");
  });

  it("refuses exponentially repeated fragments by cost, quickly", async () => {
    const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} organisations { id } }`).join(
      "\n",
    );
    const query = `{ ...F0 }\n${chain}\nfragment F30 on Query { organisations { id } }`;
    const started = performance.now();
    const response = await withoutStatements(() => server.post(JSON.stringify({ query })));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.reason).toBe("QUERY_TOO_COSTLY");
  });

  it("refuses a 10 MB body before any resolver runs", async () => {
    const body = JSON.stringify({ query: "{ me { id } }", variables: { pad: "x".repeat(10 * 1024 * 1024) } });
    const response = await withoutStatements(() => server.post(body));
    expect(response.status).toBe(413);
    expect(response.json.errors[0].extensions).toEqual({
      code: "BAD_REQUEST",
      reason: "BODY_TOO_LARGE",
      params: { maxBytes: defaultLimits.maxBodyBytes },
    });
  });

  it("refuses a query whose cost exceeds the budget, counting page sizes from variables", async () => {
    const query = `query($n: Int!) { board(first: $n) { edges { node { ourClaims(first: 5) { placement { ourClaims(first: 5) { placement { ${PLACEMENT_SUMMARY} } } } } } } } }`;
    const response = await withoutStatements(() => server.post(JSON.stringify({ query, variables: { n: 100 } })));
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      reason: "QUERY_TOO_COSTLY",
      params: { maxCost: defaultLimits.maxCost },
    });
    const small = await server.gql(query, { n: 1 }, token);
    expect(small.errors).toBeUndefined();
  });

  it("accepts the client's largest page of the board within the budget", async () => {
    const query = `{ board(first: 100) { totalCount edges { cursor node { ${PLACEMENT_SUMMARY} } } pageInfo { hasNextPage endCursor } }
      myClaims { id status seats placement { ${PLACEMENT_SUMMARY} } } }`;
    const response = await server.gql(query, {}, token);
    expect(response.errors).toBeUndefined();
    const cost = operationCost(await createSchema(), parse(query), null, {});
    console.log(`[${store}] cost of a board page of 100 plus the organisation's claims: ${cost} (budget ${defaultLimits.maxCost})`);
    expect(cost).toBeLessThan(defaultLimits.maxCost / 2);
  });

  it("shares one cost budget between the operations of a batch", async () => {
    const query = `{ board(first: 100) { edges { node { ${PLACEMENT_SUMMARY} ourClaims { id status } } } } }`;
    const one = await server.post(JSON.stringify([{ query }]), { "content-type": "application/json", authorization: `Bearer ${token}` });
    expect(one.status).toBe(200);
    expect(one.json[0].errors).toBeUndefined();
    const many = await server.post(JSON.stringify(Array.from({ length: 6 }, () => ({ query }))), {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
    });
    expect(many.status).toBeLessThan(500);
    const refused = many.json.filter((r: any) => r.errors?.[0]?.extensions?.reason === "QUERY_TOO_COSTLY");
    expect(refused.length).toBeGreaterThan(0);
  });

  it(`refuses a batch of more than ${defaultLimits.maxBatch} operations before any resolver runs`, async () => {
    const batch = Array.from({ length: defaultLimits.maxBatch + 1 }, () => ({ query: "{ organisations { id } }" }));
    const response = await withoutStatements(() => server.post(JSON.stringify(batch)));
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions).toEqual({
      code: "BAD_REQUEST",
      reason: "BATCH_TOO_LARGE",
      params: { maxBatch: defaultLimits.maxBatch },
    });
  });

  it("answers a batch within the limit operation by operation", async () => {
    const batch = [{ query: "{ me { email } }" }, { query: "{ organisations { slug } }" }];
    const response = await server.post(JSON.stringify(batch), { "content-type": "application/json", authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.json).toHaveLength(2);
    expect(response.json[0].data.me.email).toBe("coordinator@koping.demo");
  });

  it("refuses a document of more lexical tokens than allowed before any resolver runs", async () => {
    const query = `{ me { ${"id ".repeat(defaultLimits.maxTokens + 10)} } }`;
    const response = await withoutStatements(() => server.post(JSON.stringify({ query })));
    expect(response.status).toBe(400);
    expect(codes(response.json)).toEqual(["GRAPHQL_PARSE_FAILED"]);
  });

  it("refuses text with a NUL character, in the document and in variables, before any resolver runs", async () => {
    const literal = await withoutStatements(() => server.post(JSON.stringify({ query: `{ placement(id: "a\\u0000b") { id } }` })));
    expect(literal.status).toBe(400);
    expect(codes(literal.json)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const variable = await withoutStatements(() =>
      server.post(JSON.stringify({ query: `query($id: ID!) { placement(id: $id) { id } }`, variables: { id: "a\u0000b" } })),
    );
    expect(variable.status).toBe(400);
    expect(codes(variable.json)).toEqual(["BAD_USER_INPUT"]);
  });

  it("refuses methods other than GET and POST with a typed error", async () => {
    const response = await server.post("{}", { "content-type": "application/json" }, "PUT");
    expect(response.status).toBe(405);
    expect(codes(response.json)).toEqual(["BAD_REQUEST"]);
  });

  it("refuses a cross-site simple request (CSRF prevention)", async () => {
    const response = await server.post(JSON.stringify({ query: "{ organisations { id } }" }), { "content-type": "text/plain" });
    expect(response.status).toBe(400);
    expect(codes(response.json)).toEqual(["BAD_REQUEST"]);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ organisations { id } }")}`);
    expect(get.status).toBe(400);
  });

  it("masks an unexpected error: no message, stack or SQL reaches the client", async () => {
    const original = server.services.workplaces.all;
    server.services.workplaces.all = () =>
      Promise.reject(new Error('SqliteError: no such column "secret" at Statement.run (node_modules/x.js:1:1)'));
    try {
      const response = await server.post(JSON.stringify({ query: "{ workplaces { id } }" }), {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
      });
      expect(response.status).toBeLessThan(500);
      expect(codes(response.json)).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(response.text).not.toMatch(/secret|SqliteError|node_modules/);
    } finally {
      server.services.workplaces.all = original;
    }
  });

  it("sends the security headers on every response", async () => {
    const response = await server.post(JSON.stringify({ query: "{ __typename }" }));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("offers suggestions and introspection in development", async () => {
    const typo = await server.post(JSON.stringify({ query: "{ organisationz { id } }" }));
    expect(typo.json.errors[0].message).toMatch(/Did you mean/);
    const introspection = await server.post(JSON.stringify({ query: "{ __schema { queryType { name } } }" }));
    expect(introspection.json.data.__schema.queryType.name).toBe("Query");
  });
});

describe.skipIf(!storeAvailable)(`production mode (${store})`, () => {
  let server: SecureServer;
  beforeAll(async () => {
    server = await startSecureServer({ production: true, corsOrigins: ["https://pool.example.se"] });
  });
  afterAll(() => server?.close());

  it("turns introspection off", async () => {
    const response = await server.post(JSON.stringify({ query: "{ __schema { types { name } } }" }));
    expect(response.status).toBe(400);
    expect(codes(response.json)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.text).not.toMatch(/"types"|PlacementKind/);
  });

  it('hides "Did you mean" suggestions that would reveal the schema', async () => {
    const response = await server.post(JSON.stringify({ query: "{ organisationz { id } }" }));
    expect(codes(response.json)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.text).not.toMatch(/Did you mean|organisations/);
  });

  it('hides "Did you mean" in input errors too (unknown input fields, enum values)', async () => {
    const token = await server.login("coordinator@koping.demo");
    const response = await server.post(
      JSON.stringify({
        query: `query($f: BoardFilter) { board(filter: $f) { totalCount } }`,
        variables: { f: { kind: ["INTERNSHP"], freeSeatOnly: true } },
      }),
      { "content-type": "application/json", authorization: `Bearer ${token}` },
    );
    expect(codes(response.json).every((code) => code === "BAD_USER_INPUT")).toBe(true);
    expect(response.text).not.toMatch(/Did you mean|freeSeatsOnly|kinds/);
    const enumTypo = await server.post(
      JSON.stringify({ query: `query($f: BoardFilter) { board(filter: $f) { totalCount } }`, variables: { f: { kinds: ["INTERNSHP"] } } }),
      { "content-type": "application/json", authorization: `Bearer ${token}` },
    );
    expect(codes(enumTypo.json)).toEqual(["BAD_USER_INPUT"]);
    expect(enumTypo.text).not.toMatch(/Did you mean|"INTERNSHIP"/);
    const literalTypo = await server.post(JSON.stringify({ query: `{ board(sort: NEWST) { totalCount } }` }), {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
    });
    expect(literalTypo.text).not.toMatch(/Did you mean|NEWEST/);
  });

  it("does not serve the playground", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(response.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
    expect(response.status).toBeLessThan(500);
  });

  it("sends a content security policy and HSTS", async () => {
    const response = await server.post(JSON.stringify({ query: "{ __typename }" }));
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("allows CORS only for the configured origins", async () => {
    const allowed = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://pool.example.se",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://pool.example.se");
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();

    const other = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();

    const post = await server.post(JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "application/json",
      origin: "https://evil.example",
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("security configuration", () => {
  it("reads every limit from the environment, with the documented defaults", async () => {
    const { loadConfig } = await import("../../../server/config.js");
    const defaults = loadConfig({});
    expect(defaults.limits).toEqual(defaultLimits);
    expect(defaults).toMatchObject({ playground: true, introspection: true, corsOrigins: [], trustProxy: false });
    const production = loadConfig({ NODE_ENV: "production", TOKEN_SECRET: "x".repeat(32) });
    expect(production).toMatchObject({ playground: false, introspection: false });
    const custom = loadConfig({
      MAX_QUERY_DEPTH: "8",
      MAX_QUERY_ALIASES: "10",
      MAX_QUERY_COST: "500",
      MAX_BATCH_OPERATIONS: "1",
      MAX_BODY_BYTES: "65536",
      MAX_QUERY_TOKENS: "2000",
      MAX_LIST_ITEMS: "50",
      MAX_RESPONSE_BYTES: "2048",
      REQUEST_TIMEOUT_MS: "500",
      CORS_ORIGINS: "https://pool.example.se, http://localhost:5173/",
      TRUST_PROXY: "1",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: "3",
    });
    expect(custom.limits).toEqual({
      maxDepth: 8,
      maxAliases: 10,
      maxCost: 500,
      maxBatch: 1,
      maxBodyBytes: 65536,
      maxTokens: 2000,
      maxListItems: 50,
      maxResponseBytes: 2048,
      requestTimeoutMs: 500,
    });
    expect(custom.corsOrigins).toEqual(["https://pool.example.se", "http://localhost:5173"]);
    expect(custom.trustProxy).toBe(1);
    expect(custom.loginThrottle.maxFailuresPerAccount).toBe(3);
    expect(() => loadConfig({ CORS_ORIGINS: "https://pool.example.se/path" })).toThrow(/bare origin/);
    expect(() => loadConfig({ MAX_QUERY_DEPTH: "deep" })).toThrow(/MAX_QUERY_DEPTH/);
  });

  it("reads the live-socket limits and the e-mail retries from the environment, and refuses a retry delay an attempt could outlast", async () => {
    const { loadConfig, defaultLiveLimits, defaultMail } = await import("../../../server/config.js");
    const defaults = loadConfig({});
    expect(defaults.liveLimits).toEqual(defaultLiveLimits);
    expect(defaults.mail).toMatchObject({ retryDelaySeconds: 600, maxAttempts: 5 });
    expect(defaultMail).toMatchObject({ retryDelaySeconds: 600, maxAttempts: 5 });
    const custom = loadConfig({
      LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: "5",
      LIVE_MAX_SOCKETS_PER_USER: "2",
      MAIL_RETRY_DELAY_SECONDS: "300",
      MAIL_MAX_ATTEMPTS: "3",
    });
    expect(custom.liveLimits).toEqual({ maxSubscriptionsPerSocket: 5, maxSocketsPerUser: 2 });
    expect(custom.mail).toMatchObject({ retryDelaySeconds: 300, maxAttempts: 3 });
    expect(() => loadConfig({ MAIL_RETRY_DELAY_SECONDS: "60" })).toThrow(/MAIL_RETRY_DELAY_SECONDS/);
    expect(() => loadConfig({ LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: "0" })).toThrow(/LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET/);
  });
});
