import "reflect-metadata";
import { createApp } from "./app.js";
import { createLogger } from "./common/logger.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { openStore } from "./db/open-store.js";
import { startJobs } from "./jobs.js";

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
const store = await openStore(config);
const { app, services, stop, beginShutdown, live } = await createApp({ config, store, logger });
const jobs = startJobs(services, logger, { sweepSeconds: config.holdSweepSeconds });
const server = app.listen(config.port, () => {
  const kind = config.databaseUrl ? "PostgreSQL" : `SQLite (${config.sqlitePath})`;
  logger.info({ port: config.port, store: kind }, `Praktikpool listening on http://localhost:${config.port}`);
});
live.attach(server);

let stopping: Promise<void> | null = null;

/**
 * Stops in order: no new connections, in-flight requests finish (for at most the grace period),
 * the hold sweeper ends its sweep, Apollo stops, and only then the store closes. Anything sent to
 * an open connection meanwhile is answered 503 SHUTTING_DOWN, so every request is either answered
 * in full or never accepted, and an acknowledged claim is a stored claim.
 */
function shutdown(signal: NodeJS.Signals) {
  stopping ??= (async () => {
    logger.info({ signal, graceSeconds: config.shutdownGraceSeconds }, "shutting down: draining requests");
    beginShutdown();
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<"grace over">((resolve) => {
      timer = setTimeout(() => resolve("grace over"), config.shutdownGraceSeconds * 1000);
    });
    if ((await Promise.race([drained, graceOver])) === "grace over") {
      logger.warn("requests still running after the grace period; closing their connections");
      server.closeAllConnections();
    }
    clearTimeout(timer);
    await jobs.stop();
    await stop();
    await store.close();
    logger.info("stopped");
  })();
  stopping.then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    },
  );
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
