import fs from "node:fs";
import autocannon from "autocannon";

/**
 * Runs autocannon in its own process, so the load generator never shares an event loop with
 * the orchestrator. Input: the path of a JSON file (LoadSpec). Output: one JSON line (LoadResult).
 */

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  /** Sent as is for every request… */
  body?: string;
  /** …or one body per request, in turn (e.g. claimSeat on different placements). */
  bodies?: string[];
  seconds: number;
  connections: number;
  /** Keep the `id` of every successful answer (claimSeat), to check later that each was stored. */
  collectIds?: boolean;
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

export async function load(spec: LoadSpec): Promise<LoadResult> {
  let ok = 0;
  let failed = 0;
  const errorCodes: Record<string, number> = {};
  let next = 0;
  const ids: string[] = [];
  const onResponse = (status: number, body: string) => {
    if (status === 200 && !body.includes('"errors"')) {
      ok++;
      if (spec.collectIds) ids.push(/"id":"([^"]+)"/.exec(body)?.[1] ?? "");
      return;
    }
    failed++;
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `HTTP_${status}`;
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  };
  const result = await autocannon({
    url: spec.url,
    method: "POST",
    headers: spec.headers,
    connections: spec.connections,
    duration: spec.seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => ({ ...request, body: spec.bodies ? spec.bodies[next++ % spec.bodies.length] : spec.body }),
        onResponse,
      },
    ],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || spec.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    failed,
    errorCodes,
    socketErrors: result.errors + result.timeouts,
    ...(spec.collectIds ? { ids } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const spec = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as LoadSpec;
  const result = await load(spec);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
