import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { hasChromium } from "./browser";

const dist = path.resolve("dist/client");
/**
 * Everything a coordinator can open, the charts left out: 261 kB once the second round's pages
 * (the participant's way, live board and notifications, follow-ups and statistics, checklists and
 * feedback) joined. The first load alone has its own, stricter budget in `npm run bench`.
 */
const BUDGET_KB = 300;
/** ECharts (core, bar charts, SVG renderer, grid, tooltip, legend) for the statistics page only. */
const CHARTS_BUDGET_KB = 200;
const isCharts = (file: string) => /^StatisticsChart-/.test(file);
const gzippedKb = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, "assets", file))).length, 0) / 1024;

/** Every JS file the coordinators' entry can load: static imports, lazy pages and preload lists. */
function reachableFrom(html: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/\/assets\/([\w.-]+\.js)/g)].map((match) => match[1]);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(path.join(dist, "assets", file), "utf8");
    for (const match of source.matchAll(/(?:\.\/|assets\/)([\w.-]+\.js)/g)) queue.push(match[1]);
  }
  return seen;
}

// The build comes from the e2e project's globalSetup, which runs only where Chromium is installed.
describe.skipIf(!hasChromium)("the coordinators' bundle", () => {
  it(`stays under ${BUDGET_KB} kB of gzipped JavaScript and never includes the playground`, () => {
    // The statistics page's charts are their own chunk with their own budget (below).
    const files = new Set([...reachableFrom(fs.readFileSync(path.join(dist, "index.html"), "utf8"))].filter((file) => !isCharts(file)));
    const gzipped = [...files].reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, "assets", file))).length, 0);
    console.log(`e2e: coordinators' JavaScript ${(gzipped / 1024).toFixed(1)} kB gzipped in ${files.size} files (budget ${BUDGET_KB} kB)`);
    expect(gzipped / 1024).toBeLessThan(BUDGET_KB);
    expect([...files].filter((file) => /playground|monaco|worker|graphiql/i.test(file))).toEqual([]);
  });

  it(`loads the statistics charts only on the statistics page, in a chunk under ${CHARTS_BUDGET_KB} kB gzipped`, () => {
    const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
    const firstLoad = [...html.matchAll(/\/assets\/([\w.-]+\.js)/g)].map((match) => match[1]);
    expect(firstLoad.filter(isCharts)).toEqual([]);
    const charts = fs.readdirSync(path.join(dist, "assets")).filter((file) => isCharts(file) && file.endsWith(".js"));
    expect(charts).toHaveLength(1);
    const main = firstLoad.map((file) => fs.readFileSync(path.join(dist, "assets", file), "utf8")).join("\n");
    expect(main).not.toMatch(/echarts|zrender/i);
    console.log(`e2e: statistics charts ${gzippedKb(charts).toFixed(1)} kB gzipped; first load ${gzippedKb(firstLoad).toFixed(1)} kB`);
    expect(gzippedKb(charts)).toBeLessThan(CHARTS_BUDGET_KB);
  });
});
