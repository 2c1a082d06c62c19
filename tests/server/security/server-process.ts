import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { transformFileSync } from "@swc/core";
import { testTempDir } from "../../helpers/test-stores.js";

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * Compiles server/ to plain JavaScript in a temp directory with SWC (the same decorator settings as
 * the vitest config; about half a second, and independent of other work in dist/). The result
 * runs as `node server/main.js`, exactly as in production.
 */
export function buildServer(): string {
  const out = testTempDir("pp-server-");
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  for (const file of walk(path.join(root, "server"))) {
    const target = path.join(out, path.relative(root, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.endsWith(".json")) fs.copyFileSync(file, target);
    if (!file.endsWith(".ts")) continue;
    const { code } = transformFileSync(file, {
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: "es2022",
        experimental: { keepImportAttributes: true },
      },
      module: { type: "es6" },
      sourceMaps: false,
    });
    fs.writeFileSync(target.replace(/\.ts$/, ".js"), code);
  }
  fs.writeFileSync(path.join(out, "package.json"), '{ "type": "module" }\n');
  fs.symlinkSync(path.join(root, "node_modules"), path.join(out, "node_modules"), "dir");
  return out;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
}

/**
 * Starts `node server/main.js` from a build and waits until it says it listens (it opens the store
 * first), then checks /healthz answers 200.
 */
export async function startServerProcess(buildDir: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["server/main.js"], {
    cwd: buildDir,
    env: {
      PATH: process.env.PATH ?? "",
      TOKEN_SECRET: "kill-test-secret-kill-test-secret-123456",
      SEED_DEMO: "true",
      ...env,
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = `http://127.0.0.1:${port}`;
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk;
        if (/listening/i.test(output)) resolve();
      };
      child.stdout!.on("data", read);
      child.stderr!.on("data", read);
      child.once("exit", (code, signal) => reject(new Error(`server exited with ${code ?? signal}: ${output}`)));
      timer = setTimeout(() => reject(new Error(`server did not say it listens within 60 s: ${output}`)), 60_000);
    });
    const health = await fetch(`${url}/healthz`);
    if (health.status !== 200) throw new Error(`/healthz answered ${health.status}: ${output}`);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { url, child, output: () => output };
}

export async function stopServerProcess(server: ServerProcess | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill(signal);
  await exited;
}
