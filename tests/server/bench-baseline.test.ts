import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBaselineHandler, openBaselineDatabase } from "../../bench/baseline-server.js";
import { boardBody } from "../../bench/board-query.js";
import { BENCH_TOKEN, buildDataset, insertDatasetThrough } from "../../bench/dataset.js";
import { startTestServer, store, type TestServer } from "../helpers/test-server.js";

/**
 * The benchmark compares the API with a hand-written node:http handler (bench/baseline-server.ts).
 * That comparison means something only if both serve the same data: the same board page, byte
 * for byte, for the same viewer. The baseline reads SQLite files only.
 */

const TOKEN_SECRET = "test-secret-test-secret-test-secret-1234"; // the secret startTestServer uses

describe.skipIf(store !== "sqlite")("bench baseline (SQLite only: the baseline reads the SQLite file directly)", () => {
  let server: TestServer;
  let db: Database.Database;
  let baseline: http.Server;
  let baselineUrl: string;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: false });
    const dataset = buildDataset({ placements: 1_000, tokenSecret: TOKEN_SECRET, passwordHash: "unused", dates: "sqlite" });
    await server.dataSource.transaction((manager) =>
      insertDatasetThrough({ options: server.dataSource.options, query: (sql, parameters) => manager.query(sql, parameters) }, dataset),
    );
    db = openBaselineDatabase(server.location.sqlitePath);
    baseline = http.createServer(createBaselineHandler(db, TOKEN_SECRET)).listen(0);
    await new Promise((resolve) => baseline.once("listening", resolve));
    baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/graphql`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => baseline?.close(resolve));
    db?.close();
    await server?.close();
  });

  const post = async (url: string, body: string, token: string | null = BENCH_TOKEN) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  it("answers the first board page of 50 with the API's bytes", async () => {
    const api = await post(`${server.url}/graphql`, boardBody(50));
    const hand = await post(baselineUrl, boardBody(50));
    const board = JSON.parse(api.text).data.board;
    expect(board.edges).toHaveLength(50);
    expect(board.totalCount).toBeGreaterThan(50);
    expect(board.edges.some((edge: { node: { seatHoldings: unknown[] } }) => edge.node.seatHoldings.length > 0)).toBe(true);
    expect(hand.status).toBe(api.status);
    expect(JSON.parse(hand.text)).toEqual(JSON.parse(api.text));
    expect(hand.text).toBe(api.text);
  });

  it("answers the next page (after the first page's endCursor) with the API's bytes", async () => {
    const first = JSON.parse((await post(`${server.url}/graphql`, boardBody(50))).text).data.board;
    const api = await post(`${server.url}/graphql`, boardBody(50, first.pageInfo.endCursor));
    const hand = await post(baselineUrl, boardBody(50, first.pageInfo.endCursor));
    const next = JSON.parse(api.text).data.board;
    expect(next.edges).toHaveLength(50);
    expect(next.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect(hand.text).toBe(api.text);
  });

  it("answers a page of 10 with the API's bytes", async () => {
    const api = await post(`${server.url}/graphql`, boardBody(10));
    const hand = await post(baselineUrl, boardBody(10));
    expect(hand.text).toBe(api.text);
  });

  it("refuses an unknown token as the API does", async () => {
    const api = await post(`${server.url}/graphql`, boardBody(10), "not-a-token");
    const hand = await post(baselineUrl, boardBody(10), "not-a-token");
    expect(JSON.parse(hand.text).errors[0].extensions.code).toBe(JSON.parse(api.text).errors[0].extensions.code);
  });
});
