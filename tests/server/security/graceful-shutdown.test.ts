import fs from "node:fs";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../../../server/db/data-source.js";
import { freshStore, store, storeAvailable } from "../../helpers/test-server.js";
import { buildServer, startServerProcess, stopServerProcess, type ServerProcess } from "./server-process.js";

const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`;
const CONCURRENCY = 12;
/** SIGTERM is sent once this many claims were acknowledged, with requests in flight. */
const SIGNAL_AFTER_ACKNOWLEDGED = 60;

type Outcome =
  | { kind: "answered"; status: number; body: any; at: number }
  | { kind: "refused at connect"; code: string }
  | { kind: "broken"; detail: string };

/**
 * One POST on a connection of its own, as a client without keep-alive sends it: either a whole
 * JSON answer comes back, or the server never accepted the connection, or something broke.
 */
function post(url: string, body: unknown, token?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    let received = 0;
    const request = http.request(
      `${url}/graphql`,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          received += chunk.length;
          text += chunk;
        });
        response.on("end", () => {
          try {
            resolve({ kind: "answered", status: response.statusCode!, body: JSON.parse(text), at: Date.now() });
          } catch {
            resolve({ kind: "broken", detail: `incomplete answer (${response.statusCode}): ${text.slice(0, 200)}` });
          }
        });
        response.on("error", (error) => resolve({ kind: "broken", detail: `answer cut off: ${error.message}` }));
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      // Refused, or reset by a listening socket that closed before accepting it: no byte was answered.
      if (received === 0 && ["ECONNREFUSED", "ECONNRESET", "EPIPE"].includes(error.code ?? "")) {
        resolve({ kind: "refused at connect", code: error.code! });
      } else resolve({ kind: "broken", detail: `${error.code}: ${error.message}` });
    });
    request.end(payload);
  });
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const outcome = await post(url, { query, variables }, token);
  if (outcome.kind !== "answered") throw new Error(`${query}: ${JSON.stringify(outcome)}`);
  return outcome.body as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function login(url: string, email: string): Promise<string> {
  const result = await gql(url, `mutation($e: String!) { login(email: $e, password: "praktikpool") { token } }`, { e: email });
  return result.data.login.token;
}

describe.skipIf(!storeAvailable)(`SIGTERM drains in-flight requests before the store closes (${store})`, () => {
  let buildDir: string;
  let location: Awaited<ReturnType<typeof freshStore>>;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    buildDir = buildServer();
    location = await freshStore();
    env = {
      ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : { SQLITE_PATH: location.sqlitePath }),
      SHUTDOWN_GRACE_SECONDS: "20",
      LOG_LEVEL: "info",
    };
  }, 120_000);

  afterAll(async () => {
    await stopServerProcess(server, "SIGKILL");
    await location?.drop();
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  });

  it("answers every request in full or refuses it at connect, and stores exactly the acknowledged claims", async () => {
    server = await startServerProcess(buildDir, env);
    const { url } = server;
    const owner = await login(url, "coordinator@koping.demo");
    const claimants = await Promise.all(
      ["arboga", "kungsor", "arbetsformedlingen", "forsakringskassan"].map((slug) => login(url, `coordinator@${slug}.demo`)),
    );
    const workplaces = await gql(url, `{ workplaces { id organisation { slug } } }`, {}, owner);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "koping").id;
    const placements: string[] = [];
    for (const capacity of [500, 500]) {
      const posted = await gql(
        url,
        `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
        { input: { title: `Avslutsprov ${capacity}`, kind: "INTERNSHIP", workplaceId, capacity, startDate: "2027-01-11" } },
        owner,
      );
      placements.push(posted.data.postPlacement.id);
    }

    const acknowledged: string[] = [];
    const outcomes: Outcome[] = [];
    let signalledAt = Infinity;
    let refusedSince = false;
    const exited = new Promise<number | null>((resolve) => server!.child.once("exit", (code) => resolve(code)));
    let running = true;
    void exited.then(() => (running = false));
    let enoughAcknowledged!: () => void;
    const signalTime = new Promise<void>((resolve) => (enoughAcknowledged = resolve));
    const worker = async (n: number) => {
      for (let i = 0; running && !refusedSince; i++) {
        const outcome = await post(
          url,
          { query: CLAIM, variables: { input: { placementId: placements[(n + i) % placements.length] } } },
          claimants[(n + i) % claimants.length],
        );
        outcomes.push(outcome);
        if (outcome.kind === "answered" && outcome.body.data?.claimSeat?.id) acknowledged.push(outcome.body.data.claimSeat.id);
        if (acknowledged.length >= SIGNAL_AFTER_ACKNOWLEDGED) enoughAcknowledged();
        // Once the server refuses connections it is gone; stop this worker.
        if (outcome.kind === "refused at connect") refusedSince = true;
      }
    };
    const workers = Array.from({ length: CONCURRENCY }, (_, n) => worker(n));
    await signalTime;
    signalledAt = Date.now();
    server.child.kill("SIGTERM");
    const exitCode = await exited;
    await Promise.all(workers);

    const answered = outcomes.filter((o): o is Extract<Outcome, { kind: "answered" }> => o.kind === "answered");
    const broken = outcomes.filter((o) => o.kind === "broken");
    const answeredAfterSignal = answered.filter((o) => o.at >= signalledAt).length;
    const refused = outcomes.filter((o): o is Extract<Outcome, { kind: "refused at connect" }> => o.kind === "refused at connect");
    const refusedAtConnect = `${refused.length} (${refused.filter((o) => o.code === "ECONNREFUSED").length} refused, ${refused.filter((o) => o.code !== "ECONNREFUSED").length} reset from the listen queue)`;
    const unexpected = answered.filter(
      (o) => !o.body.data?.claimSeat?.id && !["SHUTTING_DOWN", "NOT_ENOUGH_FREE_SEATS"].includes(o.body.errors?.[0]?.extensions?.reason),
    );
    console.log(
      `[${store}] SIGTERM: ${outcomes.length} claims fired, ${acknowledged.length} acknowledged, ${answeredAfterSignal} answered after the signal, ${refusedAtConnect} refused at connect, ${broken.length} broken; exit code ${exitCode}`,
    );
    expect(exitCode).toBe(0);
    expect(broken).toEqual([]);
    expect(unexpected.map((o) => o.body)).toEqual([]);
    expect(answeredAfterSignal, "requests in flight at the signal were answered").toBeGreaterThan(0);

    const dataSource = createDataSource(location);
    await dataSource.initialize();
    try {
      // The demo data has claims of its own; only the stream's placements count.
      const rows = await dataSource.query(`SELECT "id", "placementId" FROM "claim"`);
      const stored = rows
        .filter((row: { placementId: string }) => placements.includes(row.placementId))
        .map((row: { id: string }) => row.id)
        .sort();
      expect(stored).toEqual([...acknowledged].sort());
    } finally {
      await dataSource.destroy();
    }
    expect(server.output()).toMatch(/shutting down/);
    expect(server.output()).toMatch(/"msg":"stopped"/);
  }, 120_000);

  it("drains keep-alive clients too: their connections close with the last answer", async () => {
    // A grace period shorter than Node's 5 s keep-alive timeout: idle sockets left open would outlast it.
    server = await startServerProcess(buildDir, { ...env, SHUTDOWN_GRACE_SECONDS: "3" });
    const { url } = server;
    // fetch keeps connections alive between requests, as browsers and most clients do.
    const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    };
    const owner = (await call(`mutation { login(email: "coordinator@koping.demo", password: "praktikpool") { token } }`, {})).body.data
      .login.token;
    const claimant = (await call(`mutation { login(email: "coordinator@arboga.demo", password: "praktikpool") { token } }`, {})).body.data
      .login.token;
    const workplaces = await call(`{ workplaces { id organisation { slug } } }`, {}, owner);
    const workplaceId = workplaces.body.data.workplaces.find((w: any) => w.organisation.slug === "koping").id;
    const posted = await call(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title: "Avslutsprov med keep-alive", kind: "INTERNSHIP", workplaceId, capacity: 500, startDate: "2027-01-11" } },
      owner,
    );
    const placementId = posted.body.data.postPlacement.id;

    const acknowledged: string[] = [];
    let failed = 0;
    let stop = false;
    let enough!: () => void;
    const signalTime = new Promise<void>((resolve) => (enough = resolve));
    const worker = async () => {
      while (!stop) {
        try {
          const answer = await call(CLAIM, { input: { placementId } }, claimant);
          if (answer.body.data?.claimSeat?.id) acknowledged.push(answer.body.data.claimSeat.id);
          else if (answer.body.errors?.[0]?.extensions?.reason === "SHUTTING_DOWN") stop = true;
          else throw new Error(JSON.stringify(answer.body));
          if (acknowledged.length >= 30) enough();
        } catch (error) {
          if (!(error instanceof TypeError)) throw error; // fetch's network failure: not answered
          failed++;
          stop = true;
        }
      }
    };
    const workers = Array.from({ length: CONCURRENCY }, () => worker());
    await signalTime;
    const exited = new Promise<number | null>((resolve) => server!.child.once("exit", (code) => resolve(code)));
    server.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    stop = true;
    await Promise.all(workers);
    console.log(`[${store}] SIGTERM with keep-alive clients: ${acknowledged.length} acknowledged, ${failed} not answered`);
    expect(server.output(), "drained without waiting out the grace period").not.toMatch(/after the grace period/);

    const dataSource = createDataSource(location);
    await dataSource.initialize();
    try {
      const rows = await dataSource.query(
        `SELECT "id" FROM "claim" WHERE "placementId" = $1`.replace("$1", store === "sqlite" ? "?" : "$1"),
        [placementId],
      );
      expect(rows.map((row: { id: string }) => row.id).sort()).toEqual([...acknowledged].sort());
    } finally {
      await dataSource.destroy();
    }
  }, 120_000);

  it("refuses an unknown NODE_ENV at start with a clear message", async () => {
    await expect(startServerProcess(buildDir, { ...env, NODE_ENV: "Staging" })).rejects.toThrow(
      /exited with 1: Configuration error: NODE_ENV must be one of development, test, production, got "Staging"/,
    );
  });
});
