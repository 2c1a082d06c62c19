import fs from "node:fs";
import path from "node:path";
import { build } from "vite";

/**
 * The server serves dist/client, so the end-to-end run needs a fresh client build: made once here,
 * from the same vite.config.ts as `npm run build:client`.
 */
export default async function buildClient() {
  // Without a browser the tests are skipped (see browser.ts); no build needed.
  if (!fs.existsSync("/usr/bin/chromium")) return;
  const started = Date.now();
  // Vitest sets NODE_ENV=test, and Vite would then bundle the development builds of Vue and React:
  // the tests must run (and time) what `npm run build:client` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: path.resolve("vite.config.ts"), mode: "production", logLevel: "warn" });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  console.log(`e2e: built the client into dist/client in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
