import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { ClaimStatus } from "../../server/modules/claim/claim-status.js";
import { Notification } from "../../server/modules/notification/notification.entity.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`;
const MINE = `{ myNotifications(first: 100) { id event claimId seats dueAt placement { id } counterpart { slug } } }`;

describe.skipIf(!storeAvailable)(`events of the participant's way, recorded once (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let kungsor: string;

  beforeAll(async () => {
    server = await startTestServer({
      config: { reminders: { holdExpiringHours: 6, notStartedDays: 3, standingAskDays: 30, standingStaleDays: 45 } },
    });
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    kungsor = await server.login("coordinator@kungsor.demo");
  });
  afterAll(() => server?.close());

  async function placement(capacity = 1, input: Record<string, unknown> = {}) {
    const workplaces = await server.gql(`{ workplaces { id } }`, {}, koping);
    const posted = await server.gql(
      POST,
      {
        input: {
          title: "Händelseprov",
          kind: "INTERNSHIP",
          workplaceId: workplaces.data.workplaces[0].id,
          capacity,
          startDate: "2027-02-01",
          ...input,
        },
      },
      koping,
    );
    return posted.data.postPlacement.id as string;
  }
  const about = async (token: string, claimId: string) =>
    ((await server.gql(MINE, {}, token)).data.myNotifications as any[]).filter((n) => n.claimId === claimId);

  it("tells the owner of a claim on its placement, and the claimant of the decision", async () => {
    const placementId = await placement(2);
    const claimId = (await server.gql(CLAIM, { input: { placementId } }, arboga)).data.claimSeat.id;
    expect(await about(koping, claimId)).toEqual([
      expect.objectContaining({
        event: "CLAIM_ON_OUR_PLACEMENT",
        seats: 1,
        placement: { id: placementId },
        counterpart: { slug: "arboga" },
      }),
    ]);
    expect(await about(arboga, claimId)).toEqual([]);
    await server.gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claimId }, koping);
    expect(await about(arboga, claimId)).toEqual([expect.objectContaining({ event: "CLAIM_DECIDED", counterpart: { slug: "koping" } })]);
  });

  it("records nothing for a claim that was refused", async () => {
    const placementId = await placement(1);
    await server.gql(CLAIM, { input: { placementId } }, arboga);
    const before = await server.dataSource.getRepository(Notification).countBy({ placementId });
    const refused = await server.gql(CLAIM, { input: { placementId } }, kungsor);
    expect(refused.errors).toBeDefined();
    expect(await server.dataSource.getRepository(Notification).countBy({ placementId })).toBe(before);
  });

  it("tells the organisation first in line that it got the freed seat", async () => {
    const placementId = await placement(1);
    const first = (await server.gql(CLAIM, { input: { placementId } }, arboga)).data.claimSeat.id;
    await server.gql(
      `mutation($input: JoinWaitingListInput!) { joinWaitingList(input: $input) { id } }`,
      { input: { placementId } },
      kungsor,
    );
    await server.gql(`mutation($id: ID!) { releaseClaim(id: $id) { id } }`, { id: first }, arboga);
    const offered = await server.dataSource.getRepository(Claim).findOneByOrFail({ placementId, status: ClaimStatus.HELD });
    expect(await about(kungsor, offered.id)).toEqual([
      expect.objectContaining({ event: "WAITING_LIST_OFFER", counterpart: { slug: "koping" }, dueAt: expect.any(String) }),
    ]);
  });

  it("flags a hold close to expiring to the owner, once however often the sweep runs", async () => {
    const placementId = await placement(1);
    const claimId = (await server.gql(CLAIM, { input: { placementId } }, arboga)).data.claimSeat.id;
    await server.dataSource.getRepository(Claim).update({ id: claimId }, { expiresAt: new Date(Date.now() + 2 * 3_600_000) });
    await server.services.reminders.sweep();
    await server.services.reminders.sweep();
    const flags = (await about(koping, claimId)).filter((n) => n.event === "HOLD_EXPIRING");
    expect(flags).toHaveLength(1);
    expect(flags[0].counterpart).toEqual({ slug: "arboga" });
  });

  it("asks the claimant to start or release a confirmed claim not started some days after its requested start, once", async () => {
    const placementId = await placement(1);
    const claimId = (await server.gql(CLAIM, { input: { placementId } }, arboga)).data.claimSeat.id;
    await server.gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claimId }, koping);
    await server.services.reminders.sweep();
    expect((await about(arboga, claimId)).filter((n) => n.event === "CONFIRM_OR_RELEASE")).toHaveLength(0);
    // Its requested start was four days ago (threshold: three).
    const start = new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10);
    await server.dataSource.getRepository(Claim).update({ id: claimId }, { requestedStart: start });
    await Promise.all([server.services.reminders.sweep(), server.services.reminders.sweep()]);
    await server.services.reminders.sweep();
    expect((await about(arboga, claimId)).filter((n) => n.event === "CONFIRM_OR_RELEASE")).toHaveLength(1);
  });

  it("asks the owner whether an untouched standing placement still exists, and drops a stale one from the board until confirmed", async () => {
    const placementId = await placement(1, { title: "Stående plats som ingen rört" });
    const board = async (token: string) =>
      (await server.gql(`{ board(filter: { text: "Stående plats som ingen rört" }) { edges { node { id stillThereDue } } } }`, {}, token))
        .data.board.edges;
    await server.dataSource.getRepository(Placement).update({ id: placementId }, { updatedAt: new Date(Date.now() - 35 * 86_400_000) });
    await server.services.reminders.sweep();
    await server.services.reminders.sweep();
    const asks = await server.dataSource.getRepository(Notification).findBy({ placementId, event: "PLACEMENT_STILL_THERE" as never });
    expect(new Set(asks.map((n) => n.organisationId)).size).toBe(1);
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.length).toBe(new Set(asks.map((n) => n.userId)).size);
    expect(await board(arboga)).toHaveLength(1);
    expect((await board(koping))[0].node.stillThereDue).toBe(true);
    // Past STANDING_STALE_DAYS (45) it leaves the board for others, not for its owner.
    await server.dataSource.getRepository(Placement).update({ id: placementId }, { updatedAt: new Date(Date.now() - 50 * 86_400_000) });
    expect(await board(arboga)).toHaveLength(0);
    expect(await board(koping)).toHaveLength(1);
    await server.gql(`mutation($id: ID!) { confirmPlacementStillThere(id: $id) { id } }`, { id: placementId }, koping);
    expect(await board(arboga)).toEqual([{ node: { id: placementId, stillThereDue: false } }]);
  });
});
