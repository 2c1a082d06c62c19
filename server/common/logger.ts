import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type DestinationStream, type Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { LogLevel } from "../config.js";

export type { Logger };

/** Headers that carry a secret: never written to a log. */
const REDACTED = ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'];

/** JSON lines to stdout, or to `destination` (tests read what would be logged). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED, censor: "[redacted]" } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The path of a URL without its query: a query string may carry a secret link's token or a
 * whole GraphQL document with variables, and neither belongs in a log.
 */
export function loggedPath(url: string | undefined): string {
  // A calendar feed's path is its secret (calendar programs send no token): never logged.
  return (url ?? "").split("?")[0].replace(/^(\/calendar\/feed\/)[^/]*/i, "$1[redacted]");
}

/** A request id the client may send (a proxy's X-Request-Id); anything unusual is replaced. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** One log line per request, with a request id that is also sent back as X-Request-Id. */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; headers: Record<string, unknown>; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: loggedPath(req.url),
        headers: { authorization: req.headers.authorization, "user-agent": req.headers["user-agent"] },
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
