import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

/** What a placement's page tells a coordinator: who to ask, when it was posted and changed, held against confirmed seats. */

const PLACEMENT = `query($id: ID!) { placement(id: $id) {
  id status postedAt updatedAt allowedActions
  contact { name email phone organisation { slug } }
  seatHoldings { organisation { slug } seats heldSeats confirmedSeats }
} }`;

describe.skipIf(!storeAvailable)(`a placement's page (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let workplaceId: string;

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const result = await server.gql(query, variables, token);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async function post(capacity = 4): Promise<string> {
    const data = await ok(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: {
          title: "Lokalvård på Storköket",
          kind: "INTERNSHIP",
          workplaceId,
          capacity,
          startDate: "2027-03-01",
          endDate: "2027-04-30",
        },
      },
      koping,
    );
    return data.postPlacement.id;
  }

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    workplaceId = (await ok(`{ workplaces { id } }`, {}, koping)).workplaces[0].id;
  });
  afterAll(() => server?.close());

  it("names the coordinator who posted it as the contact, with only the details they share", async () => {
    await ok(`mutation { updateContactDetails(input: { phone: "0221-250 00", email: null }) { name } }`, {}, koping);
    const me = (await ok(`{ me { name } }`, {}, koping)).me;
    const id = await post();
    const { placement } = await ok(PLACEMENT, { id }, arboga);
    expect(placement.contact).toEqual({ name: me.name, email: null, phone: "0221-250 00", organisation: { slug: "koping" } });
  });

  it("falls back to a coordinator of the offering organisation when nobody is recorded as the poster", async () => {
    const id = await post();
    await server.dataSource.query(
      `UPDATE "placement" SET "postedById" = NULL WHERE "id" = $1`.replace("$1", store === "sqlite" ? "?" : "$1"),
      [id],
    );
    const { placement } = await ok(PLACEMENT, { id }, arboga);
    expect(placement.contact.organisation.slug).toBe("koping");
    expect(placement.contact.name).toBeTruthy();
  });

  it("says when it was posted and when it last changed; a claim is no change to the placement", async () => {
    const id = await post();
    const before = (await ok(PLACEMENT, { id }, arboga)).placement;
    expect(Date.parse(before.postedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(before.updatedAt).toBe(before.postedAt);
    await ok(`mutation($id: ID!) { claimSeat(input: { placementId: $id }) { id } }`, { id }, arboga);
    expect((await ok(PLACEMENT, { id }, arboga)).placement.updatedAt).toBe(before.updatedAt);
    await ok(`mutation($id: ID!) { updatePlacement(id: $id, input: { hoursPerWeek: 30 }) { id } }`, { id }, koping);
    const after = (await ok(PLACEMENT, { id }, arboga)).placement;
    expect(after.postedAt).toBe(before.postedAt);
    expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
    expect(after.updatedAt).not.toBe(before.updatedAt);
  });

  it("tells held seats from confirmed ones, per organisation", async () => {
    const id = await post(5);
    const first = (await ok(`mutation($id: ID!) { claimSeat(input: { placementId: $id, seats: 2 }) { id } }`, { id }, arboga)).claimSeat.id;
    await ok(`mutation($id: ID!) { claimSeat(input: { placementId: $id, seats: 1 }) { id } }`, { id }, arboga);
    expect((await ok(PLACEMENT, { id }, arboga)).placement.seatHoldings).toEqual([
      { organisation: { slug: "arboga" }, seats: 3, heldSeats: 3, confirmedSeats: 0 },
    ]);
    await ok(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: first }, koping);
    expect((await ok(PLACEMENT, { id }, arboga)).placement.seatHoldings).toEqual([
      { organisation: { slug: "arboga" }, seats: 3, heldSeats: 1, confirmedSeats: 2 },
    ]);
  });

  it("offers no edit of a closed placement, and refuses one as a conflict", async () => {
    const id = await post();
    await ok(`mutation($id: ID!) { closePlacement(id: $id) { id } }`, { id }, koping);
    const { placement } = await ok(PLACEMENT, { id }, koping);
    expect(placement.allowedActions).not.toContain("EDIT");
    const refused = await server.gql(
      `mutation($id: ID!) { updatePlacement(id: $id, input: { title: "Ny titel" }) { id } }`,
      { id },
      koping,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "PLACEMENT_STATUS_CHANGED",
      params: { status: "CLOSED", action: "updatePlacement" },
    });
    expect((await ok(`query($id: ID!) { placement(id: $id) { title } }`, { id }, koping)).placement.title).toBe("Lokalvård på Storköket");
  });

  it("offers the post form only the organisation's own workplaces", async () => {
    const workplaces = (await ok(`{ workplaces { organisation { slug } } }`, {}, koping)).workplaces;
    expect(workplaces.length).toBeGreaterThan(0);
    expect(new Set(workplaces.map((w: { organisation: { slug: string } }) => w.organisation.slug))).toEqual(new Set(["koping"]));
  });
});
