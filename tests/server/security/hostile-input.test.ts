import { catalogue } from "../../../server/common/errors.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultLimits } from "../../../server/config.js";
import { store, storeAvailable } from "../../helpers/test-server.js";
import { leaksInternals, rowCounts, startSecureServer, type SecureServer } from "./secure-server.js";

/**
 * A corpus of hostile requests. Each must be answered with a typed error: HTTP below 500, an
 * `errors` list whose every `extensions.code` is one clients know, no stack trace, no SQL, no file
 * path. Afterwards the store holds exactly the rows it held before (only the audit log may grow,
 * and only by the failed sign-ins the corpus tries).
 */

const TYPED_CODES = new Set([
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "NO_FREE_SEATS",
  "TOO_MANY_REQUESTS",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

type Auth = "none" | "coordinator" | "admin";
interface Case {
  category: string;
  name: string;
  /** A GraphQL request (query + variables) or a raw HTTP body. */
  query?: string;
  variables?: unknown;
  raw?: string | Buffer;
  headers?: Record<string, string>;
  method?: string;
  auth?: Auth;
  /** For input the text rule refuses: the answer must be exactly this BAD_USER_INPUT, naming the field. */
  refusedField?: string;
  refusedReason?: string;
}

const JSON_HEADERS = { "content-type": "application/json" };
const POST_PLACEMENT = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`;
const WORKPLACE = `mutation($input: CreateWorkplaceInput!) { createWorkplace(input: $input) { id } }`;
const SUPERVISOR = `mutation($input: AddSupervisorInput!) { addSupervisor(input: $input) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const BOARD = `query($filter: BoardFilter, $first: Int, $after: String) { board(filter: $filter, first: $first, after: $after) { totalCount } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

const repeat = (text: string, times: number) => Array.from({ length: times }, () => text);
const nest = (depth: number, open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

/** Builds the corpus once the fixture ids are known. */
function corpus(ids: { workplaceId: string; placementId: string; otherParticipantId: string; claimId: string }): Case[] {
  const placement = (patch: Record<string, unknown>) => ({
    input: { title: "Lagerarbetare", kind: "INTERNSHIP", workplaceId: ids.workplaceId, capacity: 2, startDate: "2027-01-11", ...patch },
  });
  const claim = (patch: Record<string, unknown>) => ({ input: { placementId: ids.placementId, ...patch } });
  const participant = (code: unknown) => ({ input: { code } });
  const cases: Case[] = [];
  const add = (category: string, list: Omit<Case, "category">[]) => list.forEach((item) => cases.push({ category, ...item }));

  add("malformed JSON", [
    { name: "an unclosed object", raw: "{" },
    { name: "a cut-off body", raw: '{"query":' },
    { name: "an unclosed array", raw: "[" },
    { name: "a lone closing bracket", raw: "]" },
    { name: "JSON null", raw: "null" },
    { name: "a bare string", raw: '"{ me { id } }"' },
    { name: "a bare number", raw: "12345" },
    { name: "single-quoted JSON", raw: "{'query': '{ me { id } }'}" },
    { name: "trailing garbage after the object", raw: '{"query":"{ me { id } }"} trailing' },
    { name: "NaN in variables", raw: '{"query":"query($n: Int) { board(first: $n) { totalCount } }","variables":{"n":NaN}}' },
    { name: "an empty body", raw: "" },
    { name: "an empty object", raw: "{}" },
    {
      name: "100,000 nested arrays in variables",
      raw: `{"query":"query($x: ID!) { placement(id: $x) { id } }","variables":{"y":${nest(100_000, "[", "]", "1")}}}`,
    },
    {
      name: "a raw invalid UTF-8 byte sequence",
      raw: Buffer.concat([Buffer.from('{"query":"{ me { id } }","variables":{"x":"'), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from('"}')]),
    },
  ]);

  add("wrong envelope", [
    { name: "query as a number", raw: JSON.stringify({ query: 123 }) },
    { name: "query as null", raw: JSON.stringify({ query: null }) },
    { name: "query as a list", raw: JSON.stringify({ query: ["{ me { id } }"] }) },
    { name: "variables as a string", raw: JSON.stringify({ query: "{ me { id } }", variables: "not an object" }) },
    { name: "variables as a list", raw: JSON.stringify({ query: "{ me { id } }", variables: [1, 2] }) },
    { name: "operationName as a number", raw: JSON.stringify({ query: "{ me { id } }", operationName: 5 }) },
    { name: "extensions as a string", raw: JSON.stringify({ query: "{ me { id } }", extensions: "x" }) },
    {
      name: "an unknown persisted query",
      raw: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    },
  ]);

  add("HTTP", [
    {
      name: "text/plain (a CSRF-style simple request)",
      raw: JSON.stringify({ query: "{ me { id } }" }),
      headers: { "content-type": "text/plain" },
    },
    {
      name: "form-encoded body",
      raw: "query=%7B%20me%20%7B%20id%20%7D%20%7D",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    },
    {
      name: "multipart body",
      raw: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ me { id } }\r\n--x--',
      headers: { "content-type": "multipart/form-data; boundary=x" },
    },
    {
      name: "JSON in an unsupported charset",
      raw: JSON.stringify({ query: "{ me { id } }" }),
      headers: { "content-type": "application/json; charset=utf-16" },
    },
    { name: "application/graphql", raw: "{ me { id } }", headers: { "content-type": "application/graphql" } },
    { name: "PUT", raw: JSON.stringify({ query: "{ me { id } }" }), method: "PUT" },
    { name: "DELETE", raw: "", method: "DELETE" },
    { name: "PATCH", raw: JSON.stringify({ query: "{ me { id } }" }), method: "PATCH" },
    { name: "a mutation over GET", raw: "", method: "GET", headers: { "apollo-require-preflight": "true" } },
    {
      name: "a body just over the limit",
      raw: JSON.stringify({ query: "{ me { id } }", variables: { pad: "x".repeat(defaultLimits.maxBodyBytes) } }),
    },
    { name: "a 10 MB body", raw: JSON.stringify({ query: "{ me { id } }", variables: { pad: "x".repeat(10 * 1024 * 1024) } }) },
    { name: "a bearer token of 8,000 characters", query: "{ me { id } }", headers: { authorization: `Bearer ${"x".repeat(8000)}` } },
    { name: "a Basic authorization header", query: "{ me { id } }", headers: { authorization: "Basic Zm9vOmJhcg==" } },
    { name: "a bearer token with SQL in it", query: "{ me { id } }", headers: { authorization: "Bearer ' OR '1'='1" } },
  ]);

  add("batches", [
    { name: "an empty batch", raw: "[]" },
    { name: "a batch of numbers", raw: "[1, 2, 3]" },
    {
      name: `a batch of ${defaultLimits.maxBatch + 1} operations`,
      raw: JSON.stringify(repeat('{"query":"{ me { id } }"}', defaultLimits.maxBatch + 1).map((s) => JSON.parse(s))),
    },
    {
      name: "a batch of 1,000 operations",
      raw: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: "{ organisations { id } }" }))),
    },
    {
      name: "a batch of 5,000 sign-in attempts",
      raw: JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ query: LOGIN, variables: { email: `x${i}@y.se`, password: "p" } }))),
    },
  ]);

  add("documents", [
    { name: "an empty query", query: "" },
    { name: "whitespace only", query: "   \n\t " },
    { name: "a comment only", query: "# nothing here" },
    { name: "a syntax error", query: "{ me { id }" },
    { name: "an unknown field", query: "{ nope }" },
    { name: "a subscription", query: "subscription { claims { id } }" },
    { name: "two anonymous operations", query: "{ me { id } } { me { email } }" },
    { name: "two named operations and no operationName", query: "query A { me { id } } query B { me { email } }" },
    { name: "an operationName that does not exist", raw: JSON.stringify({ query: "query A { me { id } }", operationName: "B" }) },
    { name: "a fragment cycle", query: "{ me { ...A } } fragment A on User { organisation { id } ...B } fragment B on User { ...A }" },
    { name: "an undefined variable", query: "{ placement(id: $x) { id } }" },
    { name: "a variable of the wrong declared type", query: "query($id: Int) { placement(id: $id) { id } }", variables: { id: 1 } },
    { name: "an unknown directive", query: "{ me @evil { id } }" },
    { name: "a directive argument of the wrong type", query: '{ me @skip(if: "yes") { id } }' },
    { name: "1,000 repeated directives", query: `{ me ${repeat("@include(if: true)", 1000).join(" ")} { id } }` },
    { name: "an Int literal beyond 32 bits", query: "{ board(first: 99999999999999999999) { totalCount } }" },
    { name: "a Float literal for an Int", query: "{ board(first: 1.5) { totalCount } }" },
    { name: "a String literal for an Int", query: '{ board(first: "10") { totalCount } }' },
    { name: "a NUL character in a string literal", query: '{ placement(id: "a\\u0000") { id } }' },
  ]);

  const deep = (depth: number) => {
    let inner = "id";
    for (let step = depth - 4; step > 0; step--) inner = step % 2 === 1 ? `ourClaims { ${inner} }` : `placement { ${inner} }`;
    return `{ board { edges { node { ${inner} } } } }`;
  };
  add("deep and wide queries", [
    { name: "a depth-20 query", query: deep(20) },
    { name: "a depth-200 query", query: deep(200) },
    { name: "a depth-20 introspection query", query: `{ __schema { types { ${nest(18, "ofType { ", " }", "name")} } } }` },
    {
      name: "depth hidden in a chain of fragments",
      query: `{ board { ...A } } fragment A on PlacementConnection { edges { node { ...B } } } fragment B on Placement { ${nest(6, "ourClaims { placement { ", " } }", "id")} }`,
    },
    { name: "2,000 aliases", query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(" ")} }` },
    { name: "5,000 aliased fields", query: `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: organisations { id }`).join(" ")} }` },
    {
      name: "2,000 aliased sign-in attempts",
      query: `mutation { ${Array.from({ length: 2000 }, (_, i) => `a${i}: login(email: "admin@koping.demo", password: "guess${i}") { token }`).join(" ")} }`,
    },
    {
      name: "a page of 100 with lists nested three deep (cost)",
      query: `{ board(first: 100) { edges { node { ourClaims { placement { ourClaims { placement { seatHoldings { organisation { id name slug } } } } } } } } } }`,
    },
    {
      name: "exponentially repeated fragments",
      query: `{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F40 on Query { organisations { id } }`,
    },
    { name: "a document of 20,000 tokens", query: `{ me { ${"id ".repeat(20_000)} } }` },
  ]);

  add("wrong types", [
    { name: "capacity as a string", query: POST_PLACEMENT, variables: placement({ capacity: "5" }), auth: "coordinator" },
    { name: "capacity as a fraction", query: POST_PLACEMENT, variables: placement({ capacity: 1.5 }), auth: "coordinator" },
    { name: "capacity as a boolean", query: POST_PLACEMENT, variables: placement({ capacity: true }), auth: "coordinator" },
    { name: "capacity as null", query: POST_PLACEMENT, variables: placement({ capacity: null }), auth: "coordinator" },
    { name: "capacity as an object", query: POST_PLACEMENT, variables: placement({ capacity: { $gt: 0 } }), auth: "coordinator" },
    { name: "capacity as a list", query: POST_PLACEMENT, variables: placement({ capacity: [5] }), auth: "coordinator" },
    { name: "title as a number", query: POST_PLACEMENT, variables: placement({ title: 123 }), auth: "coordinator" },
    { name: "title as a list", query: POST_PLACEMENT, variables: placement({ title: ["a", "b"] }), auth: "coordinator" },
    { name: "input as a string", query: POST_PLACEMENT, variables: { input: "everything" }, auth: "coordinator" },
    { name: "an unknown input field", query: POST_PLACEMENT, variables: placement({ seatsTaken: 0 }), auth: "coordinator" },
    {
      name: "a __proto__ input field",
      raw: `{"query":${JSON.stringify(POST_PLACEMENT)},"variables":{"input":{"__proto__":{"capacity":5},"title":"x"}}}`,
      auth: "coordinator",
    },
    {
      name: "a missing required field",
      query: POST_PLACEMENT,
      variables: { input: { title: "Lagerarbetare", kind: "INTERNSHIP" } },
      auth: "coordinator",
    },
    { name: "seats as a string", query: CLAIM, variables: claim({ seats: "1" }), auth: "coordinator" },
    { name: "placementId as an object", query: CLAIM, variables: { input: { placementId: { id: ids.placementId } } }, auth: "coordinator" },
    { name: "first as a string", query: BOARD, variables: { first: "10" }, auth: "coordinator" },
  ]);

  add("negative and huge numbers", [
    { name: "capacity 0", query: POST_PLACEMENT, variables: placement({ capacity: 0 }), auth: "coordinator" },
    { name: "capacity -1", query: POST_PLACEMENT, variables: placement({ capacity: -1 }), auth: "coordinator" },
    { name: "capacity 501", query: POST_PLACEMENT, variables: placement({ capacity: 501 }), auth: "coordinator" },
    { name: "capacity 2^31", query: POST_PLACEMENT, variables: placement({ capacity: 2 ** 31 }), auth: "coordinator" },
    { name: "capacity -2^31 - 1", query: POST_PLACEMENT, variables: placement({ capacity: -(2 ** 31) - 1 }), auth: "coordinator" },
    { name: "capacity 1e308", query: POST_PLACEMENT, variables: placement({ capacity: 1e308 }), auth: "coordinator" },
    { name: "hoursPerWeek -40", query: POST_PLACEMENT, variables: placement({ hoursPerWeek: -40 }), auth: "coordinator" },
    { name: "hoursPerWeek 1,000", query: POST_PLACEMENT, variables: placement({ hoursPerWeek: 1000 }), auth: "coordinator" },
    { name: "seats 0", query: CLAIM, variables: claim({ seats: 0 }), auth: "coordinator" },
    { name: "seats -5", query: CLAIM, variables: claim({ seats: -5 }), auth: "coordinator" },
    { name: "seats 1,000,000", query: CLAIM, variables: claim({ seats: 1_000_000 }), auth: "coordinator" },
    { name: "seats 2^53", query: CLAIM, variables: claim({ seats: 2 ** 53 }), auth: "coordinator" },
    { name: "board first 0", query: BOARD, variables: { first: 0 }, auth: "coordinator" },
    { name: "board first -1", query: BOARD, variables: { first: -1 }, auth: "coordinator" },
    { name: "board first 1,000,000,000", query: BOARD, variables: { first: 1_000_000_000 }, auth: "coordinator" },
    { name: "auditLog first 2^31", query: "query($n: Int!) { auditLog(first: $n) { id } }", variables: { n: 2 ** 31 }, auth: "admin" },
  ]);

  add("huge strings and lists", [
    {
      name: "a title of 100,000 characters",
      query: POST_PLACEMENT,
      variables: placement({ title: "x".repeat(100_000) }),
      auth: "coordinator",
    },
    {
      name: "a description of 900,000 characters",
      query: POST_PLACEMENT,
      variables: placement({ description: "y".repeat(900_000) }),
      auth: "coordinator",
    },
    { name: "a participant code of 10,000 characters", query: REGISTER, variables: participant("A".repeat(10_000)), auth: "coordinator" },
    {
      name: "a board search of 100,000 characters",
      query: BOARD,
      variables: { filter: { text: "z".repeat(100_000) } },
      auth: "coordinator",
    },
    { name: "a cursor of 100,000 characters", query: BOARD, variables: { after: "c".repeat(100_000) }, auth: "coordinator" },
    { name: "a garbage cursor", query: BOARD, variables: { after: "not-a-cursor" }, auth: "coordinator" },
    {
      name: "a decline reason of 100,000 characters",
      query: `mutation($id: ID!, $r: String) { declineClaim(id: $id, reason: $r) { id } }`,
      variables: { id: ids.claimId, r: "r".repeat(100_000) },
      auth: "coordinator",
    },
    {
      name: "5,000 municipality codes",
      query: BOARD,
      variables: { filter: { municipalityCodes: repeat("1983", 5000) } },
      auth: "coordinator",
    },
    { name: "60,000 placement kinds", query: BOARD, variables: { filter: { kinds: repeat("TRAINEE", 60_000) } }, auth: "coordinator" },
    { name: "60,000 statuses", query: BOARD, variables: { filter: { statuses: repeat("OPEN", 60_000) } }, auth: "coordinator" },
    {
      name: "60,000 licences held",
      query: BOARD,
      variables: { filter: { licencesHeld: repeat("FORKLIFT", 60_000) } },
      auth: "coordinator",
    },
    {
      name: "60,000 kinds as a literal",
      query: `{ board(filter: { kinds: [${repeat("TRAINEE", 60_000).join(",")}] }) { totalCount } }`,
      auth: "coordinator",
    },
    {
      name: "60,000 claim statuses",
      query: `query($s: [ClaimStatus!]) { myClaims(statuses: $s) { id } }`,
      variables: { s: repeat("HELD", 60_000) },
      auth: "coordinator",
    },
    {
      name: "1,000 audience organisations",
      query: POST_PLACEMENT,
      variables: placement({ visibility: "SELECTED", visibleToOrganisationIds: Array.from({ length: 1000 }, (_, i) => `org-${i}`) }),
      auth: "coordinator",
    },
    {
      name: "11 licences required, repeated",
      query: POST_PLACEMENT,
      variables: placement({ requirements: { licences: repeat("FORKLIFT", 11) } }),
      auth: "coordinator",
    },
    { name: "an e-mail of 10,000 characters at sign-in", query: LOGIN, variables: { email: `${"a".repeat(10_000)}@x.se`, password: "p" } },
    {
      name: "a password of 500,000 characters at sign-in",
      query: LOGIN,
      variables: { email: "coordinator@koping.demo", password: "p".repeat(500_000) },
    },
  ]);

  add("control characters and odd Unicode", [
    { name: "a NUL in a variable", query: LOGIN, variables: { email: "admin@koping.demo\u0000", password: "praktikpool" } },
    {
      name: "a NUL in a nested input",
      query: POST_PLACEMENT,
      variables: placement({ requirements: { other: "a\u0000b" } }),
      auth: "coordinator",
    },
    {
      name: "a bell character in a title",
      query: POST_PLACEMENT,
      variables: placement({ title: "Lager\u0007arbetare" }),
      auth: "coordinator",
    },
    {
      name: "an escape sequence in a title",
      query: POST_PLACEMENT,
      variables: placement({ title: "\u001b[31mRöd\u001b[0m" }),
      auth: "coordinator",
    },
    {
      name: "DEL in a workplace name",
      query: WORKPLACE,
      variables: { input: { name: "Verkstad\u007f", sector: "PUBLIC", municipalityCode: "1983" } },
      auth: "coordinator",
    },
    { name: "a right-to-left override in a participant code", query: REGISTER, variables: participant("AB\u202ECD"), auth: "coordinator" },
    { name: "a zero-width space in a participant code", query: REGISTER, variables: participant("AB\u200BCD"), auth: "coordinator" },
    { name: "emoji as a participant code", query: REGISTER, variables: participant("😀😀😀"), auth: "coordinator" },
    { name: "full-width letters as a participant code", query: REGISTER, variables: participant("ＡＢＣ１２３"), auth: "coordinator" },
    { name: "a lone surrogate in a participant code", query: REGISTER, variables: participant("AB\ud800CD"), auth: "coordinator" },
    {
      name: "combining marks only as a title",
      query: POST_PLACEMENT,
      variables: placement({ title: "\u0301\u0301" }),
      auth: "coordinator",
    },
    {
      name: "a vertical tab in a decline reason",
      query: `mutation($id: ID!, $r: String) { declineClaim(id: $id, reason: $r) { id } }`,
      variables: { id: ids.claimId, r: "nej\u000b" },
      auth: "coordinator",
      refusedField: "reason",
      refusedReason: "TEXT_FORBIDDEN_CHARACTERS",
    },
    {
      name: "a blank early-end reason",
      query: `mutation($id: ID!) { endClaimEarly(id: $id, reason: " \\n ") { id } }`,
      variables: { id: ids.claimId },
      auth: "coordinator",
      refusedField: "reason",
      refusedReason: "REASON_REQUIRED",
    },
  ]);

  // One text rule for every free text (server/common/validation.ts): titles, descriptions and reasons alike.
  const DECLINE = `mutation($id: ID!, $r: String) { declineClaim(id: $id, reason: $r) { id } }`;
  const END_EARLY = `mutation($id: ID!, $r: String!) { endClaimEarly(id: $id, reason: $r) { id } }`;
  const CHARACTERS = "TEXT_FORBIDDEN_CHARACTERS";
  const IDENTITY = "TEXT_HOLDS_IDENTITY_NUMBER";
  const forbidden: [string, string, string][] = [
    ["a right-to-left override (U+202E)", "Lager\u202Eerarbeta", CHARACTERS],
    ["a left-to-right embedding (U+202A)", "Lager\u202Aarbetare", CHARACTERS],
    ["a left-to-right isolate (U+2066)", "Lager\u2066arbetare\u2069", CHARACTERS],
    ["a first-strong isolate (U+2068)", "Lager\u2068arbetare", CHARACTERS],
    ["a pop-directional isolate (U+2069)", "Lagerarbetare\u2069", CHARACTERS],
    ["a C1 control (U+0085, next line)", "Lager\u0085arbetare", CHARACTERS],
    ["a C1 control (U+009B, control sequence introducer)", "Lager\u009B31marbetare", CHARACTERS],
    ["a C1 control (U+0080)", "Lager\u0080arbetare", CHARACTERS],
    ["a lone high surrogate", "Lager\uD800arbetare", CHARACTERS],
    ["a lone low surrogate", "Lager\uDC00arbetare", CHARACTERS],
    ["a personal identity number", "Lagerarbetare 19900101-1234", IDENTITY],
    ["a coordination number", "Lagerarbetare 900161-1234", IDENTITY],
  ];
  const textTargets: { where: string; field: string; query: string; variables: (text: string) => unknown }[] = [
    { where: "title", field: "input.title", query: POST_PLACEMENT, variables: (text) => placement({ title: text }) },
    { where: "description", field: "input.description", query: POST_PLACEMENT, variables: (text) => placement({ description: text }) },
    {
      where: "other requirements",
      field: "input.requirements.other",
      query: POST_PLACEMENT,
      variables: (text) => placement({ requirements: { other: text } }),
    },
    { where: "decline reason", field: "reason", query: DECLINE, variables: (text) => ({ id: ids.claimId, r: text }) },
    { where: "early-end reason", field: "reason", query: END_EARLY, variables: (text) => ({ id: ids.claimId, r: text }) },
  ];
  add(
    "the one text rule",
    textTargets.flatMap((target) =>
      forbidden.map(([what, text, reason]) => ({
        name: `${what} in a ${target.where}`,
        query: target.query,
        variables: target.variables(text),
        auth: "coordinator" as Auth,
        refusedField: target.field,
        refusedReason: reason,
      })),
    ),
  );
  add("the one text rule", [
    {
      name: "a line break in a title",
      query: POST_PLACEMENT,
      variables: placement({ title: "Lager\narbetare" }),
      auth: "coordinator",
      refusedField: "input.title",
      refusedReason: CHARACTERS,
    },
    {
      name: "a 1,001-character decline reason",
      query: DECLINE,
      variables: { id: ids.claimId, r: "r".repeat(1001) },
      auth: "coordinator",
      refusedField: "reason",
      refusedReason: "TEXT_LENGTH",
    },
  ]);

  add("SQL- and script-looking text", [
    { name: "SQL as a participant code", query: REGISTER, variables: participant("'; DROP TABLE participant; --"), auth: "coordinator" },
    {
      name: "a script tag as a participant code",
      query: REGISTER,
      variables: participant("<script>alert(1)</script>"),
      auth: "coordinator",
    },
    {
      name: "a personal identity number as a participant code",
      query: REGISTER,
      variables: participant("19700101-1234"),
      auth: "coordinator",
    },
    { name: "SQL as a placement id", query: CLAIM, variables: { input: { placementId: "' OR '1'='1" } }, auth: "coordinator" },
    {
      name: "a UNION as a placement id",
      query: CLAIM,
      variables: { input: { placementId: 'x\' UNION SELECT * FROM "user" --' } },
      auth: "coordinator",
    },
    {
      name: "a path as a workplace id",
      query: POST_PLACEMENT,
      variables: placement({ workplaceId: "../../etc/passwd" }),
      auth: "coordinator",
    },
    {
      name: "SQL as a municipality code",
      query: WORKPLACE,
      variables: { input: { name: "Verkstad", sector: "PUBLIC", municipalityCode: "1983' OR '1'='1" } },
      auth: "coordinator",
    },
    {
      name: "HTML as an organisation number",
      query: WORKPLACE,
      variables: {
        input: { name: "Verkstad", sector: "PUBLIC", municipalityCode: "1983", organisationNumber: "<img src=x onerror=alert(1)>" },
      },
      auth: "coordinator",
    },
    { name: "SQL as a sign-in e-mail", query: LOGIN, variables: { email: "' OR 1=1 --", password: "x" } },
    {
      name: "SQL as an organisation id",
      query: POST_PLACEMENT,
      variables: placement({ visibility: "SELECTED", visibleToOrganisationIds: ["1' OR '1'='1"] }),
      auth: "coordinator",
    },
    {
      name: "script as a supervisor e-mail",
      query: SUPERVISOR,
      variables: { input: { workplaceId: ids.workplaceId, name: "Handledare", email: "<script>@x" } },
      auth: "coordinator",
    },
    {
      name: "SQL as a supervisor phone",
      query: SUPERVISOR,
      variables: { input: { workplaceId: ids.workplaceId, name: "Handledare", phone: "1; DROP TABLE supervisor" } },
      auth: "coordinator",
    },
    {
      name: "another organisation's participant (by id)",
      query: CLAIM,
      variables: claim({ participantId: ids.otherParticipantId }),
      auth: "coordinator",
    },
    {
      name: "SQL as a user id",
      query: `mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`,
      variables: { id: "1 OR 1=1" },
      auth: "admin",
    },
  ]);

  add("impossible dates and time zones", [
    ...[
      "2027-02-30",
      "2027-13-01",
      "2027-00-10",
      "2027-1-1",
      "27-01-01",
      "2027-11-26T10:00:00Z",
      "2027-11-26+01:00",
      "2027-11-26T00:00:00+25:00",
      "+002027-01-01",
      "2027-02-29",
      "",
      "0000-00-00",
      "9999-99-99",
      "2027-W48-4",
      "1e5",
    ].map((startDate) => ({
      name: `startDate "${startDate}"`,
      query: POST_PLACEMENT,
      variables: placement({ startDate }),
      auth: "coordinator" as Auth,
    })),
    { name: "startDate as a number", query: POST_PLACEMENT, variables: placement({ startDate: 20271126 }), auth: "coordinator" },
    { name: "an end before the start", query: POST_PLACEMENT, variables: placement({ endDate: "2027-01-10" }), auth: "coordinator" },
    {
      name: "a requested end before the requested start",
      query: CLAIM,
      variables: claim({ requestedStart: "2027-03-01", requestedEnd: "2027-02-01" }),
      auth: "coordinator",
    },
    { name: "a requested start of 31 February", query: CLAIM, variables: claim({ requestedStart: "2027-02-31" }), auth: "coordinator" },
    {
      name: "a board window ending before it starts",
      query: BOARD,
      variables: { filter: { from: "2027-05-01", to: "2027-04-01" } },
      auth: "coordinator",
    },
    {
      name: "a board date with a time zone",
      query: BOARD,
      variables: { filter: { from: "2027-05-01T00:00:00-05:00" } },
      auth: "coordinator",
    },
    {
      name: "a training date of 30 February",
      query: SUPERVISOR,
      variables: { input: { workplaceId: ids.workplaceId, name: "Handledare", trainedOn: "2026-02-30" } },
      auth: "coordinator",
    },
  ]);

  add("unknown enum values", [
    { name: "kind PRAKTIK", query: POST_PLACEMENT, variables: placement({ kind: "PRAKTIK" }), auth: "coordinator" },
    { name: "kind in lower case", query: POST_PLACEMENT, variables: placement({ kind: "internship" }), auth: "coordinator" },
    { name: "kind as a number", query: POST_PLACEMENT, variables: placement({ kind: 1 }), auth: "coordinator" },
    { name: "status CLOSED when posting", query: POST_PLACEMENT, variables: placement({ status: "CLOSED" }), auth: "coordinator" },
    { name: "visibility EVERYONE", query: POST_PLACEMENT, variables: placement({ visibility: "EVERYONE" }), auth: "coordinator" },
    {
      name: "a licence SUPERPOWER",
      query: POST_PLACEMENT,
      variables: placement({ requirements: { licences: ["SUPERPOWER"] } }),
      auth: "coordinator",
    },
    { name: "sort DROP", query: "{ board(sort: DROP) { totalCount } }", auth: "coordinator" },
    {
      name: "a claim status NOPE",
      query: `query($s: [ClaimStatus!]) { myClaims(statuses: $s) { id } }`,
      variables: { s: ["NOPE"] },
      auth: "coordinator",
    },
    {
      name: "role SUPERADMIN",
      query: CREATE_USER,
      variables: { input: { email: "ny@koping.demo", name: "Ny", password: "ett-langt-losenord", role: "SUPERADMIN" } },
      auth: "admin",
    },
    {
      name: "sector GOVERNMENT",
      query: WORKPLACE,
      variables: { input: { name: "Verkstad", sector: "GOVERNMENT", municipalityCode: "1983" } },
      auth: "coordinator",
    },
    {
      name: "an unknown Swedish level",
      query: REGISTER,
      variables: { input: { code: "AB-123", swedishLevel: "NATIVE" } },
      auth: "coordinator",
    },
  ]);

  return cases;
}

const REASONS = new Set(Object.keys(catalogue));

describe.skipIf(!storeAvailable)(`hostile input corpus (${store})`, () => {
  let server: SecureServer;
  let cases: Case[] = [];
  const tokens: Partial<Record<Auth, string>> = {};
  const auditOtherThanSignIn = async () =>
    Number(
      (
        await server.dataSource.query(
          `SELECT COUNT(*) AS n FROM "audit_entry" WHERE "action" NOT IN ('login:attempt', 'login:failed', 'login:locked')`,
        )
      )[0].n,
    );

  beforeAll(async () => {
    server = await startSecureServer();
    tokens.coordinator = await server.login("coordinator@koping.demo");
    tokens.admin = await server.login("admin@koping.demo");
    const other = await server.login("coordinator@arboga.demo");
    // A placement uses a workplace of its own organisation: Arboga posts at one of Arboga's.
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, other);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "arboga").id;
    const posted = await server.gql(
      POST_PLACEMENT,
      { input: { title: "Korpusplats", kind: "INTERNSHIP", workplaceId, capacity: 3, startDate: "2027-01-11" } },
      other,
    );
    const placementId = posted.data.postPlacement.id;
    const claimed = await server.gql(CLAIM, { input: { placementId } }, tokens.coordinator);
    const otherParticipant = await server.gql(REGISTER, { input: { code: "ARB-001" } }, other);
    cases = corpus({
      workplaceId,
      placementId,
      claimId: claimed.data.claimSeat.id,
      otherParticipantId: otherParticipant.data.registerParticipant.id,
    });
  });
  afterAll(() => server?.close());

  // The corpus needs fixture ids, so the cases are built in beforeAll; vitest needs the names earlier.
  const names = corpus({ workplaceId: "w", placementId: "p", claimId: "c", otherParticipantId: "o" }).map(
    (c, index) => [`${c.category}: ${c.name}`, index] as const,
  );

  it(`holds at least 100 cases (${names.length})`, () => {
    expect(names.length).toBeGreaterThanOrEqual(100);
    console.log(`[${store}] hostile input corpus: ${names.length} cases`);
  });

  // Each case also leaves every table's row count unchanged: the audit log grows only by failed sign-ins.
  it.each(names)("answers %s with a typed error and changes nothing", async (_name, index) => {
    const item = cases[index];
    const before = await rowCounts(server.dataSource, ["audit_entry"]);
    const auditBefore = await auditOtherThanSignIn();
    const auth: Record<string, string> = item.auth && item.auth !== "none" ? { authorization: `Bearer ${tokens[item.auth]}` } : {};
    const headers: Record<string, string> = { ...JSON_HEADERS, ...auth, ...item.headers };
    const body = item.raw ?? JSON.stringify({ query: item.query, variables: item.variables ?? {} });
    let response;
    if (item.method === "GET") {
      const query = encodeURIComponent("mutation { logout }");
      const answer = await fetch(`${server.url}/graphql?query=${query}`, { headers });
      const text = await answer.text();
      response = { status: answer.status, text, json: JSON.parse(text) };
    } else {
      response = await server.post(body, headers, item.method ?? "POST");
    }
    expect(response.status).toBeLessThan(500);
    expect(response.json, `a JSON answer: ${response.text.slice(0, 200)}`).toBeDefined();
    const answers = Array.isArray(response.json) ? response.json : [response.json];
    for (const answer of answers) {
      expect(answer.errors?.length, `an error: ${JSON.stringify(answer).slice(0, 300)}`).toBeGreaterThan(0);
      for (const error of answer.errors) {
        expect(TYPED_CODES.has(error.extensions?.code), `typed: ${JSON.stringify(error).slice(0, 300)}`).toBe(true);
        expect(error.extensions?.stacktrace).toBeUndefined();
        // Every refusal names a catalogue reason with its params; bad input also names the field.
        expect(REASONS.has(error.extensions?.reason), `a catalogue reason: ${JSON.stringify(error).slice(0, 300)}`).toBe(true);
        expect(typeof error.extensions?.params).toBe("object");
        if (error.extensions?.code === "BAD_USER_INPUT") expect(typeof error.extensions?.field, JSON.stringify(error)).toBe("string");
      }
    }
    expect(leaksInternals(response.text), response.text.slice(0, 300)).toBe(false);
    if (item.refusedField) {
      expect(response.json.errors).toHaveLength(1);
      expect(response.json.errors[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        reason: item.refusedReason,
        field: item.refusedField,
      });
      expect(response.json.errors[0].message).toContain(item.refusedField.split(".").at(-1));
    }
    expect(await rowCounts(server.dataSource, ["audit_entry"])).toEqual(before);
    expect(await auditOtherThanSignIn()).toBe(auditBefore);
  });
});
