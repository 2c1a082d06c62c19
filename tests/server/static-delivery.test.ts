import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

/**
 * What a browser gets over real HTTP: compressed API answers and pages, the build's precompressed
 * copies with the right Content-Encoding, a year of caching for hashed assets and `no-cache` for
 * index.html. node:http, not fetch: fetch would decompress and hide what travelled.
 */

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const decode = (raw: Raw) =>
  raw.headers["content-encoding"] === "br"
    ? brotliDecompressSync(raw.body).toString("utf8")
    : raw.headers["content-encoding"] === "gzip"
      ? gunzipSync(raw.body).toString("utf8")
      : raw.body.toString("utf8");

describe.skipIf(!storeAvailable)(`delivery: compression and caching (${store})`, () => {
  let clientDir: string;
  let server: TestServer;
  const script = `export const board = ${JSON.stringify("Praktikplatser i Köping, Arboga och Kungsör ".repeat(200))};`;
  const html = `<!doctype html><html lang="sv"><head><link rel="icon" href="/assets/logo-Qw12Er34.svg"><script type="module" src="/assets/main-Ab12Cd34.js"></script></head><body><div id="app"></div></body></html>`;

  beforeAll(async () => {
    // Laid out as `vite build` with vite-plugin-compression2 lays it out: x.js, x.js.br, x.js.gz.
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "pp-delivery-"));
    fs.mkdirSync(path.join(clientDir, "assets"));
    const write = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(clientDir, name), content);
    write("index.html", html);
    write("assets/main-Ab12Cd34.js", script);
    // Marked, so the test can tell which stored copy was sent.
    write("assets/main-Ab12Cd34.js.br", brotliCompressSync(`${script}// br`));
    write("assets/main-Ab12Cd34.js.gz", gzipSync(`${script}// gz`));
    write("assets/logo-Qw12Er34.svg", `<svg xmlns="http://www.w3.org/2000/svg"></svg>`);
    server = await startTestServer({ clientDir, config: { production: true } });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it("sends the stored brotli copy of a hashed script to a browser that accepts brotli, cached for a year", async () => {
    const raw = await request(`${server.url}/assets/main-Ab12Cd34.js`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(raw.status).toBe(200);
    expect(raw.headers["content-encoding"]).toBe("br");
    expect(raw.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(raw.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(raw.headers.vary).toMatch(/Accept-Encoding/i);
    expect(decode(raw)).toBe(`${script}// br`);
    expect(raw.body.length).toBeLessThan(script.length / 5);
  });

  it("sends the stored gzip copy when brotli is not accepted, and the plain file when nothing is", async () => {
    const gzip = await request(`${server.url}/assets/main-Ab12Cd34.js`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(decode(gzip)).toBe(`${script}// gz`);
    expect(gzip.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    const plain = await request(`${server.url}/assets/main-Ab12Cd34.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(script);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers HEAD for a stored copy with its headers and no body", async () => {
    const raw = await request(`${server.url}/assets/main-Ab12Cd34.js`, { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(raw.status).toBe(200);
    expect(raw.headers["content-encoding"]).toBe("br");
    expect(raw.body.length).toBe(0);
  });

  it("keeps index.html and the app shell of client routes revalidated on every load", async () => {
    for (const page of ["/", "/index.html", "/placements/123"]) {
      const raw = await request(`${server.url}${page}`, { headers: { "accept-encoding": "br, gzip" } });
      expect(raw.status, page).toBe(200);
      expect(raw.headers["cache-control"], page).toBe("no-cache");
      expect(decode(raw), page).toBe(html);
    }
  });

  it("caches hashed files without stored copies for a year too", async () => {
    const raw = await request(`${server.url}/assets/logo-Qw12Er34.svg`);
    expect(raw.status).toBe(200);
    expect(raw.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("does not serve the stored copies of a file it would not serve", async () => {
    expect((await request(`${server.url}/assets/missing-Zz99Yy88.js`, { headers: { "accept-encoding": "br" } })).status).toBe(404);
    expect((await request(`${server.url}/assets/main-Ab12Cd34.js.br`)).status).toBe(404);
  });

  it("compresses a large API answer with brotli (or gzip), without an ETag, and keeps it no-store", async () => {
    const token = await server.login("coordinator@koping.demo");
    const body = JSON.stringify({
      query: `{ board(first: 50) { totalCount edges { node { id title organisation { name } workplace { name } } } } }`,
    });
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
    const plain = await request(`${server.url}/graphql`, { method: "POST", headers, body });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    for (const encoding of ["br", "gzip"]) {
      const raw = await request(`${server.url}/graphql`, { method: "POST", headers: { ...headers, "accept-encoding": encoding }, body });
      expect(raw.status, encoding).toBe(200);
      expect(raw.headers["content-encoding"], encoding).toBe(encoding);
      expect(raw.headers["cache-control"], encoding).toBe("no-store");
      expect(raw.headers.etag, encoding).toBeUndefined();
      expect(raw.body.length, encoding).toBeLessThan(plain.body.length / 2);
      expect(JSON.parse(decode(raw)), encoding).toEqual(JSON.parse(plain.body.toString("utf8")));
    }
  });

  it("sends a small API answer as it is", async () => {
    const raw = await request(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "br, gzip" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(raw.status).toBe(200);
    expect(raw.headers["content-encoding"]).toBeUndefined();
    expect(raw.headers.etag).toBeUndefined();
  });
});
