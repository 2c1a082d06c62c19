import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

/**
 * Text search on the board (README, "Search"): any part of a word, in any letter case, å, ä and ö
 * included, on both stores. Each test posts the placements it looks for, at workplaces of its own.
 */

const BOARD = `query($filter: BoardFilter, $first: Int, $after: String, $sort: BoardSort) {
  board(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    edges { cursor node { id title description workplace { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Found {
  id: string;
  title: string;
  description: string;
  workplace: { name: string };
}

describe.skipIf(!storeAvailable)(`text search on the board (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  const ids: Record<string, string> = {};

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const result = await server.gql(query, variables, token);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async function workplace(name: string, municipalityCode: string): Promise<string> {
    const data = await ok(
      `mutation($input: CreateWorkplaceInput!) { createWorkplace(input: $input) { id } }`,
      { input: { name, sector: "PUBLIC", municipalityCode } },
      koping,
    );
    return data.createWorkplace.id;
  }

  async function post(title: string, workplaceId: string, description = ""): Promise<string> {
    const data = await ok(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title, description, kind: "INTERNSHIP", workplaceId, capacity: 2, startDate: "2027-03-01", endDate: "2027-05-28" } },
      koping,
    );
    return data.postPlacement.id;
  }

  /** Every placement the search finds, over all pages, as a coordinator of another organisation sees them. */
  async function search(text: string, sort = "NEWEST"): Promise<Found[]> {
    const found: Found[] = [];
    let after: string | null = null;
    do {
      const data = await ok(BOARD, { filter: { text }, first: 25, after, sort }, arboga);
      found.push(...data.board.edges.map((edge: { node: Found }) => edge.node));
      after = data.board.pageInfo.hasNextPage ? data.board.pageInfo.endCursor : null;
    } while (after);
    return found;
  }

  /** The search's own rule, in JavaScript: the text inside title, workplace name or description, case folded. */
  const contains = (node: Found, text: string) =>
    [node.title, node.workplace.name, node.description].some((field) =>
      field.toLocaleLowerCase("sv").includes(text.toLocaleLowerCase("sv")),
    );

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    const angen = await workplace("Ängens förskola", "1983");
    const aterbruket = await workplace("Återbruket Köping", "1983");
    const kommunhuset = await workplace("Kommunhuset i Köping", "1983");
    ids.angen = await post("Barnskötare, praktik", angen);
    ids.aterbruk = await post("Sortering och försäljning på Återbruket", aterbruket);
    ids.storkok = await post("Kockbiträde i Storköket", kommunhuset, "Disk, kall mat och servering till äldreboendet.");
    ids.description = await post("Vaktmästare, praktik", kommunhuset, "Du hjälper till i Storköket ibland.");
  });
  afterAll(() => server?.close());

  it.each([
    ["ängen", "angen", "the workplace name Ängens förskola, in lower case"],
    ["ÄNGEN", "angen", "the workplace name Ängens förskola, in capitals"],
    ["återbruk", "aterbruk", "Återbruket in the title"],
    ["förs", "aterbruk", "försäljning in the title"],
    ["förs", "angen", "förskola in the workplace name"],
    ["kök", "storkok", "kök inside Storköket"],
  ])('"%s" finds the placement it is part of (%s: %s)', async (text, key) => {
    const found = await search(text);
    expect(found.map((node) => node.id)).toContain(ids[key]);
    for (const node of found) expect(contains(node, text), `${node.title} · ${node.workplace.name}`).toBe(true);
  });

  it("keeps a, å and ä apart: angen does not find Ängens förskola", async () => {
    const found = await search("angen");
    expect(found.map((node) => node.id)).not.toContain(ids.angen);
  });

  it("finds text in the description, and the description's own letter case does not matter", async () => {
    const found = await search("ÄLDREBOENDET");
    expect(found.map((node) => node.id)).toContain(ids.storkok);
  });

  it("answers one or two letters too, folding å, ä and ö in any case, though no trigram index can help", async () => {
    for (const text of ["Äl", "äL", "ÅT", "ö"]) {
      const found = await search(text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const node of found) expect(contains(node, text), `${text}: ${node.title} · ${node.workplace.name}`).toBe(true);
    }
    expect((await search("äl")).map((node) => node.id)).toContain(ids.storkok);
    expect((await search("ÅT")).map((node) => node.id)).toContain(ids.aterbruk);
  });

  it("treats search syntax as plain text: quotes, wildcards and percent signs match only themselves", async () => {
    for (const text of ['"', 'kök"', "%", "_", "*", "?", "[", "a*b", "\\", "NEAR(a b)", "title:kök"]) {
      const found = await search(text);
      for (const node of found) expect(contains(node, text), `${text}: ${node.title}`).toBe(true);
    }
  });

  it("finds a placement by its new title and its workplace's new name as soon as the change is saved", async () => {
    const renamed = await workplace("Gamla namnet AB", "1984");
    const id = await post("Lagerarbete", renamed);
    expect((await search("gamla namnet")).map((node) => node.id)).toContain(id);

    await ok(`mutation($id: ID!) { updateWorkplace(id: $id, input: { name: "Ölbryggeriet i Arboga" }) { id } }`, { id: renamed }, koping);
    expect((await search("gamla namnet")).map((node) => node.id)).not.toContain(id);
    expect((await search("ÖLBRYGG")).map((node) => node.id)).toContain(id);

    await ok(`mutation($id: ID!) { updatePlacement(id: $id, input: { title: "Truckförare på lagret" }) { id } }`, { id }, koping);
    expect((await search("lagerarbete")).map((node) => node.id)).not.toContain(id);
    expect((await search("TRUCK")).map((node) => node.id)).toContain(id);
  });

  it("asks the store the same number of statements for a search as for the plain board (no N+1 from the search)", async () => {
    const count = async (variables: Record<string, unknown>) => {
      const before = server.statements.count;
      const data = await ok(BOARD, variables, arboga);
      expect(data.board.edges.length).toBeGreaterThan(0);
      return server.statements.count - before;
    };
    // Distinct page sizes, so no answer comes from the board's page cache.
    const plain = await count({ first: 11 });
    expect(await count({ first: 12, filter: { text: "förs" } })).toBe(plain);
    expect(await count({ first: 13, filter: { text: "ö" } })).toBe(plain);
    expect(await count({ first: 14, filter: { text: "förs" }, sort: "RELEVANCE" })).toBe(plain);
  });

  describe("sorted by RELEVANCE", () => {
    it("puts a match in the title before one in the workplace name before one only in the description", async () => {
      const found = await search("storkök", "RELEVANCE");
      const order = found.map((node) => node.id);
      expect(order.indexOf(ids.storkok)).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(ids.storkok)).toBeLessThan(order.indexOf(ids.description));
      const angen = await search("ängen", "RELEVANCE");
      expect(angen.map((node) => node.id)).toContain(ids.angen);
    });

    it("pages through every match once with its cursors", async () => {
      const all = (await ok(BOARD, { filter: { text: "a" }, first: 100 }, arboga)).board;
      const paged = await search("a", "RELEVANCE");
      expect(paged.length).toBe(all.totalCount);
      expect(new Set(paged.map((node) => node.id)).size).toBe(paged.length);
      const [first] = (await ok(BOARD, { filter: { text: "a" }, first: 1, sort: "RELEVANCE" }, arboga)).board.edges;
      // A RELEVANCE cursor carries a number; the same cursor is no cursor for TITLE, whose value is text.
      const wrongSort = await server.gql(BOARD, { filter: { text: "a" }, first: 5, after: first.cursor, sort: "TITLE" }, arboga);
      expect(wrongSort.errors?.[0]?.extensions?.reason).toBe("INVALID_CURSOR");
    });

    it("refuses RELEVANCE without a text, naming the sort", async () => {
      for (const filter of [null, { text: "" }, { text: "   " }]) {
        const result = await server.gql(BOARD, { filter, first: 5, sort: "RELEVANCE" }, arboga);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "SORT_NEEDS_TEXT", field: "sort" });
      }
    });
  });
});
