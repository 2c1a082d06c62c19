import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const BOARD = `query($filter: BoardFilter, $first: Int, $after: String, $sort: BoardSort) {
  board(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    edges { cursor node { id title kind capacity freeSeats status startDate endDate
      organisation { id slug name } workplace { id name municipality { code name } }
      seatHoldings { organisation { slug } seats } ourClaims { id status } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe.skipIf(!storeAvailable)(`the board (${store})`, () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    token = await server.login("coordinator@arboga.demo");
  });
  afterAll(() => server?.close());

  it("shows open placements across Köping, Arboga and Kungsör from all partners", async () => {
    const result = await server.gql(BOARD, { first: 100 }, token);
    const nodes = result.data.board.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBe(result.data.board.totalCount);
    expect(nodes.every((n: any) => n.status === "OPEN")).toBe(true);
    expect(new Set(nodes.map((n: any) => n.workplace.municipality.code))).toEqual(new Set(["1983", "1984", "1960"]));
    expect(new Set(nodes.map((n: any) => n.organisation.slug)).size).toBeGreaterThanOrEqual(3);
    for (const n of nodes) {
      const held = n.seatHoldings.reduce((sum: number, h: any) => sum + h.seats, 0);
      expect(n.freeSeats).toBe(n.capacity - held);
    }
  });

  it("pages through every placement once with the cursor, in every sort order", async () => {
    const all = await server.gql(BOARD, { first: 100 }, token);
    for (const sort of ["NEWEST", "START_DATE", "TITLE", "MOST_FREE_SEATS"]) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await server.gql(BOARD, { first: 7, after, sort }, token);
        seen.push(...page.data.board.edges.map((edge: any) => edge.node.id));
        after = page.data.board.pageInfo.hasNextPage ? page.data.board.pageInfo.endCursor : null;
      } while (after);
      expect(seen.length).toBe(all.data.board.totalCount);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it("filters by municipality, kind, free seats and text together", async () => {
    const result = await server.gql(
      BOARD,
      { filter: { municipalityCodes: ["1983"], kinds: ["INTERNSHIP", "WORK_TRAINING"], freeSeatsOnly: true, text: "" }, first: 100 },
      token,
    );
    const nodes = result.data.board.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.workplace.municipality.code).toBe("1983");
      expect(["INTERNSHIP", "WORK_TRAINING"]).toContain(n.kind);
      expect(n.freeSeats).toBeGreaterThan(0);
    }
    const text = await server.gql(BOARD, { filter: { text: "LAGER" }, first: 100 }, token);
    expect(text.data.board.totalCount).toBeGreaterThan(0);
    expect(text.data.board.edges.every((e: any) => /lager/i.test(e.node.title + e.node.workplace.name))).toBe(true);
  });

  it("hides placements that ask for a licence the person lacks or more Swedish than they have", async () => {
    const result = await server.gql(
      `{ board(first: 100, filter: { licencesHeld: [], swedishLevel: BASIC }) { edges { node { requirements { swedishLevel licences } } } } }`,
      {},
      token,
    );
    const requirements = result.data.board.edges.map((e: any) => e.node.requirements);
    expect(requirements.length).toBeGreaterThan(0);
    expect(requirements.every((r: any) => r.licences.length === 0 && ["NONE", "BASIC"].includes(r.swedishLevel))).toBe(true);
  });

  it("refuses a page size over 100 and a forged cursor with BAD_USER_INPUT naming the argument", async () => {
    const big = await server.gql(BOARD, { first: 1000 }, token);
    expect(codes(big)).toEqual(["BAD_USER_INPUT"]);
    expect(big.errors![0].extensions!.field).toBe("first");
    const forged = await server.gql(BOARD, { after: "not-a-cursor" }, token);
    expect(codes(forged)).toEqual(["BAD_USER_INPUT"]);
    expect(forged.errors![0].extensions!.field).toBe("after");
  });

  it("asks the store the same number of SQL statements for a page of 10 as for a page of 50 (no N+1)", async () => {
    const count = async (first: number) => {
      const before = server.statements.count;
      const result = await server.gql(BOARD, { first }, token);
      expect(result.data.board.edges.length).toBe(Math.min(first, result.data.board.totalCount));
      return server.statements.count - before;
    };
    await count(5); // warm-up: the session lookup is the same for both
    const small = await count(10);
    const large = await count(50);
    console.log(`[${store}] SQL statements per board request: page of 10 → ${small}, page of 50 → ${large}`);
    // A small page may need one more batch (organisations that hold seats but own none of its
    // placements); what must never happen is a count that grows with the page.
    expect(large).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(10);
  });

  it("shows each card's organisation, workplace, municipality and seat holdings without asking the store again", async () => {
    const statementsOf = async (query: string, first: number) => {
      const before = server.statements.count;
      const result = await server.gql(query, { first }, token);
      expect(codes(result)).toEqual([]);
      return server.statements.count - before;
    };
    const cards = `query($first: Int) { board(first: $first) { edges { node { id
      organisation { id slug name } workplace { id name municipality { code name } } municipality { code }
      seatHoldings { organisation { slug } seats } } } } }`;
    // Different page sizes, so neither is a repeated page.
    const idsOnly = await statementsOf(`query($first: Int) { board(first: $first) { edges { node { id } } } }`, 30);
    expect(await statementsOf(cards, 31)).toBe(idsOnly);
  });

  it("refuses the board to anyone without a valid token", async () => {
    expect(codes(await server.gql(BOARD, {}))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await server.gql(BOARD, {}, "made-up-token"))).toEqual(["UNAUTHENTICATED"]);
  });
});
