import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { boardBody, claimBody } from "./board-query.js";
import { BENCH_TOKEN } from "./dataset.js";
import { generateStore } from "./generate-store.js";
import type { LoadResult, LoadSpec } from "./load.js";

/**
 * `npm run bench`: the board and claimSeat against a hand-written baseline, per store size, with
 * budgets reported as PASS or FAIL. See the README's Performance section for how to read it.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const TOKEN_SECRET = "bench-token-secret-bench-token-secret-0123";
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Server and baseline take turns this many times per store size. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SERVER_PORT = 4711;
const BASELINE_PORT = 4712;
const headers = { "content-type": "application/json", authorization: `Bearer ${BENCH_TOKEN}` };

const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startProcess(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`  [${path.basename(script)}] ${chunk}`));
  child.stdout!.resume();
  return child;
}

async function waitFor(url: string, body: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
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

function startServer(sqlitePath: string): ChildProcess {
  return startProcess(path.join(dist, "server/main.js"), {
    NODE_ENV: "production",
    TOKEN_SECRET,
    SEED_DEMO: "false",
    SQLITE_PATH: sqlitePath,
    PORT: String(SERVER_PORT),
    HOLD_SWEEP_SECONDS: "3600",
    DATABASE_URL: "",
  });
}

function startBaseline(sqlitePath: string): ChildProcess {
  return startProcess(path.join(dist, "bench/baseline-server.js"), {
    TOKEN_SECRET,
    SQLITE_PATH: sqlitePath,
    PORT: String(BASELINE_PORT),
  });
}

/** autocannon in a separate process. */
function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The spec may hold thousands of request bodies: too long for a command line, so it goes in a file.
    const specFile = path.join(os.tmpdir(), `praktikpool-bench-load-${process.pid}.json`);
    fs.writeFileSync(specFile, JSON.stringify(spec));
    const child = spawn(process.execPath, [path.join(dist, "bench/load.js"), specFile], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
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

type Run = LoadResult & { cpuSeconds: number };

/** One load run, with the CPU the loaded process spent on it. */
async function measured(pid: number, spec: LoadSpec): Promise<Run> {
  const before = cpuSeconds(pid);
  const result = await runLoad(spec);
  return { ...result, cpuSeconds: cpuSeconds(pid) - before };
}

interface Side {
  requestsPerSecond: number;
  /** Median over the rounds (robust against a neighbour's burst of load on a shared machine). */
  p50: number;
  p99: number;
  /** CPU milliseconds per request: what the process itself spent, whatever else ran on the machine. */
  cpuMsPerRequest: number;
  runs: Run[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function combine(runs: Run[], seconds: number): Side {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  return {
    requestsPerSecond: Math.round(requests / (runs.length * seconds)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuMsPerRequest: Number(((1000 * runs.reduce((sum, run) => sum + run.cpuSeconds, 0)) / requests).toFixed(2)),
    runs,
  };
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

async function benchBoard(placements: number) {
  const sqlitePath = await generateStore({ placements, dir: path.join(root, "bench/stores"), tokenSecret: TOKEN_SECRET });
  log(`store of ${placements} placements: ${path.relative(root, sqlitePath)}`);
  const statements = await statementsPerBoard(sqlitePath);

  const server = startServer(sqlitePath);
  const baseline = startBaseline(sqlitePath);
  const serverUrl = `http://127.0.0.1:${SERVER_PORT}/graphql`;
  const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}/graphql`;
  try {
    await Promise.all([waitFor(serverUrl, boardBody(1)), waitFor(baselineUrl, boardBody(1))]);
    const [fromServer, fromBaseline] = await Promise.all(
      [serverUrl, baselineUrl].map(async (url) => (await fetch(url, { method: "POST", headers, body: boardBody(50) })).text()),
    );
    const sameJson = fromServer === fromBaseline;
    if (!sameJson) log("WARNING: server and baseline answered differently for the same page");

    const spec = (url: string, seconds: number): LoadSpec => ({ url, headers, body: boardBody(50), seconds, connections: CONNECTIONS });
    await runLoad(spec(serverUrl, 2)); // warm-up: JIT, SQLite page cache
    await runLoad(spec(baselineUrl, 2));
    const serverRuns: Run[] = [];
    const baselineRuns: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      serverRuns.push(await measured(server.pid!, spec(serverUrl, SECONDS)));
      baselineRuns.push(await measured(baseline.pid!, spec(baselineUrl, SECONDS)));
    }
    const failed = [...serverRuns, ...baselineRuns].reduce((sum, run) => sum + run.failed + run.socketErrors, 0);
    const result = {
      placements,
      server: combine(serverRuns, SECONDS),
      baseline: combine(baselineRuns, SECONDS),
      statements,
      sameJson,
      failedRequests: failed,
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
      baselinePeakMemoryMb: peakMemoryMb(baseline.pid!),
      ratioP50: 0,
      ratioRequestsPerSecond: 0,
      ratioCpuPerRequest: 0,
    };
    result.ratioP50 = result.server.p50 / result.baseline.p50;
    result.ratioRequestsPerSecond = result.baseline.requestsPerSecond / result.server.requestsPerSecond;
    result.ratioCpuPerRequest = result.server.cpuMsPerRequest / result.baseline.cpuMsPerRequest;
    log(
      `${placements}: server ${result.server.requestsPerSecond} req/s p50 ${result.server.p50} ms, baseline ${result.baseline.requestsPerSecond} req/s p50 ${result.baseline.p50} ms`,
    );
    return result;
  } finally {
    await Promise.all([stopProcess(server), stopProcess(baseline)]);
  }
}

/** claimSeat as fast as the server takes it, then the seat invariant checked in the file itself. */
async function benchClaims(placements: number) {
  const source = await generateStore({ placements, dir: path.join(root, "bench/stores"), tokenSecret: TOKEN_SECRET });
  const sqlitePath = path.join(os.tmpdir(), `praktikpool-bench-claims-${process.pid}.sqlite`);
  fs.copyFileSync(source, sqlitePath);

  const db = new Database(sqlitePath);
  // Open placements every organisation sees, with free seats, in a fixed shuffled order.
  const targets = db
    .prepare(
      `SELECT "id", "capacity" - "seatsTaken" AS free FROM "placement" WHERE "status" = 'OPEN' AND "visibility" = 'ALL_PARTNERS' AND "seatsTaken" < "capacity" ORDER BY "id"`,
    )
    .all() as { id: string; free: number }[];
  const hot = db
    .prepare(
      `SELECT "id", "capacity" FROM "placement" WHERE "status" = 'OPEN' AND "visibility" = 'ALL_PARTNERS' AND "seatsTaken" = 0 ORDER BY "capacity" DESC, "id" LIMIT 1`,
    )
    .get() as { id: string; capacity: number };
  const claimsBefore = (db.prepare(`SELECT COUNT(*) AS n FROM "claim"`).get() as { n: number }).n;
  db.close();
  const streamTargets = targets.filter((target) => target.id !== hot.id);
  const bodies = streamTargets.map((target) => claimBody(target.id));

  const server = startServer(sqlitePath);
  const url = `http://127.0.0.1:${SERVER_PORT}/graphql`;
  try {
    await waitFor(url, boardBody(1));
    const stream = await measured(server.pid!, { url, headers, bodies, seconds: SECONDS, connections: CONNECTIONS, collectIds: true });
    // Contention: 200 claims at once on one placement must give exactly `capacity` seats.
    const burst = await Promise.all(
      Array.from({ length: 200 }, () =>
        fetch(url, {
          method: "POST",
          headers,
          body: claimBody(hot.id),
        }).then((response) => response.json() as Promise<{ errors?: unknown }>),
      ),
    );
    const burstIds = burst.flatMap((answer) =>
      answer.errors ? [] : [(answer as { data: { claimSeat: { id: string } } }).data.claimSeat.id],
    );
    const burstOk = burstIds.length;
    const serverPeakMemoryMb = peakMemoryMb(server.pid!);
    await stopProcess(server);

    const check = new Database(sqlitePath, { readonly: true });
    const overbooked = (check.prepare(`SELECT COUNT(*) AS n FROM "placement" WHERE "seatsTaken" > "capacity"`).get() as { n: number }).n;
    const mismatched = (
      check
        .prepare(
          `SELECT COUNT(*) AS n FROM "placement" p WHERE p."seatsTaken" <> (SELECT COALESCE(SUM(c."seats"), 0) FROM "claim" c WHERE c."placementId" = p."id" AND c."status" IN ('HELD', 'CONFIRMED', 'ACTIVE'))`,
        )
        .get() as { n: number }
    ).n;
    const stored = (check.prepare(`SELECT COUNT(*) AS n FROM "claim"`).get() as { n: number }).n - claimsBefore;
    // Every acknowledged claim must be stored. Claims stored but not acknowledged can only be the
    // requests still in flight when autocannon stopped counting (at most one per connection).
    const exists = check.prepare(`SELECT 1 FROM "claim" WHERE "id" = ?`);
    const lost = [...stream.ids!, ...burstIds].filter((id) => !exists.get(id)).length;
    const hotTaken = (check.prepare(`SELECT "seatsTaken" AS n FROM "placement" WHERE "id" = ?`).get(hot.id) as { n: number }).n;
    check.close();
    const acknowledged = stream.ok + burstOk;
    const result = {
      placements,
      connections: CONNECTIONS,
      seconds: SECONDS,
      callsPerSecond: Math.round(stream.requestsPerSecond),
      claimsPerSecond: Math.round(stream.ok / SECONDS),
      accepted: stream.ok,
      serverCpuMsPerCall: Number(((1000 * stream.cpuSeconds) / stream.requests).toFixed(2)),
      p50: stream.p50,
      p99: stream.p99,
      refused: stream.errorCodes,
      burst: { requests: 200, capacity: hot.capacity, accepted: burstOk, seatsTaken: hotTaken },
      invariant: {
        overbookedPlacements: overbooked,
        seatsTakenMismatches: mismatched,
        acknowledged,
        stored,
        lostAcknowledged: lost,
        storedInFlightAtStop: stored - acknowledged,
      },
      serverPeakMemoryMb,
    };
    log(`claims: ${result.claimsPerSecond}/s accepted, invariant ${JSON.stringify(result.invariant)}, burst ${burstOk}/${hot.capacity}`);
    return result;
  } finally {
    await stopProcess(server);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${sqlitePath}${suffix}`, { force: true });
  }
}

/**
 * The client's production JavaScript, gzipped: every script the app's index.html can load — its
 * entry, preloads and everything they import statically or dynamically (the route pages). The
 * GraphiQL playground is a separate entry (playground.html) and is counted only where the app
 * itself imports its files.
 */
function clientJavaScript(): { kB: number | null; initialKB: number | null; files: number; note: string } {
  const dir = path.join(root, "dist/client");
  const html = path.join(dir, "index.html");
  if (!fs.existsSync(html)) return { kB: null, initialKB: null, files: 0, note: "dist/client not built (run npm run build:client first)" };
  const assets = new Set(fs.readdirSync(path.join(dir, "assets")).filter((name) => name.endsWith(".js")));
  const referenced = (text: string, dynamic: boolean) => {
    const names = new Set<string>();
    const pattern = dynamic ? /["'`(/]([\w.-]+\.js)["'`)]/g : /(?:from|import)\s*["']\.?\/?(?:assets\/)?([\w.-]+\.js)["']/g;
    for (const match of text.matchAll(pattern)) if (assets.has(match[1]!)) names.add(match[1]!);
    return names;
  };
  const closure = (dynamic: boolean) => {
    const seen = new Set(referenced(fs.readFileSync(html, "utf8"), true));
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
  const gzipKB = (names: Set<string>) =>
    Math.round(
      [...names].reduce((sum, name) => sum + gzipSync(fs.readFileSync(path.join(dir, "assets", name)), { level: 9 }).length, 0) / 1024,
    );
  const all = closure(true);
  const initial = closure(false);
  return {
    kB: gzipKB(all),
    initialKB: gzipKB(initial),
    files: all.size,
    note: `${all.size} scripts reachable from index.html; first load ${gzipKB(initial)} kB in ${initial.size}`,
  };
}

function machine() {
  const debian = fs.existsSync("/etc/debian_version") ? `Debian ${fs.readFileSync("/etc/debian_version", "utf8").trim()}` : os.type();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: debian,
  };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

async function main() {
  const started = performance.now();
  const info = machine();
  log(`machine: ${info.cpus} cores (${info.cpuModel}), ${info.memoryGb} GB, Node ${info.node}, ${info.os}`);
  const board: Awaited<ReturnType<typeof benchBoard>>[] = [];
  for (const size of SIZES) board.push(await benchBoard(size));
  const claimSize = SIZES.includes(10_000) ? 10_000 : SIZES[0]!;
  const claims = await benchClaims(claimSize);
  const client = clientJavaScript();

  const at = (size: number) => board.find((row) => row.placements === size);
  const smallest = board[0]!;
  const largest = board.at(-1)!;
  const mid = at(10_000) ?? smallest;
  const budgets = [
    {
      budget: "board p50 ratio server / baseline at 10,000 placements <= 3.0",
      value: mid.ratioP50.toFixed(2),
      pass: mid.ratioP50 <= 3.0,
    },
    {
      budget: "SQL statements per board request: same for first 10 and first 50 (first read / repeated)",
      value: board
        .map(
          (row) =>
            `${row.placements}: ${row.statements.first10}/${row.statements.first50} (repeated page ${row.statements.warm10}/${row.statements.warm50}, next page ${row.statements.first50After})`,
        )
        .join("; "),
      pass: board.every(
        (row) =>
          row.statements.first10 === row.statements.first50 &&
          row.statements.warm10 === row.statements.warm50 &&
          row.statements.first50After === row.statements.first50,
      ),
    },
    {
      budget: `board p50 at ${largest.placements} <= 2 x p50 at ${smallest.placements}`,
      value: `${largest.server.p50} / ${smallest.server.p50} ms = ${(largest.server.p50 / smallest.server.p50).toFixed(2)}x`,
      pass: largest.server.p50 <= 2 * smallest.server.p50,
    },
    {
      budget: "claims per second on SQLite >= 500, zero overbooking",
      value: `${claims.claimsPerSecond}/s, overbooked ${claims.invariant.overbookedPlacements}, mismatches ${claims.invariant.seatsTakenMismatches}, acknowledged-but-lost ${claims.invariant.lostAcknowledged}, burst ${claims.burst.accepted}/${claims.burst.capacity}`,
      pass:
        claims.claimsPerSecond >= 500 &&
        claims.invariant.overbookedPlacements === 0 &&
        claims.invariant.seatsTakenMismatches === 0 &&
        claims.invariant.lostAcknowledged === 0 &&
        claims.invariant.storedInFlightAtStop >= 0 &&
        claims.invariant.storedInFlightAtStop <= CONNECTIONS &&
        claims.burst.accepted === claims.burst.capacity,
    },
    {
      budget: "client production JavaScript <= 250 kB gzipped",
      value: client.kB === null ? client.note : `${client.kB} kB (${client.note})`,
      pass: client.kB !== null && client.kB <= 250,
    },
    {
      budget: "baseline serves the same JSON as the API",
      value: board.map((row) => `${row.placements}: ${row.sameJson ? "same" : "DIFFERENT"}`).join(", "),
      pass: board.every((row) => row.sameJson),
    },
  ];

  const lines: string[] = [];
  lines.push("");
  lines.push(
    `Board page of 50 (NEWEST, with organisation, workplace, seat holdings), ${CONNECTIONS} connections, ${ROUNDS} x ${SECONDS} s per side taking turns; p50/p99 = median over the turns`,
  );
  lines.push(
    `${pad("placements", 10)} | ${pad("server req/s", 12)} | ${pad("p50 ms", 6)} | ${pad("p99 ms", 6)} | ${pad("baseline req/s", 14)} | ${pad("p50 ms", 6)} | ${pad("p99 ms", 6)} | ${pad("p50 ratio", 9)} | ${pad("req/s ratio", 11)} | ${pad("CPU ms/req srv/base", 19)} | ${pad("SQL 10/50 (rep.)", 16)} | ${pad("peak MB", 7)}`,
  );
  for (const row of board) {
    lines.push(
      `${pad(row.placements, 10)} | ${pad(row.server.requestsPerSecond, 12)} | ${pad(row.server.p50, 6)} | ${pad(row.server.p99, 6)} | ${pad(row.baseline.requestsPerSecond, 14)} | ${pad(row.baseline.p50, 6)} | ${pad(row.baseline.p99, 6)} | ${pad(row.ratioP50.toFixed(2), 9)} | ${pad(row.ratioRequestsPerSecond.toFixed(2), 11)} | ${pad(`${row.server.cpuMsPerRequest}/${row.baseline.cpuMsPerRequest} (${row.ratioCpuPerRequest.toFixed(2)}x)`, 19)} | ${pad(`${row.statements.first10}/${row.statements.first50} (${row.statements.warm10}/${row.statements.warm50})`, 16)} | ${pad(row.serverPeakMemoryMb, 7)}`,
    );
  }
  lines.push("");
  lines.push(
    `claimSeat stream (${claims.placements} placements, ${CONNECTIONS} connections, ${SECONDS} s): ${claims.callsPerSecond} calls/s, ${claims.claimsPerSecond} accepted claims/s (p50 ${claims.p50} ms, server CPU ${claims.serverCpuMsPerCall} ms/call), refused ${JSON.stringify(claims.refused)}; burst of 200 on one placement of ${claims.burst.capacity} seats: ${claims.burst.accepted} accepted; peak ${claims.serverPeakMemoryMb} MB`,
  );
  lines.push("");
  lines.push("Budgets");
  for (const row of budgets) lines.push(`  ${row.pass ? "PASS" : "FAIL"}  ${row.budget}: ${row.value}`);
  const seconds = Math.round((performance.now() - started) / 1000);
  lines.push("");
  lines.push(
    `Machine: ${info.cpus} cores (${info.cpuModel}), ${info.memoryGb} GB RAM, Node ${info.node}, ${info.os}. Total bench time ${seconds} s.`,
  );
  console.log(lines.join("\n"));

  const resultsDir = path.join(root, "bench/results");
  fs.mkdirSync(resultsDir, { recursive: true });
  const report = {
    at: new Date().toISOString(),
    machine: info,
    settings: { connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, sizes: SIZES },
    board,
    claims,
    client,
    budgets,
    totalSeconds: seconds,
  };
  const name = `${report.at.slice(0, 19).replace(/[:T]/g, "-")}.json`;
  fs.writeFileSync(path.join(resultsDir, name), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  log(`results written to bench/results/${name} and bench/results/latest.json`);
  process.exitCode = budgets.every((row) => row.pass) ? 0 : 1;
}

await main();
