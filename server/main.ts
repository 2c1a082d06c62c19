import "reflect-metadata";
import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { openStore } from "./db/open-store.js";
import { startHoldSweeper } from "./modules/claim/hold-sweeper.js";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const store = await openStore(config);
const { app, services, stop } = await createApp({ config, store });
const sweeper = startHoldSweeper(services.claims, config.holdSweepSeconds);
const server = app.listen(config.port, () => {
  const store = config.databaseUrl ? "PostgreSQL" : `SQLite (${config.sqlitePath})`;
  console.log(`Praktikpool listening on http://localhost:${config.port} — store: ${store}`);
});

async function shutdown() {
  sweeper.stop();
  server.close();
  await stop();
  await store.close();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
