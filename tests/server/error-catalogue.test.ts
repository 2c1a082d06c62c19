import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue, type Reason } from "../../server/common/errors.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

describe("the error catalogue", () => {
  it("words every reason with its params, never leaving one out", () => {
    for (const [name, definition] of Object.entries(catalogue) as [Reason, (typeof catalogue)[Reason]][]) {
      const params = Object.fromEntries(definition.params.map((param) => [param, `«${param}»`]));
      const message = definition.message(params as never);
      expect(message, name).not.toMatch(/undefined|\[object/);
      for (const param of definition.params) expect(message, `${name} shows ${param}`).toContain(`«${param}»`);
      expect(name).toMatch(/^[A-Z][A-Z_]+$/);
    }
  });
});

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;

describe.skipIf(!storeAvailable)(`refusals carry reason and params through the API (${store})`, () => {
  let server: TestServer;
  let token: string;
  let input: Record<string, unknown>;

  beforeAll(async () => {
    server = await startTestServer();
    token = await server.login("coordinator@koping.demo");
    const list = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, token);
    const workplace = list.data.workplaces.find((w: { organisation: { slug: string } }) => w.organisation.slug === "koping");
    input = { title: "Kök och servering", kind: "WORK_TRAINING", workplaceId: workplace.id, capacity: 2, startDate: "2027-01-11" };
  });
  afterAll(() => server?.close());

  it("names the longest period of the kind when an arbetsträning runs 18 months", async () => {
    const response = await server.gql(POST, { input: { ...input, endDate: "2028-07-10" } }, token);
    expect(response.errors?.[0].extensions).toEqual({
      code: "BAD_USER_INPUT",
      reason: "PERIOD_TOO_LONG",
      params: { kind: "WORK_TRAINING", maxMonths: 12 },
      field: "input.endDate",
    });
  });

  it("names the allowed length of a title that is too long", async () => {
    const response = await server.gql(POST, { input: { ...input, title: "x".repeat(300) } }, token);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "TEXT_LENGTH",
      field: "input.title",
    });
    expect(response.errors?.[0].extensions?.params).toEqual({ min: expect.any(Number), max: expect.any(Number) });
  });

  it("names the range of a capacity out of bounds", async () => {
    const response = await server.gql(POST, { input: { ...input, capacity: 0 } }, token);
    expect(response.errors?.[0].extensions).toMatchObject({ reason: "NUMBER_OUT_OF_RANGE", field: "input.capacity" });
    expect(response.errors?.[0].extensions?.params).toEqual({ min: 1, max: expect.any(Number) });
  });

  it("gives a date that is no date as INVALID_DATE naming the variable's path", async () => {
    const response = await server.gql(POST, { input: { ...input, startDate: "2027-02-30" } }, token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_DATE", field: "input.startDate" });
  });

  it("refuses without a token as NOT_SIGNED_IN", async () => {
    const response = await server.gql(`{ me { id } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "NOT_SIGNED_IN", params: {} });
  });

  it("refuses a viewer's mutation as ROLE_REQUIRED with the roles", async () => {
    const viewer = await server.login("viewer@koping.demo");
    const response = await server.gql(POST, { input }, viewer);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "ROLE_REQUIRED",
      params: { roles: ["COORDINATOR"] },
    });
  });
});
