import "reflect-metadata";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import argon2 from "argon2";
import Database from "better-sqlite3";
import pg from "pg";
import { openStore } from "../server/db/open-store.js";
import { boardBody, claimBody } from "./board-query.js";
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_TOKEN, buildDataset, insertDatasetThrough } from "./dataset.js";
import { generateStore } from "./generate-store.js";
import type { LoadResult, LoadSpec } from "./load.js";

/**
 * `npm run bench`: the API against hand-written baselines, on both stores, with every budget of
 * the README's Performance section printed as PASS or FAIL (exit code 1 on a FAIL). How to read
 * it: the README. `BENCH_QUICK=1` runs every phase briefly on small stores (to build and debug
 * the bench; its figures mean little). `BENCH_ONLY=board,mixed,claims,postgres,render` runs only
 * those phases and prints their log lines, without budgets (to compare a change in one run).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const storesDir = path.join(root, "bench/stores");
const TOKEN_SECRET = "bench-token-secret-bench-token-secret-0123";
const QUICK = process.env.BENCH_QUICK === "1";
const SIZES = (process.env.BENCH_SIZES ?? (QUICK ? "1000,10000" : "1000,10000,100000")).split(",").map(Number);
/** Length of one measured closed-loop turn, and of each warm-up. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 1 : 5));
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? (QUICK ? 1 : 2));
/** Server and baseline take turns this many times per phase. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Paced latency phase: this many requests, one at a time, every LATENCY_INTERVAL_MS. */
const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS ?? (QUICK ? 20 : 100));
const LATENCY_INTERVAL_MS = 50;
/** One request in this many of the mixed load is a claim (5 %). */
const MIX_EVERY = 20;
const PG_PLACEMENTS = Number(process.env.BENCH_PG_PLACEMENTS ?? (QUICK ? 1000 : 20000));
/** Seats added to each claim target on PostgreSQL after its board is measured (see benchPostgres). */
const PG_EXTRA_SEATS = 20;
const BENCH_PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const RENDER_RUNS = QUICK ? 1 : 3;
const SERVER_PORT = 4711;
const SECOND_SERVER_PORT = 4713;
const BASELINE_PORT = 4712;
const HOLD_TTL_MINUTES = 60;
const headers = { "content-type": "application/json", authorization: `Bearer ${BENCH_TOKEN}` };

/** Two cores or more: what is measured on core 0, the load generator on core 1. */
const PIN = os.cpus().length >= 2 && fs.existsSync("/usr/bin/taskset") && process.env.BENCH_NO_PIN !== "1";
const SERVER_CORES = "0";
const LOAD_CORES = "1";

const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spawnPinned(cores: string | null, script: string, args: string[], options: Parameters<typeof spawn>[2]): ChildProcess {
  return PIN && cores
    ? spawn("/usr/bin/taskset", ["-c", cores, process.execPath, script, ...args], options)
    : spawn(process.execPath, [script, ...args], options);
}

function startProcess(script: string, env: Record<string, string>, cores: string | null = SERVER_CORES): ChildProcess {
  const child = spawnPinned(cores, script, [], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`  [${path.basename(script)}] ${chunk}`));
  child.stdout!.resume();
  return child;
}

async function waitFor(url: string, body: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(url, { method: "POST", headers, body });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(5000).then(() => child.kill("SIGKILL"))]);
}

/** The API's production build; with `databaseUrl` on PostgreSQL. taskset execs node, so the pid is node's. */
/**
 * With two server processes, the second runs on the load generator's core (BENCH_TWO_CORES=0
 * keeps both on core 0): two processes on one core wait for each other's time slices at every
 * round trip (measured: 40 claims/s with both on core 0 against 146/s on a core each, in one
 * quick run), so on a 2-core machine the second shares a core with the load generator instead.
 */
const TWO_ON_TWO_CORES = process.env.BENCH_TWO_CORES !== "0";

function startServer(store: { sqlitePath?: string; databaseUrl?: string }, port = SERVER_PORT): ChildProcess {
  const cores = port === SECOND_SERVER_PORT && TWO_ON_TWO_CORES ? LOAD_CORES : SERVER_CORES;
  return startProcess(
    path.join(dist, "server/main.js"),
    {
      NODE_ENV: "production",
      TOKEN_SECRET,
      SEED_DEMO: "false",
      SQLITE_PATH: store.sqlitePath ?? path.join(os.tmpdir(), "praktikpool-bench-unused.sqlite"),
      DATABASE_URL: store.databaseUrl ?? "",
      PORT: String(port),
      HOLD_SWEEP_SECONDS: "3600",
      HOLD_TTL_MINUTES: String(HOLD_TTL_MINUTES),
      LOG_LEVEL: "silent",
    },
    cores,
  );
}

function startBaseline(store: { sqlitePath?: string; databaseUrl?: string }): ChildProcess {
  return startProcess(path.join(dist, "bench/baseline-server.js"), {
    TOKEN_SECRET,
    SQLITE_PATH: store.sqlitePath ?? "",
    DATABASE_URL: store.databaseUrl ?? "",
    HOLD_TTL_MINUTES: String(HOLD_TTL_MINUTES),
    PORT: String(BASELINE_PORT),
  });
}

/** The load generator in its own process, on its own core. */
function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The spec may hold thousands of request bodies: too long for a command line, so it goes in a file.
    const specFile = path.join(os.tmpdir(), `praktikpool-bench-load-${process.pid}.json`);
    fs.writeFileSync(specFile, JSON.stringify(spec));
    const child = spawnPinned(LOAD_CORES, path.join(dist, "bench/load.js"), [specFile], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as LoadResult) : reject(new Error(`load exited ${code}`))));
  });
}

/** Peak resident memory (VmHWM) of a process, in MB. */
function peakMemoryMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** Whole-machine CPU busy fraction over a period: how loaded the machine was besides us. */
function machineTicks(): { busy: number; total: number } {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.split(/\s+/).slice(1).map(Number);
  const idle = line[3]! + line[4]!;
  const total = line.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

type Run = LoadResult & { cpuSeconds: number };

/** One load run, with the CPU the measured processes spent on it. */
async function measured(pids: number[], spec: LoadSpec): Promise<Run> {
  const before = pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const result = await runLoad(spec);
  return { ...result, cpuSeconds: pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - before };
}

interface Side {
  requestsPerSecond: number;
  /** Median over the turns (robust against a neighbour's burst of load on a shared machine). */
  p50: number;
  p99: number;
  /** CPU milliseconds per request: what the measured processes themselves spent. The primary ratio. */
  cpuMsPerRequest: number;
  ok: number;
  errorCodes: Record<string, number>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function combine(runs: Run[]): Side {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const errorCodes: Record<string, number> = {};
  for (const run of runs) for (const [code, n] of Object.entries(run.errorCodes)) errorCodes[code] = (errorCodes[code] ?? 0) + n;
  return {
    requestsPerSecond: Math.round(median(runs.map((run) => run.requestsPerSecond))),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuMsPerRequest: Number(((1000 * runs.reduce((sum, run) => sum + run.cpuSeconds, 0)) / Math.max(1, requests)).toFixed(3)),
    ok: runs.reduce((sum, run) => sum + run.ok, 0),
    errorCodes,
  };
}

/** Warm-up, then `ROUNDS` measured turns per side, alternating. */
async function alternate(sides: { pids: number[]; spec: (seconds: number) => LoadSpec }[]): Promise<Side[]> {
  for (const side of sides) await runLoad(side.spec(WARM_SECONDS));
  const runs: Run[][] = sides.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, side] of sides.entries()) runs[index]!.push(await measured(side.pids, side.spec(SECONDS)));
  }
  return runs.map(combine);
}

/** SQL statements per board request, counted by the server's own StatementCounter (bench/count-statements.ts). */
interface StatementCounts {
  first10: number;
  first50: number;
  warm10: number;
  warm50: number;
  first50After: number;
}

function statementsPerBoard(sqlitePath: string): Promise<StatementCounts> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dist, "bench/count-statements.js"), sqlitePath, TOKEN_SECRET], {
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`count-statements exited ${code}`))));
  });
}

const closed =
  (url: string, extra: Partial<LoadSpec> = {}) =>
  (seconds: number): LoadSpec => ({
    url,
    headers,
    body: boardBody(50),
    seconds,
    connections: CONNECTIONS,
    ...extra,
  });

/** A copy of a cached store for phases that write (claims, the mixed load, the latency touches). */
function copyStore(source: string, name: string): string {
  const target = path.join(storesDir, `run-${process.pid}-${name}.sqlite`);
  fs.copyFileSync(source, target);
  return target;
}
const removeStore = (file: string) => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
};

/** Claim targets: every open placement all partners see, once per free seat, in a fixed shuffled order. */
function claimTargets(rows: { id: string; free: number }[]): string[] {
  const slots = rows.flatMap((row) => Array.from({ length: row.free }, () => row.id));
  let state = 42;
  for (let i = slots.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  return slots;
}
/**
 * Claims go to placements of ANOTHER organisation than the bench user's: the pool's reason to
 * exist, and the claims that also write the owner's notification rows in their transaction.
 */
const OTHERS_PLACEMENT = `"organisationId" <> (SELECT "organisationId" FROM "user" WHERE "email" = '${BENCH_EMAIL}')`;
const TARGETS_SQL = `SELECT "id", "capacity" - "seatsTaken" AS free FROM "placement" WHERE "status" = 'OPEN' AND "visibility" = 'ALL_PARTNERS' AND "seatsTaken" < "capacity" AND ${OTHERS_PLACEMENT} ORDER BY "id"`;
const mixedBodies = (targets: string[]) =>
  targets.slice(0, 2000).flatMap((target) => [...Array.from({ length: MIX_EVERY - 1 }, () => boardBody(50)), claimBody(target)]);

/** The board on SQLite at one store size: statements, same JSON, read-only closed loop, paced (uncached) latency. */
async function benchBoard(placements: number) {
  const source = await generateStore({ placements, dir: storesDir, tokenSecret: TOKEN_SECRET });
  log(`board at ${placements} placements (${path.relative(root, source)})`);
  const statements = await statementsPerBoard(source);
  // The latency phase commits (user_version) before each request; it runs on a copy.
  const sqlitePath = copyStore(source, `board-${placements}`);
  const server = startServer({ sqlitePath });
  const baseline = startBaseline({ sqlitePath });
  const serverUrl = `http://127.0.0.1:${SERVER_PORT}/graphql`;
  const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}/graphql`;
  try {
    await Promise.all([waitFor(serverUrl, boardBody(1)), waitFor(baselineUrl, boardBody(1))]);
    const [fromServer, fromBaseline] = await Promise.all(
      [serverUrl, baselineUrl].map(async (url) => (await fetch(url, { method: "POST", headers, body: boardBody(50) })).text()),
    );
    const sameJson = fromServer === fromBaseline;
    if (!sameJson) log("WARNING: server and baseline answered differently for the same page");

    const [readOnlyServer, readOnlyBaseline] = await alternate([
      { pids: [server.pid!], spec: closed(serverUrl) },
      { pids: [baseline.pid!], spec: closed(baselineUrl) },
    ]);
    const paced = (url: string): LoadSpec => ({
      url,
      headers,
      body: boardBody(50),
      seconds: 0,
      connections: 1,
      paced: { requests: LATENCY_REQUESTS, intervalMs: LATENCY_INTERVAL_MS, touchSqlite: sqlitePath },
    });
    await runLoad({ ...paced(serverUrl), paced: { ...paced(serverUrl).paced!, requests: 10 } }); // warm-up
    const latencyServer = await runLoad(paced(serverUrl));
    await runLoad({ ...paced(baselineUrl), paced: { ...paced(baselineUrl).paced!, requests: 10 } });
    const latencyBaseline = await runLoad(paced(baselineUrl));
    const result = {
      placements,
      statements,
      sameJson,
      readOnly: {
        server: readOnlyServer!,
        baseline: readOnlyBaseline!,
        cpuRatio: readOnlyServer!.cpuMsPerRequest / readOnlyBaseline!.cpuMsPerRequest,
      },
      /** One request at a time, each after a commit: no cache can answer it. */
      latency: {
        server: { p50: latencyServer.p50, p99: latencyServer.p99 },
        baseline: { p50: latencyBaseline.p50, p99: latencyBaseline.p99 },
      },
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
      baselinePeakMemoryMb: peakMemoryMb(baseline.pid!),
    };
    log(
      `  read-only: server ${readOnlyServer!.requestsPerSecond} req/s, ${readOnlyServer!.cpuMsPerRequest} CPU ms/req; baseline ${readOnlyBaseline!.requestsPerSecond} req/s, ${readOnlyBaseline!.cpuMsPerRequest} CPU ms/req; uncached p50 ${latencyServer.p50} / ${latencyBaseline.p50} ms`,
    );
    return result;
  } finally {
    await Promise.all([stopProcess(server), stopProcess(baseline)]);
    removeStore(sqlitePath);
  }
}

/** Invariant on a SQLite file or PostgreSQL database after claims: no overbooking, every acknowledged claim stored. */
async function invariant(query: (sql: string) => Promise<Record<string, unknown>[]>, acknowledgedIds: string[]) {
  const one = async (sql: string) => Number(Object.values((await query(sql))[0]!)[0]);
  const overbooked = await one(`SELECT COUNT(*) AS n FROM "placement" WHERE "seatsTaken" > "capacity"`);
  const mismatched = await one(
    `SELECT COUNT(*) AS n FROM "placement" p WHERE p."seatsTaken" <> (SELECT COALESCE(SUM(c."seats"), 0) FROM "claim" c WHERE c."placementId" = p."id" AND c."status" IN ('HELD', 'CONFIRMED', 'ACTIVE'))`,
  );
  let lost = 0;
  let unnotified = 0;
  for (let start = 0; start < acknowledgedIds.length; start += 500) {
    const chunk = acknowledgedIds.slice(start, start + 500);
    const ids = chunk.map((id) => `'${id.replace(/'/g, "")}'`).join(", ");
    const found = await one(`SELECT COUNT(*) AS n FROM "claim" WHERE "id" IN (${ids})`);
    lost += chunk.length - found;
    // Every target is another organisation's placement: each stored claim told the owner.
    unnotified += await one(
      `SELECT COUNT(*) AS n FROM "claim" c WHERE c."id" IN (${ids}) AND NOT EXISTS (SELECT 1 FROM "notification" n WHERE n."claimId" = c."id" AND n."event" = 'CLAIM_ON_OUR_PLACEMENT')`,
    );
  }
  return { overbooked, mismatched, acknowledged: acknowledgedIds.length, lostAcknowledged: lost, unnotified };
}

/** 200 claims at once on one placement must give exactly its free seats. */
async function burst(url: string, placementId: string) {
  const answers = await Promise.all(
    Array.from({ length: 200 }, () =>
      fetch(url, { method: "POST", headers, body: claimBody(placementId) }).then(
        (response) => response.json() as Promise<{ errors?: unknown; data?: { claimSeat: { id: string } } }>,
      ),
    ),
  );
  return answers.flatMap((answer) => (answer.errors || !answer.data ? [] : [answer.data.claimSeat.id]));
}

/** fsync cost of this disk where the stores live: 4 KiB appended and fdatasync'ed, 200 times. */
function fsyncLatency(dir: string) {
  const file = path.join(dir, `fsync-probe-${process.pid}`);
  const fd = fs.openSync(file, "w");
  const times: number[] = [];
  const block = Buffer.alloc(4096, 1);
  try {
    for (let i = 0; i < 200; i++) {
      fs.writeSync(fd, block);
      const started = process.hrtime.bigint();
      fs.fdatasyncSync(fd);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  times.sort((a, b) => a - b);
  return { p50Ms: Number(times[100]!.toFixed(3)), p90Ms: Number(times[180]!.toFixed(3)) };
}

/** claimSeat closed loop (warm-up, then measured) on one target list; ids of acknowledged claims collected. */
async function claimStream(pids: number[], urls: string[], targets: string[]) {
  const bodies = targets.map(claimBody);
  // Each run goes on where the previous stopped, so no seat is asked for twice (a request still in
  // flight when a run stops may be skipped: at most one per connection).
  let offset = 0;
  let ranOut = false;
  const run = async (seconds: number, measure: boolean) => {
    const spec: LoadSpec = {
      url: urls[0]!,
      urls,
      headers,
      bodies: bodies.slice(offset),
      seconds,
      connections: CONNECTIONS,
      collectIds: true,
    };
    const result = measure ? await measured(pids, spec) : { ...(await runLoad(spec)), cpuSeconds: 0 };
    offset += result.requests + CONNECTIONS;
    if (offset >= bodies.length) ranOut = true;
    if (offset >= bodies.length) log(`  WARNING: the claim stream ran out of free seats (${bodies.length}); later claims were refused`);
    return result;
  };
  const warm = await run(WARM_SECONDS, false);
  const runs: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) runs.push(await run(SECONDS, true));
  const side = combine(runs);
  return {
    side,
    claimsPerSecond: Math.round(side.ok / (ROUNDS * SECONDS)),
    /** The stream asked for more seats than were free: its claims/s is a floor, not a measurement. */
    ranOut,
    ids: [...warm.ids!, ...runs.flatMap((run) => run.ids!)],
  };
}

/** Server and baseline, each on its own copy of the same cached store, for phases that write. */
async function withCopies<T>(
  placements: number,
  work: (copies: { serverPath: string; baselinePath: string; source: string }) => Promise<T>,
) {
  const source = await generateStore({ placements, dir: storesDir, tokenSecret: TOKEN_SECRET });
  const serverPath = copyStore(source, "writes-server");
  const baselinePath = copyStore(source, "writes-baseline");
  try {
    return await work({ serverPath, baselinePath, source });
  } finally {
    removeStore(serverPath);
    removeStore(baselinePath);
  }
}

const SERVER_URL = `http://127.0.0.1:${SERVER_PORT}/graphql`;
const BASELINE_URL = `http://127.0.0.1:${BASELINE_PORT}/graphql`;

/** SQLite, mixed load: 19 board pages then one claim, over and over; every claim's commit invalidates the server's cache. */
async function benchMixed(placements: number) {
  return withCopies(placements, async ({ serverPath, baselinePath, source }) => {
    const db = new Database(source, { readonly: true });
    const targets = claimTargets(db.prepare(TARGETS_SQL).all() as { id: string; free: number }[]);
    db.close();
    const server = startServer({ sqlitePath: serverPath });
    const baseline = startBaseline({ sqlitePath: baselinePath });
    try {
      await Promise.all([waitFor(SERVER_URL, boardBody(1)), waitFor(BASELINE_URL, boardBody(1))]);
      const bodies = mixedBodies(targets);
      const [mixedServer, mixedBaseline] = await alternate([
        { pids: [server.pid!], spec: closed(SERVER_URL, { bodies, body: undefined }) },
        { pids: [baseline.pid!], spec: closed(BASELINE_URL, { bodies, body: undefined }) },
      ]);
      log(
        `mixed at ${placements} placements (1 in ${MIX_EVERY} a claim): server ${mixedServer!.cpuMsPerRequest} CPU ms/req, baseline ${mixedBaseline!.cpuMsPerRequest}`,
      );
      return {
        placements,
        server: mixedServer!,
        baseline: mixedBaseline!,
        cpuRatio: mixedServer!.cpuMsPerRequest / mixedBaseline!.cpuMsPerRequest,
      };
    } finally {
      await Promise.all([stopProcess(server), stopProcess(baseline)]);
    }
  });
}

/** SQLite, claimSeat as fast as each side takes it (enough free seats in the largest store), then the invariant in each file. */
async function benchSqliteClaims(placements: number) {
  return withCopies(placements, async ({ serverPath, baselinePath, source }) => {
    const db = new Database(source, { readonly: true });
    const hot = db
      .prepare(
        `SELECT "id", "capacity" FROM "placement" WHERE "status" = 'OPEN' AND "visibility" = 'ALL_PARTNERS' AND "seatsTaken" = 0 AND ${OTHERS_PLACEMENT} ORDER BY "capacity" DESC, "id" LIMIT 1`,
      )
      .get() as { id: string; capacity: number };
    const targets = claimTargets(db.prepare(TARGETS_SQL).all() as { id: string; free: number }[]).filter((target) => target !== hot.id);
    db.close();
    const fsync = fsyncLatency(storesDir);
    log(
      `SQLite claims at ${placements} placements (${targets.length} free seats): fsync p50 ${fsync.p50Ms} ms (p90 ${fsync.p90Ms} ms) on this disk`,
    );
    const server = startServer({ sqlitePath: serverPath });
    const baseline = startBaseline({ sqlitePath: baselinePath });
    try {
      await Promise.all([waitFor(SERVER_URL, boardBody(1)), waitFor(BASELINE_URL, boardBody(1))]);
      const serverClaims = await claimStream([server.pid!], [SERVER_URL], targets);
      const baselineClaims = await claimStream([baseline.pid!], [BASELINE_URL], targets);
      const burstIds = await burst(SERVER_URL, hot.id);
      await Promise.all([stopProcess(server), stopProcess(baseline)]);
      const check = (file: string) => {
        const handle = new Database(file, { readonly: true });
        return { query: async (sql: string) => handle.prepare(sql).all() as Record<string, unknown>[], close: () => handle.close() };
      };
      const serverCheck = check(serverPath);
      const baselineCheck = check(baselinePath);
      const hotTaken = Number(
        Object.values((await serverCheck.query(`SELECT "seatsTaken" FROM "placement" WHERE "id" = '${hot.id}'`))[0]!)[0],
      );
      const result = {
        placements,
        fsync,
        server: {
          ...serverClaims.side,
          claimsPerSecond: serverClaims.claimsPerSecond,
          ranOut: serverClaims.ranOut,
          invariant: await invariant(serverCheck.query, [...serverClaims.ids, ...burstIds]),
        },
        baseline: {
          ...baselineClaims.side,
          claimsPerSecond: baselineClaims.claimsPerSecond,
          ranOut: baselineClaims.ranOut,
          invariant: await invariant(baselineCheck.query, baselineClaims.ids),
        },
        burst: { requests: 200, capacity: hot.capacity, accepted: burstIds.length, seatsTaken: hotTaken },
      };
      serverCheck.close();
      baselineCheck.close();
      log(
        `  claims: server ${result.server.claimsPerSecond}/s (${result.server.cpuMsPerRequest} CPU ms), baseline ${result.baseline.claimsPerSecond}/s (${result.baseline.cpuMsPerRequest} CPU ms); invariant server ${JSON.stringify(result.server.invariant)}, baseline ${JSON.stringify(result.baseline.invariant)}`,
      );
      return result;
    } finally {
      await Promise.all([stopProcess(server), stopProcess(baseline)]);
    }
  });
}

/** A fresh PostgreSQL database of the bench's pool, or null when none answers. */
async function postgresDatabase(name: string, template: string | null) {
  const admin = new pg.Client({ connectionString: BENCH_PG_URL });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await admin.end();
  }
  const url = new URL(BENCH_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropPostgresDatabase(name: string) {
  const admin = new pg.Client({ connectionString: BENCH_PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

/** PostgreSQL: board (one and two server processes) and claims (baseline, one and two server processes), each claim run on a fresh copy. */
async function benchPostgres() {
  const templateName = `praktikpool_bench_${process.pid}`;
  const templateUrl = await postgresDatabase(templateName, null);
  if (!templateUrl) return null;
  const created: string[] = [templateName];
  try {
    const started = performance.now();
    const store = await openStore({ databaseUrl: templateUrl, sqlitePath: "", seedDemo: false });
    const dataset = buildDataset({
      placements: PG_PLACEMENTS,
      tokenSecret: TOKEN_SECRET,
      passwordHash: await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id }),
      dates: "date",
    });
    await store.writer.transaction((manager) =>
      insertDatasetThrough({ options: store.writer.options, query: (sql, parameters) => manager.query(sql, parameters) }, dataset),
    );
    await store.writer.query("ANALYZE");
    const targetRows = (await store.writer.query(TARGETS_SQL)) as { id: string; free: number | string }[];
    const settings = (await store.writer.query(
      `SELECT current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fs, version() AS v`,
    )) as {
      sc: string;
      fs: string;
      v: string;
    }[];
    await store.close();
    log(
      `PostgreSQL store of ${PG_PLACEMENTS} placements ready in ${Math.round(performance.now() - started)} ms (${settings[0]!.v.split(" ").slice(0, 2).join(" ")}, synchronous_commit=${settings[0]!.sc})`,
    );

    const serverUrl = `http://127.0.0.1:${SERVER_PORT}/graphql`;
    const secondUrl = `http://127.0.0.1:${SECOND_SERVER_PORT}/graphql`;
    const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}/graphql`;
    const boardOn = async (processes: number) => {
      const servers = [
        startServer({ databaseUrl: templateUrl }),
        ...(processes > 1 ? [startServer({ databaseUrl: templateUrl }, SECOND_SERVER_PORT)] : []),
      ];
      const urls = processes > 1 ? [serverUrl, secondUrl] : [serverUrl];
      try {
        await Promise.all(urls.map((url) => waitFor(url, boardBody(1))));
        const [side] = await alternate([{ pids: servers.map((s) => s.pid!), spec: closed(serverUrl, { urls }) }]);
        return side!;
      } finally {
        await Promise.all(servers.map(stopProcess));
      }
    };
    const board1 = await boardOn(1);
    const board2 = await boardOn(2);
    log(
      `  board: 1 process ${board1.requestsPerSecond} req/s (${board1.cpuMsPerRequest} CPU ms/req), 2 processes ${board2.requestsPerSecond} req/s`,
    );

    // A claim stream on a fast machine asks for more seats than the board's store offers (then its
    // rate is only a floor): once the board is measured, the claims' placements get more seats,
    // the same for the baseline and the server, so every claim run stays a measurement.
    const seats = new pg.Client({ connectionString: templateUrl });
    await seats.connect();
    await seats.query(`UPDATE "placement" SET "capacity" = "capacity" + ${PG_EXTRA_SEATS} WHERE "id" = ANY($1)`, [
      targetRows.map((row) => row.id),
    ]);
    const targets = claimTargets(
      ((await seats.query(TARGETS_SQL)).rows as { id: string; free: number | string }[]).map((row) => ({
        id: row.id,
        free: Number(row.free),
      })),
    );
    await seats.end();
    log(`  claims: ${targets.length} free seats (${PG_EXTRA_SEATS} more on each of ${targetRows.length} placements)`);

    const claimsOn = async (label: string, start: (url: string) => ChildProcess[], urls: string[]) => {
      const name = `${templateName}_${label}`;
      const url = (await postgresDatabase(name, templateName))!;
      created.push(name);
      const processes = start(url);
      try {
        await Promise.all(
          urls.map((one) => waitFor(one, label === "baseline" ? claimBody("00000000-0000-4000-a000-000000000000") : boardBody(1))),
        );
        const stream = await claimStream(
          processes.map((p) => p.pid!),
          urls,
          targets,
        );
        await Promise.all(processes.map(stopProcess));
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const checked = await invariant(async (sql) => (await client.query(sql)).rows, stream.ids);
        await client.end();
        return { ...stream.side, claimsPerSecond: stream.claimsPerSecond, ranOut: stream.ranOut, invariant: checked };
      } finally {
        await Promise.all(processes.map(stopProcess));
        await dropPostgresDatabase(name);
      }
    };
    const baseline = await claimsOn("baseline", (url) => [startBaseline({ databaseUrl: url })], [baselineUrl]);
    const one = await claimsOn("one", (url) => [startServer({ databaseUrl: url })], [serverUrl]);
    const two = await claimsOn("two", (url) => [startServer({ databaseUrl: url }), startServer({ databaseUrl: url }, SECOND_SERVER_PORT)], [
      serverUrl,
      secondUrl,
    ]);
    log(
      `  claims: baseline ${baseline.claimsPerSecond}/s (${baseline.cpuMsPerRequest} CPU ms), server ${one.claimsPerSecond}/s with 1 process (${one.cpuMsPerRequest} CPU ms), ${two.claimsPerSecond}/s with 2; invariant baseline ${JSON.stringify(baseline.invariant)}, two processes ${JSON.stringify(two.invariant)}`,
    );
    return {
      placements: PG_PLACEMENTS,
      synchronousCommit: settings[0]!.sc,
      fsync: settings[0]!.fs,
      version: settings[0]!.v,
      board: { oneProcess: board1, twoProcesses: board2 },
      claims: { baseline, oneProcess: one, twoProcesses: two },
    };
  } finally {
    for (const name of created) await dropPostgresDatabase(name).catch(() => undefined);
  }
}

/** `vite build`, so the sizes measured are of this source. */
function buildClient() {
  const started = performance.now();
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("vite build failed");
  log(`client built in ${Math.round(performance.now() - started)} ms`);
}

/**
 * The client's production JavaScript, gzipped (level 9, as the build stores it): the first load
 * of index.html (its entry and everything that imports statically), and every other script (lazy
 * pages, the statistics charts, the playground's entry) one by one.
 */
function clientJavaScript() {
  const dir = path.join(root, "dist/client");
  const assets = new Set(fs.readdirSync(path.join(dir, "assets")).filter((name) => name.endsWith(".js")));
  const referenced = (text: string, dynamic: boolean) => {
    const names = new Set<string>();
    const pattern = dynamic ? /["'`(/]([\w.-]+\.js)["'`)]/g : /(?:from|import)\s*["']\.?\/?(?:assets\/)?([\w.-]+\.js)["']/g;
    for (const match of text.matchAll(pattern)) if (assets.has(match[1]!)) names.add(match[1]!);
    return names;
  };
  const closure = (html: string, dynamic: boolean) => {
    const seen = new Set(referenced(fs.readFileSync(path.join(dir, html), "utf8"), true));
    const queue = [...seen];
    while (queue.length) {
      for (const name of referenced(fs.readFileSync(path.join(dir, "assets", queue.pop()!), "utf8"), dynamic)) {
        if (!seen.has(name)) {
          queue.push(name);
          seen.add(name);
        }
      }
    }
    return seen;
  };
  const gzipped = (name: string) => gzipSync(fs.readFileSync(path.join(dir, "assets", name)), { level: 9 }).length;
  const initial = closure("index.html", false);
  const sized = (names: Iterable<string>) =>
    [...names].map((name) => ({ name, kB: Math.round(gzipped(name) / 1024) })).sort((a, b) => b.kB - a.kB);
  // Lazy: what the app itself can load later (route pages, the statistics charts).
  const lazy = sized([...closure("index.html", true)].filter((name) => !initial.has(name)));
  // The playground is its own entry (GET /graphql in a browser), never loaded by the app: reported, not budgeted.
  const app = closure("index.html", true);
  const playground = sized([...assets].filter((name) => !app.has(name)));
  return {
    firstLoadKB: Math.round([...initial].reduce((sum, name) => sum + gzipped(name), 0) / 1024),
    firstLoadFiles: initial.size,
    largestLazy: lazy[0] ?? { name: "none", kB: 0 },
    lazyFiles: lazy.length,
    playgroundKB: playground.reduce((sum, file) => sum + file.kB, 0),
    largestPlaygroundFile: playground[0] ?? { name: "none", kB: 0 },
  };
}

async function browserFirstRender(placements: number) {
  if (!fs.existsSync("/usr/bin/chromium")) return null;
  const source = await generateStore({ placements, dir: storesDir, tokenSecret: TOKEN_SECRET });
  const server = startServer({ sqlitePath: source }, SERVER_PORT);
  const origin = `http://127.0.0.1:${SERVER_PORT}`;
  try {
    await waitFor(`${origin}/graphql`, boardBody(1));
    const me = (await (
      await fetch(`${origin}/graphql`, {
        method: "POST",
        headers,
        body: JSON.stringify({ query: `{ me { __typename id name email role organisation { __typename id slug name kind } } }` }),
      })
    ).json()) as { data: { me: unknown } };
    const output = spawnSync(
      process.execPath,
      [path.join(dist, "bench/first-render.js"), origin, BENCH_TOKEN, JSON.stringify(me.data.me), String(RENDER_RUNS)],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    if (output.status !== 0) throw new Error("first-render failed");
    return JSON.parse(output.stdout) as {
      cold: { milliseconds: number; transferredBytes: number; requests: number };
      warm: { milliseconds: number; transferredBytes: number; requests: number };
    };
  } finally {
    await stopProcess(server);
  }
}

function machine() {
  const debian = fs.existsSync("/etc/debian_version") ? `Debian ${fs.readFileSync("/etc/debian_version", "utf8").trim()}` : os.type();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: debian,
    pinned: PIN,
  };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (value: number, digits = 2) => value.toFixed(digits);

async function main() {
  const started = performance.now();
  const ticksBefore = machineTicks();
  const info = machine();
  log(
    `machine: ${info.cpus} cores (${info.cpuModel}), ${info.memoryGb} GB, Node ${info.node}, ${info.os}; ${PIN ? "server on core 0, load on core 1 (taskset)" : "not pinned"}${QUICK ? "; QUICK mode" : ""}`,
  );
  const only = process.env.BENCH_ONLY?.split(",");
  if (only) {
    // Development probe: only the named phases (board, mixed, claims, postgres, render), their log lines, no budgets.
    if (only.includes("board")) for (const size of SIZES) await benchBoard(size);
    if (only.includes("mixed")) await benchMixed(SIZES.at(-1)!);
    if (only.includes("claims")) await benchSqliteClaims(SIZES.at(-1)!);
    if (only.includes("postgres")) await benchPostgres();
    if (only.includes("render")) log(JSON.stringify(await browserFirstRender(SIZES.at(-1)!)));
    return;
  }
  buildClient();
  const client = clientJavaScript();
  const board: Awaited<ReturnType<typeof benchBoard>>[] = [];
  for (const size of SIZES) board.push(await benchBoard(size));
  const writeSize = SIZES.includes(10_000) ? 10_000 : SIZES.at(-1)!;
  const mixed = await benchMixed(writeSize);
  const sqliteClaims = await benchSqliteClaims(SIZES.at(-1)!);
  const postgres = await benchPostgres();
  if (!postgres) log(`PostgreSQL at ${BENCH_PG_URL} did not answer: its runs are skipped and their budgets FAIL`);
  const render = await browserFirstRender(writeSize);
  const ticksAfter = machineTicks();
  const machineBusy = (ticksAfter.busy - ticksBefore.busy) / Math.max(1, ticksAfter.total - ticksBefore.total);

  const at = (size: number) => board.find((row) => row.placements === size);
  const smallest = board[0]!;
  const largest = board.at(-1)!;
  const claimOk = (inv: { overbooked: number; mismatched: number; lostAcknowledged: number; acknowledged: number; unnotified: number }) =>
    inv.overbooked === 0 && inv.mismatched === 0 && inv.lostAcknowledged === 0 && inv.unnotified === 0 && inv.acknowledged > 0;
  /** A ratio counts only when neither side ran out of free seats (then its rate would be a floor). */
  const measuredFully = (...sides: { ranOut: boolean }[]) => sides.every((side) => !side.ranOut);
  const ranOutText = (...sides: { ranOut: boolean }[]) =>
    measuredFully(...sides) ? "" : " (a stream ran out of free seats: not a measurement)";
  const invText = (inv: { overbooked: number; mismatched: number; lostAcknowledged: number; acknowledged: number; unnotified: number }) =>
    `${inv.overbooked} overbooked, ${inv.mismatched} seat-count mismatches, ${inv.lostAcknowledged} of ${inv.acknowledged} acknowledged lost, ${inv.unnotified} without the owner's notification`;
  const budgets: { budget: string; value: string; pass: boolean }[] = [];
  for (const size of [1_000, 10_000]) {
    const row = at(size);
    budgets.push({
      budget: `board CPU per request <= 2.0x baseline's at ${size.toLocaleString("en")} placements, read-only`,
      value: row
        ? `${row.readOnly.server.cpuMsPerRequest} / ${row.readOnly.baseline.cpuMsPerRequest} ms = ${fixed(row.readOnly.cpuRatio)}x`
        : "not measured",
      pass: !!row && row.readOnly.cpuRatio <= 2.0,
    });
  }
  budgets.push({
    budget: `board CPU per request <= 2.5x baseline's in the mixed load (${100 / MIX_EVERY} % claims, ${writeSize.toLocaleString("en")} placements)`,
    value: `${mixed.server.cpuMsPerRequest} / ${mixed.baseline.cpuMsPerRequest} ms = ${fixed(mixed.cpuRatio)}x`,
    pass: mixed.cpuRatio <= 2.5,
  });
  budgets.push({
    budget: `board p50 at ${largest.placements.toLocaleString("en")} <= 2x p50 at ${smallest.placements.toLocaleString("en")} (one at a time, uncached)`,
    value: `${largest.latency.server.p50} / ${smallest.latency.server.p50} ms = ${fixed(largest.latency.server.p50 / smallest.latency.server.p50)}x`,
    pass: largest.latency.server.p50 <= 2 * smallest.latency.server.p50,
  });
  budgets.push({
    budget: "SQL statements per board request independent of page size (first 10 = first 50 = next 50; repeated 10 = repeated 50)",
    value: board
      .map(
        (row) =>
          `${row.placements}: ${row.statements.first10}/${row.statements.first50}/${row.statements.first50After} (repeated ${row.statements.warm10}/${row.statements.warm50})`,
      )
      .join("; "),
    pass: board.every(
      (row) =>
        row.statements.first10 === row.statements.first50 &&
        row.statements.warm10 === row.statements.warm50 &&
        row.statements.first50After === row.statements.first50,
    ),
  });
  budgets.push({
    budget: `claims/s on SQLite >= 0.5x the SQLite claim baseline's, 0 overbooked, 0 acknowledged-but-lost (fsync p50 ${sqliteClaims.fsync.p50Ms} ms)`,
    value: `${sqliteClaims.server.claimsPerSecond} / ${sqliteClaims.baseline.claimsPerSecond} claims/s = ${fixed(sqliteClaims.server.claimsPerSecond / Math.max(1, sqliteClaims.baseline.claimsPerSecond))}x; server ${invText(sqliteClaims.server.invariant)}; baseline ${invText(sqliteClaims.baseline.invariant)}; burst ${sqliteClaims.burst.accepted} of 200 on ${sqliteClaims.burst.capacity} seats${ranOutText(sqliteClaims.server, sqliteClaims.baseline)}`,
    pass:
      measuredFully(sqliteClaims.server, sqliteClaims.baseline) &&
      sqliteClaims.server.claimsPerSecond >= 0.5 * sqliteClaims.baseline.claimsPerSecond &&
      claimOk(sqliteClaims.server.invariant) &&
      claimOk(sqliteClaims.baseline.invariant) &&
      sqliteClaims.burst.accepted === sqliteClaims.burst.capacity &&
      sqliteClaims.burst.seatsTaken === sqliteClaims.burst.capacity,
  });
  budgets.push(
    postgres
      ? {
          budget:
            "claims/s on PostgreSQL with two server processes >= 0.5x the PostgreSQL claim baseline's, 0 overbooked, 0 acknowledged-but-lost",
          value: `${postgres.claims.twoProcesses.claimsPerSecond} / ${postgres.claims.baseline.claimsPerSecond} claims/s = ${fixed(postgres.claims.twoProcesses.claimsPerSecond / Math.max(1, postgres.claims.baseline.claimsPerSecond))}x (one process ${postgres.claims.oneProcess.claimsPerSecond}/s); server ${invText(postgres.claims.twoProcesses.invariant)}; one process ${invText(postgres.claims.oneProcess.invariant)}; baseline ${invText(postgres.claims.baseline.invariant)}${ranOutText(postgres.claims.twoProcesses, postgres.claims.baseline)}`,
          pass:
            measuredFully(postgres.claims.twoProcesses, postgres.claims.baseline) &&
            postgres.claims.twoProcesses.claimsPerSecond >= 0.5 * postgres.claims.baseline.claimsPerSecond &&
            claimOk(postgres.claims.twoProcesses.invariant) &&
            claimOk(postgres.claims.oneProcess.invariant) &&
            claimOk(postgres.claims.baseline.invariant),
        }
      : {
          budget: "claims/s on PostgreSQL with two server processes >= 0.5x the PostgreSQL claim baseline's",
          value: "PostgreSQL not reachable",
          pass: false,
        },
  );
  budgets.push({
    budget: "first board render <= 300 ms cold (production build, Chromium, navigation start to first card)",
    value: render ? `${render.cold.milliseconds} ms cold, ${render.warm.milliseconds} ms warm (median of ${RENDER_RUNS})` : "no Chromium",
    pass: !!render && render.cold.milliseconds <= 300,
  });
  budgets.push({
    budget: "first-load transfer <= 200 kB",
    value: render
      ? `${fixed(render.cold.transferredBytes / 1024, 1)} kB cold in ${render.cold.requests} responses; ${fixed(render.warm.transferredBytes / 1024, 1)} kB warm`
      : "no Chromium",
    pass: !!render && render.cold.transferredBytes <= 200 * 1024,
  });
  budgets.push({
    budget: "board first-load JavaScript <= 150 kB gzipped; no lazy chunk of the app over 250 kB gzipped",
    value: `first load ${client.firstLoadKB} kB in ${client.firstLoadFiles} files; largest lazy chunk ${client.largestLazy.name} ${client.largestLazy.kB} kB (of ${client.lazyFiles} the app can load; the playground's own entry, not budgeted: ${client.playgroundKB} kB, largest ${client.largestPlaygroundFile.name} ${client.largestPlaygroundFile.kB} kB)`,
    pass: client.firstLoadKB <= 150 && client.largestLazy.kB <= 250,
  });
  budgets.push({
    budget: "the board baseline serves the API's JSON, byte for byte",
    value: board.map((row) => `${row.placements}: ${row.sameJson ? "same" : "DIFFERENT"}`).join(", "),
    pass: board.every((row) => row.sameJson),
  });

  const lines: string[] = [""];
  lines.push(
    `Board page of 50 on SQLite (NEWEST, organisation, workplace with municipality, seat holdings). Closed loop: ${CONNECTIONS} connections, warm-up ${WARM_SECONDS} s, ${ROUNDS} x ${SECONDS} s per side taking turns. Paced: ${LATENCY_REQUESTS} requests one at a time, each after a commit (no cache answers).`,
  );
  lines.push(
    `${pad("placements", 10)} | ${pad("server req/s", 12)} | ${pad("CPU ms/req srv / base", 22)} | ${pad("ratio", 5)} | ${pad("base req/s", 10)} | ${pad("closed p50 srv/base", 19)} | ${pad("paced p50 srv/base", 18)} | ${pad("SQL 10/50 (rep.)", 16)} | ${pad("peak MB", 7)}`,
  );
  for (const row of board) {
    lines.push(
      `${pad(row.placements, 10)} | ${pad(row.readOnly.server.requestsPerSecond, 12)} | ${pad(`${row.readOnly.server.cpuMsPerRequest} / ${row.readOnly.baseline.cpuMsPerRequest}`, 22)} | ${pad(fixed(row.readOnly.cpuRatio), 5)} | ${pad(row.readOnly.baseline.requestsPerSecond, 10)} | ${pad(`${row.readOnly.server.p50} / ${row.readOnly.baseline.p50}`, 19)} | ${pad(`${row.latency.server.p50} / ${row.latency.baseline.p50}`, 18)} | ${pad(`${row.statements.first10}/${row.statements.first50} (${row.statements.warm10}/${row.statements.warm50})`, 16)} | ${pad(row.serverPeakMemoryMb, 7)}`,
    );
  }
  lines.push("");
  lines.push(
    `Mixed load at ${writeSize} placements (1 request in ${MIX_EVERY} a claim): server ${mixed.server.requestsPerSecond} req/s, ${mixed.server.cpuMsPerRequest} CPU ms/req, p50 ${mixed.server.p50} ms; baseline ${mixed.baseline.requestsPerSecond} req/s, ${mixed.baseline.cpuMsPerRequest} CPU ms/req, p50 ${mixed.baseline.p50} ms`,
  );
  lines.push(
    `claimSeat on SQLite (${sqliteClaims.placements} placements, disk fsync p50 ${sqliteClaims.fsync.p50Ms} ms, p90 ${sqliteClaims.fsync.p90Ms} ms; synchronous=FULL on both): server ${sqliteClaims.server.claimsPerSecond} claims/s, ${sqliteClaims.server.cpuMsPerRequest} CPU ms/claim, p50 ${sqliteClaims.server.p50} ms; baseline ${sqliteClaims.baseline.claimsPerSecond} claims/s, ${sqliteClaims.baseline.cpuMsPerRequest} CPU ms/claim, p50 ${sqliteClaims.baseline.p50} ms; refused ${JSON.stringify(sqliteClaims.server.errorCodes)}`,
  );
  if (postgres) {
    lines.push(
      `PostgreSQL (${postgres.placements} placements, synchronous_commit=${postgres.synchronousCommit}, fsync=${postgres.fsync}; the database itself is not pinned and its CPU is in neither side's figure): board 1 process ${postgres.board.oneProcess.requestsPerSecond} req/s (${postgres.board.oneProcess.cpuMsPerRequest} CPU ms/req, p50 ${postgres.board.oneProcess.p50} ms), 2 processes ${postgres.board.twoProcesses.requestsPerSecond} req/s (${postgres.board.twoProcesses.cpuMsPerRequest} CPU ms/req)`,
    );
    lines.push(
      `  claims: baseline ${postgres.claims.baseline.claimsPerSecond}/s (${postgres.claims.baseline.cpuMsPerRequest} CPU ms, p50 ${postgres.claims.baseline.p50} ms), server 1 process ${postgres.claims.oneProcess.claimsPerSecond}/s (${postgres.claims.oneProcess.cpuMsPerRequest} CPU ms, p50 ${postgres.claims.oneProcess.p50} ms), 2 processes ${postgres.claims.twoProcesses.claimsPerSecond}/s (${postgres.claims.twoProcesses.cpuMsPerRequest} CPU ms)`,
    );
  }
  if (render) {
    lines.push(
      `First board render (Chromium, production build, ${writeSize} placements): cold ${render.cold.milliseconds} ms / ${fixed(render.cold.transferredBytes / 1024, 1)} kB in ${render.cold.requests} responses; warm ${render.warm.milliseconds} ms / ${fixed(render.warm.transferredBytes / 1024, 1)} kB`,
    );
  }
  lines.push("");
  lines.push("Budgets");
  for (const row of budgets) lines.push(`  ${row.pass ? "PASS" : "FAIL"}  ${row.budget}: ${row.value}`);
  const seconds = Math.round((performance.now() - started) / 1000);
  lines.push("");
  lines.push(
    `Machine: ${info.cpus} cores (${info.cpuModel}), ${info.memoryGb} GB RAM, Node ${info.node}, ${info.os}; whole machine ${Math.round(machineBusy * 100)} % busy during the bench (us included). Total bench time ${seconds} s.${QUICK ? " QUICK mode: short runs on small stores, figures are indicative only." : ""}`,
  );
  console.log(lines.join("\n"));

  // Results stay out of git (bench/results/ is ignored): each run writes its own file.
  const resultsDir = path.join(root, "bench/results");
  fs.mkdirSync(resultsDir, { recursive: true });
  const report = {
    at: new Date().toISOString(),
    machine: { ...info, busyFraction: Number(machineBusy.toFixed(2)) },
    settings: {
      quick: QUICK,
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmSeconds: WARM_SECONDS,
      rounds: ROUNDS,
      sizes: SIZES,
      latencyRequests: LATENCY_REQUESTS,
      mixEvery: MIX_EVERY,
    },
    board,
    mixed,
    sqliteClaims,
    postgres,
    client,
    render,
    budgets,
    totalSeconds: seconds,
  };
  const name = `${report.at.slice(0, 19).replace(/[:T]/g, "-")}${QUICK ? "-quick" : ""}.json`;
  fs.writeFileSync(path.join(resultsDir, name), `${JSON.stringify(report, null, 2)}\n`);
  log(`results written to bench/results/${name}`);
  process.exitCode = budgets.every((row) => row.pass) ? 0 : 1;
}

await main();
