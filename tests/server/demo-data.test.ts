import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClaimStatus, LIVE_STATUSES } from "../../server/modules/claim/claim-status.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { PlacementKind, PlacementStatus } from "../../server/modules/placement/placement-kind.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { Consent } from "../../server/modules/consent/consent.entity.js";
import { Participant } from "../../server/modules/participant/participant.entity.js";
import { checkPlacementPeriod, periodRule, traineeTypeOf } from "../../server/modules/placement/kind-rules.js";
import { Sector, Workplace } from "../../server/modules/workplace/workplace.entity.js";
import { swedishToday } from "../../server/modules/workplace/supervisor-training.js";
import { HISTORY_DESCRIPTION } from "../../server/seed/demo-history.js";
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

  it("keeps every demo placement valid under the kind rules: feriejobb in summer, no standing arbetsprövning, nothing ended", async () => {
    const placements = await server.dataSource.getRepository(Placement).find();
    const workplaces = new Map((await server.dataSource.getRepository(Workplace).find()).map((w) => [w.id, w]));
    const today = swedishToday();
    // The year of history (demo-history.ts) has ended by design: closed, described as history, every end before today.
    const history = placements.filter((p) => p.description === HISTORY_DESCRIPTION);
    const current = placements.filter((p) => p.description !== HISTORY_DESCRIPTION);
    expect(history.length).toBeGreaterThan(0);
    expect(current.length).toBeGreaterThanOrEqual(55);
    for (const p of history) {
      expect(p.status, p.title).toBe(PlacementStatus.CLOSED);
      expect(p.endDate! < today, p.title).toBe(true);
    }
    for (const placement of placements) {
      const workplace = workplaces.get(placement.workplaceId)!;
      const rule = periodRule(placement.kind, traineeTypeOf(placement.kind, workplace.sector));
      // Nothing current has ended; the history is held to the same kind rules, only not to today.
      const newEnd = placement.description !== HISTORY_DESCRIPTION;
      expect(
        () => checkPlacementPeriod(rule, placement.startDate, placement.endDate, "endDate", { today, newEnd }),
        placement.title,
      ).not.toThrow();
    }
    const summer = placements.filter((p) => p.kind === PlacementKind.SUMMER_JOB);
    expect(summer.length).toBeGreaterThan(0);
    for (const p of summer) expect(["06", "07", "08"]).toContain(p.startDate.slice(5, 7));
  });

  it("puts each kind at a believable employer: no feriejobb in a school kitchen, no care trainee job at a sports club", async () => {
    const placements = await server.dataSource.getRepository(Placement).find();
    const workplaces = new Map((await server.dataSource.getRepository(Workplace).find()).map((w) => [w.id, w]));
    for (const placement of placements) {
      const workplace = workplaces.get(placement.workplaceId)!;
      if (placement.kind === PlacementKind.SUMMER_JOB) expect(workplace.name, placement.title).not.toMatch(/skola/i);
      if (/idrott/i.test(workplace.name)) expect(placement.title).not.toMatch(/vård/i);
      if (placement.kind === PlacementKind.TRAINEE) {
        // The title says the variant the workplace's sector gives it (internal at a municipal employer).
        expect(placement.title).toMatch(workplace.sector === Sector.PUBLIC ? /internt/ : /externt/);
      }
      // The workplace's name and the title belong together: a kitchen title at a kitchen, and so on.
      if (/kök/i.test(placement.title)) expect(workplace.name).toMatch(/kök/i);
    }
  });

  it("gives participants what matching ranks by, marks minors, and records some consents", async () => {
    const participants = await server.dataSource.getRepository(Participant).find();
    expect(participants.every((p) => p.homeMunicipalityCode && p.availableFrom && p.interestIds.length)).toBe(true);
    expect(participants.some((p) => p.minor)).toBe(true);
    const consents = await server.dataSource.getRepository(Consent).find();
    expect(consents.length).toBeGreaterThan(0);
    const byId = new Map(participants.map((p) => [p.id, p]));
    for (const consent of consents) if (byId.get(consent.participantId)!.minor) expect(consent.guardianAgreed).toBe(true);
  });

  it("loads only into an empty database, so a restart keeps what users changed", async () => {
    const before = await server.dataSource.getRepository(Placement).count();
    const again = await startTestServer({ storeOf: server });
    expect(await again.dataSource.getRepository(Placement).count()).toBe(before);
    await again.close();
  });
});
