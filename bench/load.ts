import fs from "node:fs";
import autocannon from "autocannon";
import Database from "better-sqlite3";

/**
 * The load generator, in its own process (bench/run.ts pins it to a core of its own where there
 * are two), so it never shares an event loop or a core with what it measures. Input: the path of
 * a JSON file (LoadSpec). Output: one JSON line (LoadResult).
 *
 * Two kinds of load:
 * - closed loop (autocannon): `connections` requests always in flight, for throughput and CPU
 *   per request; with several `urls` (server processes) the connections are split between them;
 * - paced (`paced`): ONE request at a time at a fixed interval, for latency without queueing.
 *   With `touchSqlite`, a commit from another connection comes before each request, so the
 *   server's store-version cache can never answer it: what a page costs to compute.
 */

export interface LoadSpec {
  url: string;
  /** More server processes behind the same load: connections are spread over these instead of `url`. */
  urls?: string[];
  headers: Record<string, string>;
  /** Sent as is for every request… */
  body?: string;
  /** …or one body per request, in turn (e.g. claimSeat on different placements, or a mix). */
  bodies?: string[];
  seconds: number;
  connections: number;
  /** Keep the `id` of every successful claimSeat answer, to check later that each was stored. */
  collectIds?: boolean;
  paced?: { requests: number; intervalMs: number; touchSqlite?: string };
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** HTTP 200 answers without `errors`. */
  ok: number;
  /** Answers carrying GraphQL `errors` (e.g. NO_FREE_SEATS) or a non-2xx status. */
  failed: number;
  errorCodes: Record<string, number>;
  socketErrors: number;
  ids?: string[];
}

interface Tally {
  ok: number;
  failed: number;
  errorCodes: Record<string, number>;
  ids: string[];
}

function tally(spec: LoadSpec, counts: Tally) {
  return (status: number, body: string) => {
    if (status === 200 && !body.includes('"errors"')) {
      counts.ok++;
      if (spec.collectIds && body.includes('"claimSeat"')) counts.ids.push(/"id":"([^"]+)"/.exec(body)?.[1] ?? "");
      return;
    }
    counts.failed++;
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `HTTP_${status}`;
    counts.errorCodes[code] = (counts.errorCodes[code] ?? 0) + 1;
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function paced(spec: LoadSpec, counts: Tally): Promise<LoadResult> {
  const { requests, intervalMs, touchSqlite } = spec.paced!;
  const touch = touchSqlite ? new Database(touchSqlite) : null;
  let version = Number(touch?.pragma("user_version", { simple: true }) ?? 0);
  const onResponse = tally(spec, counts);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < requests; i++) {
    // user_version is a header field nothing reads; setting it is a commit, so data_version moves.
    touch?.pragma(`user_version = ${++version % 1_000_000}`);
    const body = spec.bodies ? spec.bodies[i % spec.bodies.length] : spec.body;
    const sent = performance.now();
    const response = await fetch(spec.url, { method: "POST", headers: spec.headers, body });
    onResponse(response.status, await response.text());
    latencies.push(performance.now() - sent);
    const wait = started + (i + 1) * intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  touch?.close();
  latencies.sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  return {
    requests,
    requestsPerSecond: requests / seconds,
    p50: Number(percentile(latencies, 50).toFixed(2)),
    p99: Number(percentile(latencies, 99).toFixed(2)),
    ok: counts.ok,
    failed: counts.failed,
    errorCodes: counts.errorCodes,
    socketErrors: 0,
  };
}

async function closedLoop(spec: LoadSpec, counts: Tally): Promise<LoadResult> {
  const urls = spec.urls?.length ? spec.urls : [spec.url];
  let next = 0;
  const onResponse = tally(spec, counts);
  const results = await Promise.all(
    urls.map((url, index) =>
      autocannon({
        url,
        method: "POST",
        headers: spec.headers,
        connections: Math.max(1, Math.floor(spec.connections / urls.length) + (index < spec.connections % urls.length ? 1 : 0)),
        duration: spec.seconds,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => ({ ...request, body: spec.bodies ? spec.bodies[next++ % spec.bodies.length] : spec.body }),
            onResponse,
          },
        ],
      }),
    ),
  );
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  const duration = Math.max(...results.map((result) => result.duration || spec.seconds));
  // Several servers: the latency of the slower one (conservative).
  return {
    requests,
    requestsPerSecond: requests / duration,
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    ok: counts.ok,
    failed: counts.failed,
    errorCodes: counts.errorCodes,
    socketErrors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
  };
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const counts: Tally = { ok: 0, failed: 0, errorCodes: {}, ids: [] };
  const result = spec.paced ? await paced(spec, counts) : await closedLoop(spec, counts);
  return { ...result, ...(spec.collectIds ? { ids: counts.ids } : {}) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const spec = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as LoadSpec;
  const result = await load(spec);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
