import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, store, storeAvailable, type TestServer } from "../../helpers/test-server.js";

describe.skipIf(!storeAvailable)(`GraphQL over HTTP: the graphql-http server audits (${store})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    // Production settings, except that the audits' queries read `__type`, which needs introspection.
    server = await startTestServer({ config: { production: true, introspection: true } });
  });
  afterAll(() => server?.close());

  it("passes every MUST and every SHOULD", async () => {
    const results = [];
    for (const audit of serverAudits({ url: `${server.url}/graphql` })) {
      const result = await audit.fn();
      results.push({ name: audit.name, status: result.status, reason: result.status === "ok" ? "" : result.reason });
    }
    const failed = results.filter((result) => result.status !== "ok" && /^(MUST|SHOULD)\b/.test(result.name));
    const mayFailed = results.filter((result) => result.status !== "ok" && !/^(MUST|SHOULD)\b/.test(result.name));
    console.log(
      `[${store}] ${results.length} audits: ${results.filter((r) => r.status === "ok").length} ok; MAY not met: ${mayFailed.map((r) => r.name).join("; ") || "none"}`,
    );
    expect(failed).toEqual([]);
    expect(results.filter((result) => /^MUST\b/.test(result.name)).length).toBeGreaterThan(10);
  });

  it("keeps 4xx for request errors when the client accepts application/graphql-response+json", async () => {
    const response = await server.post(JSON.stringify({ query: "{" }), {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/application\/graphql-response\+json/);
  });

  it("answers request errors with 200 when the client accepts only application/json", async () => {
    for (const body of [{ query: "{" }, { query: "{ nope }" }, { query: "query($id: ID!) { placement(id: $id) { id } }", variables: {} }]) {
      const response = await server.post(JSON.stringify(body), { "content-type": "application/json", accept: "application/json" });
      expect(response.status, JSON.stringify(body)).toBe(200);
      expect(response.json.data).toBeUndefined();
      expect(response.json.errors.length).toBeGreaterThan(0);
    }
  });
});
