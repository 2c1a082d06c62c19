import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { LIVE_STATUSES } from "../../server/modules/claim/claim-status.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { In } from "typeorm";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id capacity freeSeats } }`;
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id status seats placement { id freeSeats } } }`;
const FREE = `query($id: ID!) { placement(id: $id) { freeSeats capacity } }`;

async function postPlacement(server: TestServer, capacity: number): Promise<string> {
  const token = await server.login("coordinator@koping.demo");
  const workplaces = await server.gql(`{ workplaces { id name } }`, {}, token);
  const result = await server.gql(
    POST,
    {
      input: {
        title: "Lagerarbetare, stresstest",
        kind: "INTERNSHIP",
        workplaceId: workplaces.data.workplaces[0].id,
        capacity,
        startDate: "2027-01-11",
      },
    },
    token,
  );
  return result.data.postPlacement.id;
}

/** Seats held by live claims, counted in the store itself, and the placement's own counter. */
async function storedSeats(server: TestServer, placementId: string) {
  const claims = await server.dataSource.getRepository(Claim).findBy({ placementId, status: In(LIVE_STATUSES) });
  const placement = await server.dataSource.getRepository(Placement).findOneByOrFail({ id: placementId });
  return { liveSeats: claims.reduce((sum, claim) => sum + claim.seats, 0), seatsTaken: placement.seatsTaken };
}

describe.skipIf(!storeAvailable)(`claimSeat under concurrency (${store})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("gives exactly 15 of 200 simultaneous claims a seat on a 15-seat placement; the rest get NO_FREE_SEATS", async () => {
    const placementId = await postPlacement(server, 15);
    const tokens = await Promise.all(
      ["arboga", "kungsor", "arbetsformedlingen", "forsakringskassan"].map((slug) => server.login(`coordinator@${slug}.demo`)),
    );
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => server.gql(CLAIM, { input: { placementId } }, tokens[i % tokens.length])),
    );
    const elapsed = performance.now() - started;
    console.log(`[${store}] 200 simultaneous claimSeat requests on 15 seats: ${elapsed.toFixed(0)} ms`);

    const granted = results.filter((r) => r.data?.claimSeat?.status === "HELD");
    const refused = results.filter((r) => codes(r).join() === "NO_FREE_SEATS");
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(granted).toHaveLength(15);
    expect(refused).toHaveLength(185);

    const free = await server.gql(FREE, { id: placementId }, tokens[0]);
    expect(free.data.placement.freeSeats).toBe(0);
    expect(await storedSeats(server, placementId)).toEqual({ liveSeats: 15, seatsTaken: 15 });
  });

  it("keeps freeSeats exact while claims and releases race each other", async () => {
    const placementId = await postPlacement(server, 5);
    const token = await server.login("coordinator@arboga.demo");
    const first = await Promise.all(Array.from({ length: 5 }, () => server.gql(CLAIM, { input: { placementId } }, token)));
    const held = first.map((r) => r.data.claimSeat.id as string);
    const releases = held.map((id) => server.gql(`mutation($id: ID!) { releaseClaim(id: $id) { status } }`, { id }, token));
    const claims = Array.from({ length: 40 }, () => server.gql(CLAIM, { input: { placementId } }, token));
    const settled = await Promise.all([...releases, ...claims]);

    expect(settled.every((r) => !r.errors || ["NO_FREE_SEATS"].includes(codes(r).join()))).toBe(true);
    const seats = await storedSeats(server, placementId);
    expect(seats.liveSeats).toBe(seats.seatsTaken);
    expect(seats.liveSeats).toBeLessThanOrEqual(5);
    const free = await server.gql(FREE, { id: placementId }, token);
    expect(free.data.placement.freeSeats).toBe(5 - seats.liveSeats);
  });

  it("never overbooks when two server instances share one store", async () => {
    const second = await startTestServer({ storeOf: server });
    try {
      const placementId = await postPlacement(server, 15);
      const tokenA = await server.login("coordinator@arboga.demo");
      const tokenB = await second.login("coordinator@kungsor.demo");
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          i % 2 ? server.gql(CLAIM, { input: { placementId } }, tokenA) : second.gql(CLAIM, { input: { placementId } }, tokenB),
        ),
      );
      expect(results.filter((r) => r.data?.claimSeat).length).toBe(15);
      expect(results.filter((r) => codes(r).join() === "NO_FREE_SEATS").length).toBe(185);
      expect(await storedSeats(server, placementId)).toEqual({ liveSeats: 15, seatsTaken: 15 });
    } finally {
      await second.close();
    }
  });
});
