import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { swedishToday } from "../../server/modules/workplace/supervisor-training.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id kind startDate endDate traineeType } }`;
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id status requestedStart requestedEnd } }`;
const RENEW = `mutation($id: ID!, $until: LocalDate!) { renewClaim(id: $id, until: $until) {
  id requestedEnd renewals { previousEnd newEnd } renewal { capMonths capEnd stepMonths traineeType nearCap renewable latestEnd } } }`;
const reasonOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.reason;
const paramsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.params;

describe.skipIf(!storeAvailable)(`periods, kind rules and renewals (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let publicWorkplace: string;
  let privateWorkplace: string;

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    const created = async (sector: string) =>
      (
        await server.gql(
          `mutation($input: CreateWorkplaceInput!) { createWorkplace(input: $input) { id } }`,
          { input: { name: `Förnyelseprov ${sector} ${Math.random().toString(36).slice(2, 7)}`, sector, municipalityCode: "1983" } },
          koping,
        )
      ).data.createWorkplace.id as string;
    publicWorkplace = await created("PUBLIC");
    privateWorkplace = await created("PRIVATE");
  });
  afterAll(() => server?.close());

  const post = (input: Record<string, unknown>) =>
    server.gql(
      POST,
      { input: { title: "Periodprov", kind: "INTERNSHIP", workplaceId: publicWorkplace, capacity: 2, startDate: "2027-01-04", ...input } },
      koping,
    );

  describe("postPlacement", () => {
    it("refuses an end date in the past, naming today", async () => {
      const result = await post({ startDate: "2020-01-01", endDate: "2020-03-01" });
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(reasonOf(result)).toBe("END_IN_PAST");
      expect(paramsOf(result)).toEqual({ today: swedishToday() });
    });

    it("refuses a standing arbetsprövning: it needs an end date (about two weeks)", async () => {
      const result = await post({ kind: "WORK_ASSESSMENT" });
      expect(reasonOf(result)).toBe("END_DATE_REQUIRED");
      expect(paramsOf(result)).toEqual({ kind: "WORK_ASSESSMENT", defaultWeeks: 2 });
      expect((await post({ kind: "WORK_ASSESSMENT", endDate: "2027-01-15" })).data.postPlacement.endDate).toBe("2027-01-15");
    });

    it("accepts a feriejobb only within June–August of one year", async () => {
      expect(reasonOf(await post({ kind: "SUMMER_JOB", startDate: "2027-02-01", endDate: "2027-02-20" }))).toBe("OUTSIDE_SEASON");
      expect(reasonOf(await post({ kind: "SUMMER_JOB", startDate: "2027-08-20", endDate: "2027-09-05" }))).toBe("OUTSIDE_SEASON");
      expect(reasonOf(await post({ kind: "SUMMER_JOB", startDate: "2027-06-14" }))).toBe("END_DATE_REQUIRED");
      const summer = await post({ kind: "SUMMER_JOB", startDate: "2027-06-14", endDate: "2027-07-02" });
      expect(summer.data.postPlacement).toMatchObject({ kind: "SUMMER_JOB", endDate: "2027-07-02" });
    });

    it("caps an external trainee job at 12 months and an internal one at 18", async () => {
      const external = await post({ kind: "TRAINEE", workplaceId: privateWorkplace, endDate: "2028-06-01" });
      expect(reasonOf(external)).toBe("PERIOD_TOO_LONG");
      expect(paramsOf(external)).toEqual({ kind: "TRAINEE", maxMonths: 12 });
      const internal = await post({ kind: "TRAINEE", endDate: "2028-06-01" });
      expect(internal.data.postPlacement).toMatchObject({ traineeType: "INTERNAL" });
      expect(reasonOf(await post({ kind: "TRAINEE", endDate: "2028-08-01" }))).toBe("PERIOD_TOO_LONG");
    });

    it("publishes the rules in placementKindRules, trainee variants included", async () => {
      const rules = (
        await server.gql(
          `{ placementKindRules { kind maxMonths requiresEndDate months renewalStepMonths variants { traineeType maxMonths renewalStepMonths } } }`,
          {},
          koping,
        )
      ).data.placementKindRules;
      const trainee = rules.find((r: any) => r.kind === "TRAINEE");
      expect(trainee.variants).toEqual([
        { traineeType: "INTERNAL", maxMonths: 18, renewalStepMonths: 3 },
        { traineeType: "EXTERNAL", maxMonths: 12, renewalStepMonths: 3 },
      ]);
      expect(rules.find((r: any) => r.kind === "SUMMER_JOB")).toMatchObject({ requiresEndDate: true, months: [6, 7, 8] });
    });
  });

  describe("claimSeat against the placement's period", () => {
    it("refuses a claim on a placement that has ended, naming its end", async () => {
      const id = (await post({ endDate: "2027-03-01" })).data.postPlacement.id;
      // The placement's time passes: its end is now behind us.
      await server.dataSource.getRepository(Placement).update({ id }, { startDate: "2026-01-05", endDate: "2026-03-01" });
      const before = await server.dataSource.getRepository(Claim).countBy({ placementId: id });
      const result = await server.gql(CLAIM, { input: { placementId: id } }, arboga);
      expect(codes(result)).toEqual(["CONFLICT"]);
      expect(reasonOf(result)).toBe("PLACEMENT_ENDED");
      expect(paramsOf(result)).toEqual({ placementEnd: "2026-03-01" });
      expect(await server.dataSource.getRepository(Claim).countBy({ placementId: id })).toBe(before);
    });

    it("refuses a requested period that starts before the placement or ends after it", async () => {
      const id = (await post({ startDate: "2027-02-01", endDate: "2027-05-31" })).data.postPlacement.id;
      const early = await server.gql(
        CLAIM,
        { input: { placementId: id, requestedStart: "2027-01-15", requestedEnd: "2027-03-01" } },
        arboga,
      );
      expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
      expect(early.errors![0].extensions).toMatchObject({
        reason: "OUTSIDE_PLACEMENT_PERIOD",
        field: "input.requestedStart",
        params: { placementStart: "2027-02-01", placementEnd: "2027-05-31" },
      });
      const late = await server.gql(
        CLAIM,
        { input: { placementId: id, requestedStart: "2027-02-01", requestedEnd: "2027-06-30" } },
        arboga,
      );
      expect(late.errors![0].extensions).toMatchObject({ reason: "OUTSIDE_PLACEMENT_PERIOD", field: "input.requestedEnd" });
      const inside = await server.gql(
        CLAIM,
        { input: { placementId: id, requestedStart: "2027-02-01", requestedEnd: "2027-04-30" } },
        arboga,
      );
      expect(inside.data.claimSeat.status).toBe("HELD");
    });

    it("takes ended placements off the board, and shows them under includeEnded", async () => {
      const id = (await post({ title: "Avslutad plats för tavlan", endDate: "2027-03-01" })).data.postPlacement.id;
      await server.dataSource.getRepository(Placement).update({ id }, { startDate: "2026-01-05", endDate: "2026-02-01" });
      const board = (filter: Record<string, unknown>) =>
        server.gql(`query($f: BoardFilter) { board(filter: $f, first: 100) { edges { node { id ended } } } }`, { f: filter }, arboga);
      const plain = await board({ text: "Avslutad plats för tavlan" });
      expect(plain.data.board.edges).toEqual([]);
      const all = await board({ text: "Avslutad plats för tavlan", includeEnded: true });
      expect(all.data.board.edges).toEqual([{ node: { id, ended: true } }]);
    });
  });

  describe("renewClaim", () => {
    async function confirmedTraineeClaim(workplaceId: string, end: string): Promise<string> {
      const placementId = (await post({ kind: "TRAINEE", workplaceId, startDate: "2027-01-01" })).data.postPlacement.id;
      const claim = await server.gql(CLAIM, { input: { placementId, requestedStart: "2027-01-01", requestedEnd: end } }, arboga);
      await server.gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claim.data.claimSeat.id }, koping);
      return claim.data.claimSeat.id;
    }

    it("renews an internal trainee claim three months at a time to 18 months and no further, naming the cap", async () => {
      const id = await confirmedTraineeClaim(publicWorkplace, "2027-04-01");
      for (const until of ["2027-07-01", "2027-10-01", "2028-01-01", "2028-04-01", "2028-07-01"]) {
        const renewed = await server.gql(RENEW, { id, until }, arboga);
        expect(renewed.errors).toBeUndefined();
        expect(renewed.data.renewClaim.requestedEnd).toBe(until);
      }
      const last = await server.gql(
        `query($id: ID!) { claim(id: $id) { renewals { previousEnd newEnd } renewal { capMonths capEnd traineeType renewable } } }`,
        { id },
        koping,
      );
      expect(last.data.claim.renewals.map((r: any) => r.newEnd)).toEqual([
        "2027-07-01",
        "2027-10-01",
        "2028-01-01",
        "2028-04-01",
        "2028-07-01",
      ]);
      expect(last.data.claim.renewals[0].previousEnd).toBe("2027-04-01");
      expect(last.data.claim.renewal).toEqual({ capMonths: 18, capEnd: "2028-07-01", traineeType: "INTERNAL", renewable: false });
      const past = await server.gql(RENEW, { id, until: "2028-08-01" }, arboga);
      expect(codes(past)).toEqual(["BAD_USER_INPUT"]);
      expect(past.errors![0].extensions).toMatchObject({
        reason: "RENEWAL_CAP_REACHED",
        field: "until",
        params: { capMonths: 18, capEnd: "2028-07-01" },
      });
    });

    it("renews an external trainee claim to 12 months and no further, naming the cap", async () => {
      const id = await confirmedTraineeClaim(privateWorkplace, "2027-04-01");
      for (const until of ["2027-07-01", "2027-10-01", "2028-01-01"])
        expect((await server.gql(RENEW, { id, until }, koping)).data.renewClaim.requestedEnd).toBe(until);
      const past = await server.gql(RENEW, { id, until: "2028-02-01" }, arboga);
      expect(past.errors![0].extensions).toMatchObject({ reason: "RENEWAL_CAP_REACHED", params: { capMonths: 12, capEnd: "2028-01-01" } });
      expect((await server.dataSource.getRepository(Claim).findOneByOrFail({ id })).requestedEnd).toBe("2028-01-01");
    });

    it("refuses more than one renewal step at a time, a date not later than the current end, and a held claim", async () => {
      const id = await confirmedTraineeClaim(publicWorkplace, "2027-04-01");
      const long = await server.gql(RENEW, { id, until: "2027-09-01" }, arboga);
      expect(long.errors![0].extensions).toMatchObject({
        reason: "RENEWAL_STEP_TOO_LONG",
        params: { stepMonths: 3, latest: "2027-07-01" },
      });
      expect(reasonOf(await server.gql(RENEW, { id, until: "2027-03-01" }, arboga))).toBe("RENEWAL_NOT_LATER");
      const placementId = (await post({ kind: "TRAINEE" })).data.postPlacement.id;
      const held = await server.gql(CLAIM, { input: { placementId, requestedStart: "2027-01-04", requestedEnd: "2027-04-01" } }, arboga);
      const refused = await server.gql(RENEW, { id: held.data.claimSeat.id, until: "2027-05-01" }, arboga);
      expect(codes(refused)).toEqual(["CONFLICT"]);
      expect(reasonOf(refused)).toBe("CLAIM_NOT_RENEWABLE");
    });

    it("warns when the cap is 30 days away or less", async () => {
      const placementId = (await post({ kind: "TRAINEE", workplaceId: privateWorkplace, startDate: "2027-01-04" })).data.postPlacement.id;
      const claim = await server.gql(CLAIM, { input: { placementId, requestedStart: "2027-01-04", requestedEnd: "2027-04-01" } }, arboga);
      const id = claim.data.claimSeat.id;
      const query = `query($id: ID!) { claim(id: $id) { renewal { nearCap daysToCap } } }`;
      expect((await server.gql(query, { id }, arboga)).data.claim.renewal.nearCap).toBe(false);
      // Time passes: the claim started almost twelve months ago.
      const start = new Date(Date.now() - 345 * 86_400_000).toISOString().slice(0, 10);
      await server.dataSource.getRepository(Claim).update({ id }, { requestedStart: start });
      const near = (await server.gql(query, { id }, arboga)).data.claim.renewal;
      expect(near.nearCap).toBe(true);
      expect(near.daysToCap).toBeLessThanOrEqual(30);
    });
  });
});
