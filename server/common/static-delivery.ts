import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type RequestHandler } from "express";

/**
 * How answers travel: compressed, and cached by browsers exactly as long as they stay right.
 *
 * - API answers and pages built at request time are compressed on the fly (brotli, else gzip) by
 *   the `compression` package; small answers (under 1 kB) go as they are.
 * - The client's files were compressed once at build time (vite-plugin-compression2 writes
 *   `x.js.br` and `x.js.gz` beside `x.js`); the stored copy the browser accepts is sent with its
 *   Content-Encoding, so no CPU is spent per request on them.
 * - Vite's hashed assets (`/assets/name-hash.ext`) never change under their name: cached for a
 *   year, immutable. Everything else (index.html, favicon) is `no-cache`: revalidated each time,
 *   so a new release is seen at the next load.
 */

/** Vite's hashed file names: name-<8 characters of hash>.ext, under /assets/. */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.\w+$/;
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** Precompressed copies, in the order preferred when the browser accepts both. */
const STORED_ENCODINGS = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

/** The MIME types of what Vite builds, set before `send` would look at the .br/.gz suffix. */
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

/**
 * On-the-fly compression for everything not already encoded. Express's ETag is off: every
 * dynamic answer here is `no-store` (GraphQL, exports), so hashing its body buys nothing; the
 * client's files keep the ETag `send` gives them from their size and time.
 */
export function compressedResponses(app: express.Express): RequestHandler {
  app.set("etag", false);
  return compression();
}

const cacheControlFor = (urlPath: string) => (HASHED_ASSET.test(urlPath) ? IMMUTABLE : REVALIDATE);

/**
 * The built client: precompressed copies where the browser accepts them, the cache headers
 * above, and index.html for client-side routes (e.g. /placements/…). Mount after the routes.
 */
export function clientFiles(clientDir: string): RequestHandler[] {
  const root = path.resolve(clientDir);
  /** URL path → the encodings stored beside it (looked up once per path; a build never changes under a running server). */
  const stored = new Map<string, (typeof STORED_ENCODINGS)[number][]>();
  const storedFor = (urlPath: string) => {
    let found = stored.get(urlPath);
    if (!found) {
      const file = path.join(root, urlPath);
      found = file.startsWith(root + path.sep) ? STORED_ENCODINGS.filter(({ suffix }) => fs.existsSync(file + suffix)) : [];
      if (stored.size < 10_000) stored.set(urlPath, found);
    }
    return found;
  };

  const precompressed: RequestHandler = (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const urlPath = req.path.endsWith("/") ? `${req.path}index.html` : req.path;
    const type = contentTypes[path.extname(urlPath)];
    if (!type) return next();
    const available = storedFor(decodeURIComponent(urlPath));
    if (!available.length) return next();
    res.append("Vary", "Accept-Encoding");
    // Our order (brotli is smaller), among what the browser accepts: browsers list gzip first at equal weight.
    const chosen = available.find(({ encoding }) => req.acceptsEncodings(encoding) === encoding);
    if (!chosen) return next();
    res.setHeader("Content-Type", type);
    res.setHeader("Content-Encoding", chosen.encoding);
    req.url = `${urlPath}${chosen.suffix}${req.url.slice(req.path.length)}`;
    // express.static reads the headers of this URL, not the original's: name it for the cache rule.
    res.locals.servedPath = urlPath;
    next();
  };

  const files = express.static(root, {
    index: "index.html",
    cacheControl: false,
    setHeaders: (res, file) => {
      const urlPath = (res.locals as { servedPath?: string }).servedPath ?? "/" + path.relative(root, file).split(path.sep).join("/");
      res.setHeader("Cache-Control", cacheControlFor(urlPath));
    },
  });

  const appShell: RequestHandler = (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (/^\/(graphql|healthz)/.test(req.path)) return next();
    // Client-side routes get index.html (precompressed when stored so).
    req.url = "/index.html";
    res.locals.servedPath = undefined;
    precompressed(req, res, () => files(req, res, next));
  };

  return [precompressed, files, appShell];
}
