import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const BOARD = `query($first: Int, $after: String, $sort: BoardSort, $filter: BoardFilter) {
  board(first: $first, after: $after, sort: $sort, filter: $filter) { edges { node { id } } pageInfo { endCursor } }
}`;

const SORTS = ["NEWEST", "START_DATE", "TITLE", "MOST_FREE_SEATS", "RELEVANCE"] as const;
type Sort = (typeof SORTS)[number];
/** RELEVANCE needs a text to be relevant to; "a" matches most of the demo placements. */
const filterFor = (sort: Sort) => (sort === "RELEVANCE" ? { text: "a" } : null);

const ID = "0b6f4ac2-2f55-4a36-9d6c-5f5b9f0d1e7a";
const b64 = (text: string) => Buffer.from(text).toString("base64url");
const cursor = (...items: unknown[]) => b64(JSON.stringify(items));

/** A value of the right type for each sort, so a case can be wrong in one respect only. */
const GOOD_VALUE: Record<Sort, unknown> = {
  NEWEST: "2026-11-30T10:00:00.000Z",
  START_DATE: "2027-01-11",
  TITLE: "Lagerarbetare",
  MOST_FREE_SEATS: 3,
  RELEVANCE: 2,
};

/** Forgeries every sort refuses: the envelope, the arity or the id is wrong. */
function forgeries(sort: Sort): [string, string][] {
  const good = GOOD_VALUE[sort];
  return [
    ["not base64", "not a cursor!"],
    ["base64 with padding", `${cursor(good, ID)}==`],
    ["standard base64 characters", "ab+c/d"],
    ["base64 of plain text", b64("hello, board")],
    ["base64 of a cut-off JSON list", b64(`["${String(good)}", "${ID}"`)],
    ["base64 of NaN in JSON", b64(`[NaN, "${ID}"]`)],
    ["a JSON object", b64(JSON.stringify({ value: good, id: ID }))],
    ["JSON null", b64("null")],
    ["a JSON string", b64(JSON.stringify(ID))],
    ["an empty list", cursor()],
    ["only a value", cursor(good)],
    ["three items", cursor(good, ID, "extra")],
    ["an id that is a number", cursor(good, 42)],
    ["an id that is not a UUID", cursor(good, "placement-1")],
    ["SQL as the id", cursor(good, "' OR '1'='1")],
    ["a UNION as the id", cursor(good, `${ID}' UNION SELECT "passwordHash" FROM "user" --`)],
    ["a value that is null", cursor(null, ID)],
    ["a value that is a boolean", cursor(true, ID)],
    ["a value that is an object", cursor({ $gt: 0 }, ID)],
    ["a value that is a list", cursor([good], ID)],
    ["a cursor of 3,000 characters", cursor("x".repeat(3000), ID)],
  ];
}

/** Values of the wrong type, or out of range, for the sort's own key. */
const WRONG_VALUES: Record<Sort, [string, unknown][]> = {
  NEWEST: [
    ["a date without time", "2027-01-11"],
    ["a number", 1764150000000],
    ["the text NaN", "NaN"],
    ["the text Infinity", "Infinity"],
    ["an impossible day", "2027-02-30T10:00:00.000Z"],
    ["an impossible hour", "2027-01-11T25:00:00.000Z"],
    ["a time zone offset", "2027-01-11T10:00:00.000+01:00"],
    ["a year beyond the calendar", "+275760-09-13T00:00:00.000Z"],
    ["SQL", "2027-01-11' OR '1'='1"],
  ],
  START_DATE: [
    ["a timestamp", "2027-01-11T00:00:00.000Z"],
    ["a number", 20270111],
    ["the text NaN", "NaN"],
    ["an impossible day", "2027-02-30"],
    ["month 13", "2027-13-01"],
    ["9999-99-99", "9999-99-99"],
    ["SQL", "2027-01-11'; DROP TABLE placement; --"],
  ],
  TITLE: [
    ["a number", 12],
    ["a text longer than any title", "t".repeat(1001)],
  ],
  MOST_FREE_SEATS: [
    ["a numeric text", "3"],
    ["the text NaN", "NaN"],
    ["Infinity (1e400 in JSON)", "INFINITY"],
    ["a fraction", 1.5],
    ["2^53", 2 ** 53],
    ["-2^60", -(2 ** 60)],
    ["1e308", 1e308],
    ["SQL", "1); DROP TABLE placement; --"],
  ],
  RELEVANCE: [
    ["a numeric text", "2"],
    ["a fraction", 0.5],
    ["2^53", 2 ** 53],
    ["SQL", "2) OR 1=1 --"],
  ],
};

function cases(sort: Sort): [string, string][] {
  const wrong = WRONG_VALUES[sort].map(([name, value]): [string, string] => [
    name,
    // JSON cannot write Infinity; 1e400 is how a forger gets it past JSON.parse.
    value === "INFINITY" ? b64(`[1e400, "${ID}"]`) : cursor(value, ID),
  ]);
  return [...forgeries(sort), ...wrong];
}

describe.skipIf(!storeAvailable)(`forged board cursors (${store})`, () => {
  let server: TestServer;
  let token: string;
  let statementsOfARefusedRequest: number;
  beforeAll(async () => {
    server = await startTestServer();
    token = await server.login("viewer@arboga.demo");
    const before = server.statements.count;
    const refused = await server.gql(BOARD, { first: 0 }, token);
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    statementsOfARefusedRequest = server.statements.count - before;
  });
  afterAll(() => server?.close());

  describe.each(SORTS)("sorted by %s", (sort) => {
    it.each(cases(sort))("refuses %s as BAD_USER_INPUT on `after`, before any SQL", async (_name, after) => {
      const before = server.statements.count;
      const result = await server.gql(BOARD, { first: 5, after, sort, filter: filterFor(sort) }, token);
      const sent = server.statements.count - before;
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR", params: {}, field: "after" });
      // No more statements than a request refused by argument validation (the session look-up): none for the board.
      expect(sent).toBe(statementsOfARefusedRequest);
    });

    it("still pages with the cursors it gave out", async () => {
      const filter = filterFor(sort);
      const first = await server.gql(BOARD, { first: 3, sort, filter }, token);
      const next = await server.gql(BOARD, { first: 3, sort, filter, after: first.data.board.pageInfo.endCursor }, token);
      expect(next.errors).toBeUndefined();
      const ids = [...first.data.board.edges, ...next.data.board.edges].map((edge: any) => edge.node.id);
      expect(new Set(ids).size).toBe(6);
    });
  });

  it("pages past a placement whose title is 200 characters of å, ä and ö (a long cursor it gave out itself)", async () => {
    const owner = await server.login("coordinator@arboga.demo");
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, owner);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "arboga").id;
    const title = "ÅÄÖ".repeat(66) + "åä";
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title, kind: "INTERNSHIP", workplaceId, capacity: 1, startDate: "2027-01-11" } },
      owner,
    );
    expect(posted.errors).toBeUndefined();
    const all = await server.gql(BOARD, { first: 100, sort: "TITLE" }, token);
    const edges = all.data.board.edges.map((edge: any) => edge.node.id);
    const index = edges.indexOf(posted.data.postPlacement.id);
    const before = await server.gql(BOARD, { first: index + 1, sort: "TITLE" }, token);
    const cursor = before.data.board.pageInfo.endCursor as string;
    expect(cursor.length).toBeGreaterThan(500);
    const next = await server.gql(BOARD, { first: 5, sort: "TITLE", after: cursor }, token);
    expect(next.errors).toBeUndefined();
    expect(next.data.board.edges.map((edge: any) => edge.node.id)).toEqual(edges.slice(index + 1, index + 6));
  });

  it("takes SQL-looking text as a TITLE cursor value only as a bound value: no error, no match beyond it", async () => {
    const result = await server.gql(BOARD, { first: 5, sort: "TITLE", after: cursor("' OR 1=1 --", ID) }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data.board.edges.length).toBe(5);
  });
});
