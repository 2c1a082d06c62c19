/// <reference lib="dom" />
import fs from "node:fs";
import { chromium, type BrowserContext } from "playwright-core";

/**
 * First render of the board in Debian's Chromium: from navigation start to the first placement
 * card in the DOM (noted by the page itself on each animation frame, not by polling from here),
 * and the bytes that crossed the network for the whole load (CDP's encodedDataLength: compressed
 * sizes plus headers, until the network is idle). Cold: a fresh browser context, empty cache. Warm: the same context loading again
 * (hashed assets from cache, index.html revalidated). Usage:
 *   node dist/bench/first-render.js <origin> <token> <viewer JSON> <runs>
 * Output: one JSON line.
 */

const CHROMIUM = "/usr/bin/chromium";

export interface RenderRun {
  milliseconds: number;
  transferredBytes: number;
  requests: number;
}

async function measure(context: BrowserContext, origin: string): Promise<RenderRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let transferredBytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    transferredBytes += event.encodedDataLength;
    requests++;
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as unknown as { firstBoardRender?: number }).firstBoardRender !== undefined, null, {
    timeout: 60_000,
  });
  const milliseconds = await page.evaluate(() => (window as unknown as { firstBoardRender: number }).firstBoardRender);
  // The whole first load counts (lazy chunks the board pulls in after its first card too).
  await page.waitForLoadState("networkidle");
  await page.close();
  return { milliseconds: Math.round(milliseconds), transferredBytes, requests };
}

export async function firstRender(origin: string, token: string, viewer: unknown, runs: number) {
  if (!fs.existsSync(CHROMIUM)) return null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const cold: RenderRun[] = [];
  const warm: RenderRun[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      await context.addInitScript(
        ([session, who]) => {
          localStorage.setItem("praktikpool.token", JSON.stringify(session));
          localStorage.setItem("praktikpool.viewer", JSON.stringify(who));
          const seen = () => {
            if (!document.querySelector('[data-testid="placement-card"]')) return requestAnimationFrame(seen);
            (window as unknown as { firstBoardRender: number }).firstBoardRender = performance.now();
          };
          requestAnimationFrame(seen);
        },
        [token, viewer] as const,
      );
      cold.push(await measure(context, origin));
      warm.push(await measure(context, origin));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const summary = (list: RenderRun[]) => ({
    milliseconds: median(list.map((run) => run.milliseconds)),
    transferredBytes: median(list.map((run) => run.transferredBytes)),
    requests: median(list.map((run) => run.requests)),
    runs: list,
  });
  return { cold: summary(cold), warm: summary(warm) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [origin, token, viewer, runs] = process.argv.slice(2);
  const result = await firstRender(origin!, token!, JSON.parse(viewer!), Number(runs ?? 3));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
