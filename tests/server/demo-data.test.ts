import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClaimStatus, LIVE_STATUSES } from "../../server/modules/claim/claim-status.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { PlacementKind } from "../../server/modules/placement/placement-kind.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

describe.skipIf(!storeAvailable)(`the demo data (${store})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("signs in the coordinator and admin of all five partners with the public demo password", async () => {
    for (const slug of ["koping", "arboga", "kungsor", "arbetsformedlingen", "forsakringskassan"]) {
      for (const role of ["coordinator", "admin"]) {
        const token = await server.login(`${role}@${slug}.demo`);
        const me = await server.gql(`{ me { role organisation { slug } } }`, {}, token);
        expect(me.data.me).toEqual({ role: role.toUpperCase(), organisation: { slug } });
      }
    }
  });

  it("offers placements of every kind in all three municipalities, with claims in every status", async () => {
    const placements = await server.dataSource.getRepository(Placement).find();
    expect(placements.length).toBeGreaterThanOrEqual(55);
    expect(new Set(placements.map((p) => p.kind))).toEqual(new Set(Object.values(PlacementKind)));
    expect(new Set(placements.map((p) => p.municipalityCode))).toEqual(new Set(["1983", "1984", "1960"]));
    const claims = await server.dataSource.getRepository(Claim).find();
    expect(new Set(claims.map((c) => c.status))).toEqual(new Set(Object.values(ClaimStatus)));
  });

  it("keeps every placement's free seats equal to capacity minus its live claims", async () => {
    const placements = await server.dataSource.getRepository(Placement).find();
    const claims = await server.dataSource.getRepository(Claim).find();
    for (const placement of placements) {
      const live = claims
        .filter((c) => c.placementId === placement.id && LIVE_STATUSES.includes(c.status))
        .reduce((sum, c) => sum + c.seats, 0);
      expect(placement.seatsTaken).toBe(live);
      expect(placement.freeSeats).toBe(placement.capacity - live);
    }
  });

  it("loads only into an empty database, so a restart keeps what users changed", async () => {
    const before = await server.dataSource.getRepository(Placement).count();
    const again = await startTestServer({ storeOf: server });
    expect(await again.dataSource.getRepository(Placement).count()).toBe(before);
    await again.close();
  });
});
