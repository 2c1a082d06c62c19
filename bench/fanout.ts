/**
 * Fan-out benchmark for live updates (`npm run bench:fanout`): 1,000 graphql-ws subscribers spread
 * over two server processes (`node dist/server/main.js`, production mode) on one PostgreSQL
 * database, a stream of claims through both processes, and for every claim the time from its
 * HTTP answer to each subscriber's `placementUpdated` event with the new freeSeats. Also the
 * servers' resident memory per open socket. Writes bench/results/fanout-<time>.json.
 *
 * Environment: BENCH_DATABASE_URL (an admin URL; a database of its own is created and dropped,
 * default postgres://postgres@127.0.0.1:5432/postgres), FANOUT_SUBSCRIBERS (1000), FANOUT_CLAIMS (40).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createClient, type Client } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS ?? 1000);
const CLAIMS = Number(process.env.FANOUT_CLAIMS ?? 40);
const TOKEN_SECRET = "fanout-bench-secret-fanout-bench-secret-1234";
const dist = path.resolve(import.meta.dirname, "..");
const ORGS = ["koping", "arboga", "kungsor", "arbetsformedlingen", "forsakringskassan"];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(database: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(dist, "server/main.js")], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      SEED_DEMO: "true",
      TOKEN_SECRET,
      DATABASE_URL: database,
      PORT: String(port),
      LOG_LEVEL: "warn",
      // A thousand sockets from one address is this benchmark, not an attack.
      LOGIN_MAX_FAILURES_PER_ADDRESS: "100000",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (attempt > 600) throw new Error("server did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const login = async (url: string, email: string) =>
  (await gql(url, `mutation($e: String!) { login(email: $e, password: "praktikpool") { token } }`, { e: email })).login.token as string;

/** Resident memory of a process in kB (VmRSS). */
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

interface Subscriber {
  client: Client;
  /** placementId:freeSeats → when it arrived (performance.now()). */
  seen: Map<string, number>;
  onEvent?: () => void;
}

async function main() {
  const name = `pp_fanout_${Date.now()}`;
  await admin(`CREATE DATABASE ${name}`);
  const database = databaseUrl(name);
  const servers: Server[] = [];
  const subscribers: Subscriber[] = [];
  const started = Date.now();
  try {
    // The first process migrates and seeds; the second starts on the ready store.
    servers.push(await startServer(database));
    servers.push(await startServer(database));
    const [first, second] = servers;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssBefore = servers.map((server) => rssKb(server.child.pid!));

    const koping = await login(first.url, "coordinator@koping.demo");
    const claimer = await login(second.url, "coordinator@kungsor.demo");
    const workplace = (await gql(first.url, `{ workplaces { id } }`, {}, koping)).workplaces[0];
    const placement = (
      await gql(
        first.url,
        `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
        { input: { title: "Fan-out", kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 500, startDate: "2027-09-06" } },
        koping,
      )
    ).postPlacement.id as string;

    // One token per demo account (a login is an argon2 hash); many sockets share each.
    const tokens: string[] = [];
    for (const org of ORGS)
      for (const role of ["coordinator", "admin", "viewer"]) tokens.push(await login(first.url, `${role}@${org}.demo`));

    const openStarted = performance.now();
    await Promise.all(
      Array.from({ length: SUBSCRIBERS }, async (_, index) => {
        const server = servers[index % servers.length];
        const subscriber: Subscriber = {
          seen: new Map(),
          client: createClient({
            url: server.url.replace("http", "ws") + "/graphql",
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${tokens[index % tokens.length]}` },
            lazy: false,
            retryAttempts: 0,
            onNonLazyError: () => undefined,
          }),
        };
        subscribers.push(subscriber);
        subscriber.client.subscribe<{ placementUpdated: { id: string; freeSeats: number; description: string } }>(
          { query: `subscription { placementUpdated { id freeSeats description } }` },
          {
            next: ({ data }) => {
              if (!data) return;
              const key = `${data.placementUpdated.id}:${data.placementUpdated.freeSeats}:${data.placementUpdated.description}`;
              if (!subscriber.seen.has(key)) subscriber.seen.set(key, performance.now());
              subscriber.onEvent?.();
            },
            error: () => undefined,
            complete: () => undefined,
          },
        );
      }),
    );
    // Every subscriber registered: touch the placement until all have heard of it.
    const allHeard = (key: string) => subscribers.every((subscriber) => subscriber.seen.has(key));
    for (let attempt = 0; ; attempt++) {
      await gql(
        first.url,
        `mutation($id: ID!, $d: String!) { updatePlacement(id: $id, input: { description: $d }) { id } }`,
        { id: placement, d: `ready ${attempt}` },
        koping,
      );
      const key = `${placement}:500:ready ${attempt}`;
      const deadline = performance.now() + 3000;
      while (!allHeard(key) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      if (allHeard(key)) break;
      if (attempt > 60) throw new Error("not every subscriber registered");
    }
    const openSeconds = (performance.now() - openStarted) / 1000;
    const rssAfter = servers.map((server) => rssKb(server.child.pid!));
    const description = (await gql(first.url, `query($id: ID!) { placement(id: $id) { description } }`, { id: placement }, koping))
      .placement.description;

    // The stream: one claim after another, alternating processes; each waits for its fan-out (at most 10 s).
    const latencies: number[] = [];
    let missed = 0;
    for (let claim = 0; claim < CLAIMS; claim++) {
      const via = servers[claim % servers.length];
      const answer = await gql(
        via.url,
        `mutation($p: ID!) { claimSeat(input: { placementId: $p }) { placement { freeSeats } } }`,
        { p: placement },
        claimer,
      );
      const answeredAt = performance.now();
      const key = `${placement}:${answer.claimSeat.placement.freeSeats}:${description}`;
      const deadline = answeredAt + 10_000;
      while (!allHeard(key) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      for (const subscriber of subscribers) {
        const at = subscriber.seen.get(key);
        if (at === undefined) missed++;
        else latencies.push(at - answeredAt);
      }
    }
    latencies.sort((a, b) => a - b);
    const perConnectionKb = servers.map((_, index) => (rssAfter[index] - rssBefore[index]) / (SUBSCRIBERS / servers.length));
    const result = {
      at: new Date().toISOString(),
      subscribers: SUBSCRIBERS,
      processes: servers.length,
      claims: CLAIMS,
      deliveries: latencies.length,
      missed,
      // From the claim's HTTP answer to the event at a subscriber; negative: the event came first.
      latencyMs: {
        p50: Number(percentile(latencies, 50).toFixed(1)),
        p90: Number(percentile(latencies, 90).toFixed(1)),
        p99: Number(percentile(latencies, 99).toFixed(1)),
        max: Number(latencies.at(-1)!.toFixed(1)),
        min: Number(latencies[0].toFixed(1)),
      },
      memoryPerConnectionKb: perConnectionKb.map((kb) => Math.round(kb)),
      serverRssMb: { before: rssBefore.map((kb) => Math.round(kb / 1024)), after: rssAfter.map((kb) => Math.round(kb / 1024)) },
      openAndRegisterSeconds: Number(openSeconds.toFixed(1)),
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(JSON.stringify(result, null, 2));
    const out = path.resolve(dist, "..", "bench/results");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `fanout-${result.at.replace(/[:.]/g, "-")}.json`), JSON.stringify(result, null, 2) + "\n");
    if (missed > 0) process.exitCode = 1;
  } finally {
    await Promise.all(subscribers.map((subscriber) => subscriber.client.dispose()));
    for (const server of servers) {
      const exited = new Promise((resolve) => server.child.once("exit", resolve));
      server.child.kill("SIGTERM");
      await exited;
    }
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
