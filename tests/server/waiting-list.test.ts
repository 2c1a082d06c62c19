import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { In } from "typeorm";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { LIVE_STATUSES } from "../../server/modules/claim/claim-status.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { WaitingListEntry, WaitingListStatus } from "../../server/modules/waiting-list/waiting-list-entry.entity.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";
import { JOIN, MINE, postFull, SLUGS, storm } from "../helpers/waiting-list-storm.js";

const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id status } }`;

/** Seats held by live claims, counted in the store, and the placement's own counter. */
async function storedSeats(server: TestServer, placementId: string) {
  const claims = await server.dataSource.getRepository(Claim).findBy({ placementId, status: In(LIVE_STATUSES) });
  const placement = await server.dataSource.getRepository(Placement).findOneByOrFail({ id: placementId });
  return { liveSeats: claims.reduce((sum, claim) => sum + claim.seats, 0), seatsTaken: placement.seatsTaken, capacity: placement.capacity };
}

describe.skipIf(!storeAvailable)(`the waiting list (${store})`, () => {
  let server: TestServer;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    for (const slug of SLUGS) token[slug] = await server.login(`coordinator@${slug}.demo`);
  });
  afterAll(() => server?.close());

  async function fullPlacement(capacity = 1) {
    const placementId = await postFull(server.gql, token.koping, capacity);
    const claims: string[] = [];
    for (let i = 0; i < capacity; i++) claims.push((await server.gql(CLAIM, { input: { placementId } }, token.arboga)).data.claimSeat.id);
    return { placementId, claims };
  }

  const release = (id: string) => server.gql(`mutation($id: ID!) { releaseClaim(id: $id) { status } }`, { id }, token.arboga);

  it("queues on a full placement, tells the position, and refuses a queue where a seat is free", async () => {
    const open = await postFull(server.gql, token.koping, 2);
    const refused = await server.gql(JOIN, { input: { placementId: open } }, token.arboga);
    expect(codes(refused)).toEqual(["CONFLICT"]);
    expect(refused.errors![0].extensions).toMatchObject({ reason: "PLACEMENT_HAS_FREE_SEATS", params: { freeSeats: 2 } });
    const { placementId } = await fullPlacement();
    const first = await server.gql(JOIN, { input: { placementId } }, token.kungsor);
    const second = await server.gql(JOIN, { input: { placementId } }, token.arbetsformedlingen);
    expect(first.data.joinWaitingList).toMatchObject({ status: "WAITING", position: 1, placement: { id: placementId }, claim: null });
    expect(second.data.joinWaitingList.position).toBe(2);
    const count = await server.gql(`query($id: ID!) { placement(id: $id) { waitingCount } }`, { id: placementId }, token.koping);
    expect(count.data.placement.waitingCount).toBe(2);
  });

  it("gives a released seat to the first in line as a HELD claim in the same step, and moves the rest up", async () => {
    const { placementId, claims } = await fullPlacement();
    const kungsorEntry = (await server.gql(JOIN, { input: { placementId } }, token.kungsor)).data.joinWaitingList.id;
    await server.gql(JOIN, { input: { placementId } }, token.arbetsformedlingen);
    const released = await release(claims[0]);
    expect(released.data.releaseClaim.status).toBe("RELEASED");
    const mine = (await server.gql(MINE, {}, token.kungsor)).data.myWaitingList.find((e: any) => e.id === kungsorEntry);
    expect(mine).toMatchObject({ status: "OFFERED", position: null, claim: { status: "HELD", organisation: { slug: "kungsor" } } });
    const af = (await server.gql(MINE, {}, token.arbetsformedlingen)).data.myWaitingList.find((e: any) => e.placement.id === placementId);
    expect(af).toMatchObject({ status: "WAITING", position: 1 });
    expect(await storedSeats(server, placementId)).toEqual({ liveSeats: 1, seatsTaken: 1, capacity: 1 });
  });

  it("offers seats freed by a decline, an expiry, an early end, a raised capacity and a reopening", async () => {
    const offeredAfter = async (free: (placementId: string, claimId: string) => Promise<unknown>, capacity = 1) => {
      const { placementId, claims } = await fullPlacement(capacity);
      const entry = (await server.gql(JOIN, { input: { placementId } }, token.forsakringskassan)).data.joinWaitingList.id;
      await free(placementId, claims[0]);
      const row = await server.dataSource.getRepository(WaitingListEntry).findOneByOrFail({ id: entry });
      const seats = await storedSeats(server, placementId);
      // Full again: the freed seat went to the entry, and nothing was overbooked.
      expect(seats.liveSeats).toBe(seats.seatsTaken);
      expect(seats.liveSeats).toBe(seats.capacity);
      return row.status;
    };
    const asOwner = (mutation: string, id: string) =>
      server.gql(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id }, token.koping);
    expect(await offeredAfter((_p, id) => asOwner("declineClaim", id))).toBe(WaitingListStatus.OFFERED);
    expect(
      await offeredAfter(async (_p, id) => {
        await server.dataSource.getRepository(Claim).update({ id }, { expiresAt: new Date(Date.now() - 1000) });
        await server.services.claims.expireDueHolds();
      }),
    ).toBe(WaitingListStatus.OFFERED);
    expect(
      await offeredAfter(async (_p, id) => {
        await asOwner("confirmClaim", id);
        await asOwner("startClaim", id);
        await server.gql(`mutation($id: ID!) { endClaimEarly(id: $id, reason: "Avbrott") { id } }`, { id }, token.koping);
      }),
    ).toBe(WaitingListStatus.OFFERED);
    expect(
      await offeredAfter((placementId) =>
        server.gql(`mutation($id: ID!) { updatePlacement(id: $id, input: { capacity: 2 }) { id } }`, { id: placementId }, token.koping),
      ),
    ).toBe(WaitingListStatus.OFFERED);
    expect(
      await offeredAfter(async (placementId, id) => {
        await asOwner("pausePlacement", placementId);
        await release(id);
        expect((await storedSeats(server, placementId)).liveSeats).toBe(0);
        await asOwner("reopenPlacement", placementId);
      }),
    ).toBe(WaitingListStatus.OFFERED);
  });

  it("ends the waiting entries when the placement closes, and lets an organisation leave the line", async () => {
    const { placementId } = await fullPlacement();
    const leaving = (await server.gql(JOIN, { input: { placementId } }, token.kungsor)).data.joinWaitingList.id;
    const staying = (await server.gql(JOIN, { input: { placementId } }, token.arbetsformedlingen)).data.joinWaitingList.id;
    expect(
      codes(await server.gql(`mutation($id: ID!) { leaveWaitingList(id: $id) { id } }`, { id: leaving }, token.arbetsformedlingen)),
    ).toEqual(["NOT_FOUND"]);
    const left = await server.gql(`mutation($id: ID!) { leaveWaitingList(id: $id) { id status } }`, { id: leaving }, token.kungsor);
    expect(left.data.leaveWaitingList.status).toBe("LEFT");
    await server.gql(`mutation($id: ID!) { closePlacement(id: $id) { id } }`, { id: placementId }, token.koping);
    expect((await server.dataSource.getRepository(WaitingListEntry).findOneByOrFail({ id: staying })).status).toBe(
      WaitingListStatus.EXPIRED,
    );
    expect(codes(await server.gql(JOIN, { input: { placementId } }, token.kungsor))).toEqual(["CONFLICT"]);
  });

  it("ends the waiting entries of a placement whose end date has passed", async () => {
    const { placementId } = await fullPlacement();
    const entry = (await server.gql(JOIN, { input: { placementId } }, token.kungsor)).data.joinWaitingList.id;
    await server.dataSource.getRepository(Placement).update({ id: placementId }, { startDate: "2026-01-01", endDate: "2026-02-01" });
    expect(await server.services.waitingList.expireEnded()).toBeGreaterThanOrEqual(1);
    expect((await server.dataSource.getRepository(WaitingListEntry).findOneByOrFail({ id: entry })).status).toBe(WaitingListStatus.EXPIRED);
  });

  it("storm: 100 entries from five organisations, 20 seats freed by concurrent releases and declines → exactly 20 HELD claims for the first 20 in line", async () => {
    const result = await storm(server.gql, server.gql, token, token);
    expect(result.offeredPositions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(result.newHeld).toBe(20);
    expect(await storedSeats(server, result.placementId)).toEqual({ liveSeats: 20, seatsTaken: 20, capacity: 20 });
    expect(result.stillWaitingPositions).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });
});
