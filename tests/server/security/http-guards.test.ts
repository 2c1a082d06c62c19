import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createLogger } from "../../../server/common/logger.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, defaultLimits, loadConfig } from "../../../server/config.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../../helpers/test-server.js";

const BOARD = `{ board(first: 100) { edges { node { id title description organisation { name } workplace { name } } } } }`;

describe.skipIf(!storeAvailable)(`answers past the size limit and requests past the time limit (${store})`, () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ config: { limits: { ...defaultLimits, maxResponseBytes: 4096, requestTimeoutMs: 300 } } });
    token = await server.login("coordinator@koping.demo");
  });
  afterAll(() => server?.close());

  it("refuses an answer larger than the limit as a whole, with a typed error", async () => {
    const response = await server.gql(BOARD, {}, token);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toEqual({ code: "BAD_REQUEST", reason: "RESPONSE_TOO_LARGE", params: { maxBytes: 4096 } });
    const small = await server.gql(`{ board(first: 2) { edges { node { id } } } }`, {}, token);
    expect(small.errors).toBeUndefined();
    expect(small.data.board.edges).toHaveLength(2);
  });

  it("answers a query still running after the timeout with TIMEOUT, and the server keeps serving", async () => {
    const original = server.services.workplaces.all;
    let finish!: () => void;
    const started = new Promise<void>((resolve) => {
      // The store stays real; only this call waits until the test lets it go, as a stuck query would.
      server.services.workplaces.all = (...args: Parameters<typeof original>) =>
        new Promise((done) => {
          finish = () => done(original.apply(server.services.workplaces, args));
          resolve();
        });
    });
    try {
      const slow = server.gql(`{ workplaces { id } }`, {}, token);
      await started;
      const response = await slow;
      expect(response.status).toBe(503);
      expect(response.errors![0].extensions).toEqual({
        code: "SERVICE_UNAVAILABLE",
        reason: "REQUEST_TIMEOUT",
        params: { timeoutMs: 300 },
      });
      expect((await server.gql(`{ me { email } }`, {}, token)).data.me.email).toBe("coordinator@koping.demo");
    } finally {
      finish?.();
      server.services.workplaces.all = original;
    }
  });

  it("lets a mutation finish past the timeout instead of answering as if it failed", async () => {
    const arboga = await server.login("coordinator@arboga.demo");
    const board = await server.gql(`{ board(first: 1, filter: { freeSeatsOnly: true }) { edges { node { id } } } }`, {}, arboga);
    const claims = server.services.claims;
    const workplaces = server.services.workplaces;
    const [claimSeat, all] = [claims.claimSeat, workplaces.all];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let claimStarted!: () => void;
    const started = new Promise<void>((resolve) => (claimStarted = resolve));
    claims.claimSeat = async (...args: Parameters<typeof claimSeat>) => {
      claimStarted();
      await gate;
      return claimSeat.apply(claims, args);
    };
    workplaces.all = async (...args: Parameters<typeof all>) => {
      await gate;
      return all.apply(workplaces, args);
    };
    try {
      const claim = server.gql(
        `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id status } }`,
        { input: { placementId: board.data.board.edges[0].node.id } },
        arboga,
      );
      await started;
      // A query held the same way, started later, times out: so the claim's deadline has passed too.
      const query = await server.gql(`{ workplaces { id } }`, {}, token);
      expect(query.status).toBe(503);
      release();
      const answered = await claim;
      expect(answered.errors).toBeUndefined();
      expect(answered.data.claimSeat.status).toBe("HELD");
    } finally {
      release();
      claims.claimSeat = claimSeat;
      workplaces.all = all;
    }
  });
});

describe.skipIf(!storeAvailable)(`request logs (${store})`, () => {
  let server: TestServer;
  const lines: any[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    server = await startTestServer({
      logger: createLogger("info", sink),
    });
  });
  afterAll(() => server?.close());

  it("logs each request with its id, without the bearer token or the URL's query", async () => {
    const token = await server.login("coordinator@koping.demo");
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ me { id } }")}&token=secret-link-token`, {
      headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "1", "x-request-id": "probe-42" },
    });
    expect(response.headers.get("x-request-id")).toBe("probe-42");
    await new Promise((resolve) => setImmediate(resolve));
    const line = lines.find((entry) => entry.req?.id === "probe-42");
    expect(line, JSON.stringify(lines.slice(-3))).toBeDefined();
    expect(line.req.url).toBe("/graphql");
    expect(line.req.headers.authorization).toBe("[redacted]");
    expect(line.res.statusCode).toBe(200);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(token);
    expect(text).not.toContain("secret-link-token");
    const unnamed = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "not a valid id; DROP" } });
    expect(unnamed.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe.skipIf(!storeAvailable)(`the playground's files with the playground off (${store})`, () => {
  let clientDir: string;
  let off: TestServer;
  let on: TestServer;
  const SDL = "type Query { claimsAwaitingDecision: [Claim!]! }";
  beforeAll(async () => {
    // A build laid out as `vite build` lays it out: two entries, shared and own chunks.
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "pp-client-"));
    fs.mkdirSync(path.join(clientDir, "assets"));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(clientDir, name), text);
    write(
      "index.html",
      `<script type="module" src="/assets/main-Ab12Cd34.js"></script><link rel="stylesheet" href="/assets/main-Zz99Yy88.css">`,
    );
    write("assets/main-Ab12Cd34.js", `import "./vendor-Qw12Er34.js"; const page = () => import("./BoardPage-Ty56Ui78.js");`);
    write("assets/main-Zz99Yy88.css", `body { font-family: x; } @font-face { src: url(/assets/inter-Op90As12.woff2) }`);
    write("assets/inter-Op90As12.woff2", "font");
    write("assets/vendor-Qw12Er34.js", "export const vendor = 1;");
    write("assets/BoardPage-Ty56Ui78.js", "export default {};");
    write("playground.html", `<script type="module" src="/assets/playground-Gh34Jk56.js"></script>`);
    write(
      "assets/playground-Gh34Jk56.js",
      `import "./vendor-Qw12Er34.js"; new Worker("./graphql.worker-Lz78Xc90.js"); const sdl = ${JSON.stringify(SDL)};`,
    );
    write("assets/graphql.worker-Lz78Xc90.js", "self.onmessage = () => {};");
    write("robots.txt", "User-agent: *");
    off = await startTestServer({ clientDir, config: { production: true } });
    on = await startTestServer({ clientDir, config: { production: true, playground: true } });
  });
  afterAll(async () => {
    await off?.close();
    await on?.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it("serves neither the playground's page nor its bundle, and no served file holds the SDL", async () => {
    for (const file of ["/playground.html", "/assets/playground-Gh34Jk56.js", "/assets/graphql.worker-Lz78Xc90.js"]) {
      expect((await fetch(`${off.url}${file}`)).status, file).toBe(404);
    }
    const html = await fetch(`${off.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await html.text()).not.toContain("playground-Gh34Jk56");
    for (const file of [
      "/",
      "/index.html",
      "/assets/main-Ab12Cd34.js",
      "/assets/main-Zz99Yy88.css",
      "/assets/inter-Op90As12.woff2",
      "/assets/vendor-Qw12Er34.js",
      "/assets/BoardPage-Ty56Ui78.js",
      "/robots.txt",
      "/placements/123",
    ]) {
      const response = await fetch(`${off.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(await response.text()).not.toContain("claimsAwaitingDecision");
    }
  });

  it("serves them when the playground is on", async () => {
    for (const file of ["/playground.html", "/assets/playground-Gh34Jk56.js", "/assets/graphql.worker-Lz78Xc90.js"]) {
      expect((await fetch(`${on.url}${file}`)).status, file).toBe(200);
    }
    const html = await fetch(`${on.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await html.text()).toContain("playground-Gh34Jk56");
  });
});

describe("NODE_ENV", () => {
  const secret = { TOKEN_SECRET: "x".repeat(32) };
  it("is compared without regard to case", () => {
    for (const value of ["production", "Production", "PRODUCTION", " production "]) {
      expect(loadConfig({ NODE_ENV: value, ...secret }), value).toMatchObject({
        production: true,
        playground: false,
        introspection: false,
        seedDemo: false,
      });
    }
    expect(loadConfig({ NODE_ENV: "Development" }).production).toBe(false);
    expect(loadConfig({ NODE_ENV: "TEST" }).logLevel).toBe("silent");
  });

  it("refuses any other value at start, with a clear message", () => {
    for (const value of ["prod", "staging", "producton", "production1"]) {
      expect(() => loadConfig({ NODE_ENV: value, ...secret }), value).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV: value, ...secret }), value).toThrow(/NODE_ENV must be one of development, test, production/);
    }
  });

  it("asks production for its own token secret whatever the case", () => {
    expect(() => loadConfig({ NODE_ENV: "Production" })).toThrow(/TOKEN_SECRET/);
  });

  it("reads the log level, the grace period and the new limits", () => {
    expect(loadConfig({}).logLevel).toBe("info");
    expect(loadConfig({ LOG_LEVEL: "warn", SHUTDOWN_GRACE_SECONDS: "3" })).toMatchObject({ logLevel: "warn", shutdownGraceSeconds: 3 });
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
