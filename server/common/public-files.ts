import fs from "node:fs";
import path from "node:path";

/** File names Vite gives built assets (name-hash.ext), as they appear inside HTML, JS and CSS. */
const ASSET_REFERENCE = /[\w.-]+-[\w-]{8}\.(?:js|css|woff2?|ttf|svg|png|webp|ico)\b/g;

/**
 * The files the app itself needs: index.html and every asset reachable from it through the
 * references in HTML, JavaScript and CSS. Anything else in the build — the playground's page,
 * its bundle with the complete SDL, its editor workers — is left out. Paths are URL paths
 * ("/assets/main-abc.js"); files at the top of the build other than the HTML pages stay public
 * (favicon, robots.txt).
 */
export function publicFiles(clientDir: string): Set<string> {
  const assets = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else assets.set(entry.name, "/" + path.relative(clientDir, full).split(path.sep).join("/"));
    }
  };
  walk(clientDir);

  const served = new Set<string>(["/index.html"]);
  for (const [name, url] of assets) {
    if (!url.slice(1).includes("/") && !name.endsWith(".html")) served.add(url);
  }
  const queue = [path.join(clientDir, "index.html")];
  while (queue.length) {
    const file = queue.pop()!;
    if (!/\.(html|js|css)$/.test(file)) continue;
    for (const name of fs.readFileSync(file, "utf8").match(ASSET_REFERENCE) ?? []) {
      const url = assets.get(name);
      if (!url || served.has(url)) continue;
      served.add(url);
      queue.push(path.join(clientDir, url));
    }
  }
  return served;
}
