import "reflect-metadata";
import fs from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../server/common/columns.js";
import { openStore } from "../../server/db/open-store.js";
import type { Store } from "../../server/db/store.js";
import { VersionedCache } from "../../server/db/versioned-cache.js";
import { Organisation, OrganisationKind } from "../../server/modules/organisation/organisation.entity.js";
import { codes, freshStore, startTestServer, store as storeKind, storeAvailable, type TestServer } from "../helpers/test-server.js";

const organisation = (name: string) => ({ id: newId(), slug: name, name, kind: OrganisationKind.OTHER, municipalityCode: null });

describe("a versioned cache", () => {
  it("answers only a caller that sees the version the value was stored at", () => {
    const cache = new VersionedCache<string>(10);
    cache.set("1", "page", "at 1");
    expect(cache.get("1", "page")).toBe("at 1");
    expect(cache.get("2", "page")).toBeUndefined();
    cache.set("2", "other", "at 2");
    // A newer version empties it: nothing of version 1 comes back, even to a caller still at 1.
    expect(cache.get("1", "page")).toBeUndefined();
    expect(cache.get("2", "other")).toBe("at 2");
  });

  it("keeps nothing when there is no version (PostgreSQL)", () => {
    const cache = new VersionedCache<string>(10);
    cache.set(null, "page", "value");
    expect(cache.get(null, "page")).toBeUndefined();
  });

  it("stays within its limit", () => {
    const cache = new VersionedCache<number>(3);
    for (let i = 0; i < 4; i++) cache.set("1", `key ${i}`, i);
    expect([0, 1, 2, 3].map((i) => cache.get("1", `key ${i}`))).toEqual([undefined, undefined, undefined, 3]);
  });
});

describe.skipIf(!storeAvailable)(`the store's version (${storeKind})`, () => {
  let location: Awaited<ReturnType<typeof freshStore>>;
  let store: Store;

  beforeAll(async () => {
    location = await freshStore();
    store = await openStore({ ...location, seedDemo: false });
  });
  afterAll(async () => {
    await store?.close();
    await location?.drop();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(location.sqlitePath + suffix, { force: true });
  });

  it.skipIf(storeKind !== "postgres")("is null on PostgreSQL, so nothing is cached there", () => {
    expect(store.version()).toBeNull();
  });

  it.skipIf(storeKind !== "sqlite")(
    "stays the same across reads and a rolled-back transaction, and changes with every commit (SQLite)",
    async () => {
      const start = store.version();
      expect(start).not.toBeNull();
      await store.reads.find(Organisation);
      expect(store.version()).toBe(start);

      await expect(
        store.transact(async (manager) => {
          await manager.insert(Organisation, organisation(`rolled-back-${newId().slice(0, 6)}`));
          // Open, uncommitted: the version the readers see is still the committed one.
          expect(store.version()).toBe(start);
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      expect(store.version()).toBe(start);

      await store.transact((manager) => manager.insert(Organisation, organisation(`committed-${newId().slice(0, 6)}`)));
      const afterOwnCommit = store.version();
      expect(afterOwnCommit).not.toBe(start);

      // Another process writing the same file (a second server, a script) changes it too.
      const other = new Database(location.sqlitePath);
      try {
        const row = organisation(`other-process-${newId().slice(0, 6)}`);
        other
          .prepare(`INSERT INTO "organisation" ("id", "slug", "name", "kind", "municipalityCode") VALUES (?, ?, ?, ?, NULL)`)
          .run(row.id, row.slug, row.name, row.kind);
      } finally {
        other.close();
      }
      expect(store.version()).not.toBe(afterOwnCommit);
    },
  );
});

describe.skipIf(!storeAvailable)(`the board between commits (${storeKind})`, () => {
  let server: TestServer;
  let token: string;
  const BOARD = `{ board(first: 20, sort: NEWEST) { totalCount edges { node { id freeSeats seatHoldings { organisation { slug } seats } } } } }`;

  beforeAll(async () => {
    server = await startTestServer();
    token = await server.login("coordinator@arboga.demo");
  });
  afterAll(() => server?.close());

  const statementsOf = async <T>(work: () => Promise<T>) => {
    const before = server.statements.count;
    const result = await work();
    return { result, statements: server.statements.count - before };
  };

  it("answers a repeated page with fewer statements on SQLite, and never with seats from before a claim", async () => {
    const first = await statementsOf(() => server.gql(BOARD, {}, token));
    const again = await statementsOf(() => server.gql(BOARD, {}, token));
    expect(again.result.data).toEqual(first.result.data);
    if (storeKind === "sqlite") expect(again.statements).toBeLessThan(first.statements);
    else expect(again.statements).toBe(first.statements);

    const target = first.result.data.board.edges.find((edge: { node: { freeSeats: number } }) => edge.node.freeSeats > 0).node;
    const claimed = await server.gql(`mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`, { p: target.id }, token);
    expect(codes(claimed)).toEqual([]);

    const after = (await server.gql(BOARD, {}, token)).data.board.edges.find(
      (edge: { node: { id: string } }) => edge.node.id === target.id,
    ).node;
    expect(after.freeSeats).toBe(target.freeSeats - 1);
    const held = (node: typeof target) =>
      node.seatHoldings.find((holding: { organisation: { slug: string } }) => holding.organisation.slug === "arboga")?.seats ?? 0;
    expect(held(after)).toBe(held(target) + 1);
  });
});
