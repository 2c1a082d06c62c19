import ExcelJS from "exceljs";
import { Not } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClaimStatus } from "../../server/modules/claim/claim-status.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { Outcome } from "../../server/modules/outcome/outcome.entity.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { lastMonths } from "../../server/modules/statistics/statistics.service.js";
import { claimIn, coordinatorOf } from "../helpers/claim-history.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const VALUE = `{ value suppressed }`;
const COUNTS = `{ total ${VALUE} byCategory { category count ${VALUE} } }`;
const ROW = `key label seatsOffered seatWeeksOffered seatWeeksUsed ${VALUE} seatWeeksEmpty ${VALUE} fillRate ${VALUE}
  participants ${VALUE} otherOrganisation ${VALUE} ownOrganisation ${VALUE} otherOrganisationShare ${VALUE}
  medianDaysToFirstClaim ${VALUE} expiredHolds ${VALUE} earlyEnds ${COUNTS} outcomesAtEnd ${COUNTS} outcomesAfter90Days ${COUNTS}`;
const STATISTICS = `query($input: StatisticsInput!) { statistics(input: $input) { from until minGroup rows { ${ROW} } total { ${ROW} } } }`;

interface Value {
  value: number | null;
  suppressed: boolean;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const overlap = (start: string, end: string, from: string, until: string) => {
  const a = start > from ? start : from;
  const b = end < until ? end : until;
  return b < a ? 0 : days(a, b) + 1;
};

describe.skipIf(!storeAvailable)(`statistics for the steering group (${store})`, () => {
  let server: TestServer;
  let viewer: string;

  beforeAll(async () => {
    server = await startTestServer();
    viewer = await server.login("viewer@kungsor.demo");
  });
  afterAll(() => server?.close());

  it("shows the demo's last 12 months with fill rate, cross-organisation share and outcomes the test computes from the same rows", async () => {
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
    const input = { ...lastMonths(12, today), dimension: "MUNICIPALITY" };
    const result = await server.gql(STATISTICS, { input }, viewer);
    expect(result.errors).toBeUndefined();
    const { from, until, total, rows } = result.data.statistics;

    // The same rows, counted here by the definitions in the schema's descriptions.
    const placements = await server.store.reads.getRepository(Placement).findBy({ status: Not("DRAFT" as never) });
    const claims = await server.store.reads.getRepository(Claim).find();
    const outcomes = await server.store.reads.getRepository(Outcome).find();
    const byId = new Map(placements.map((p) => [p.id, p]));
    let offered = 0;
    for (const p of placements) {
      const end = p.endDate ?? (p.status === "CLOSED" ? iso(p.updatedAt) : until);
      offered += (p.capacity * overlap(p.startDate, end, from, until)) / 7;
    }
    let used = 0;
    let people = 0;
    let other = 0;
    const atEnd = new Map<string, number>();
    for (const claim of claims) {
      const p = byId.get(claim.placementId);
      if (!p || ![ClaimStatus.ACTIVE, ClaimStatus.COMPLETED, ClaimStatus.ENDED_EARLY].includes(claim.status)) continue;
      const start = claim.requestedStart ?? p.startDate;
      const planned = claim.requestedEnd ?? p.endDate;
      const recorded = iso(claim.updatedAt);
      let end = claim.status === ClaimStatus.ACTIVE ? planned : planned && planned < recorded ? planned : recorded;
      if (end !== null && end < start) end = start;
      const usedUntil = claim.status === ClaimStatus.ACTIVE ? (end && end < today ? end : today) : end!;
      const d = overlap(start, usedUntil < today ? usedUntil : today, from, until);
      if (d) {
        used += (claim.seats * d) / 7;
        people += claim.seats;
        if (claim.organisationId !== p.organisationId) other += claim.seats;
      }
      if (claim.status !== ClaimStatus.ACTIVE && end! >= from && end! <= until) {
        const category = outcomes.find((o) => o.claimId === claim.id && o.stage === "AT_END")?.category ?? "NOT_RECORDED";
        atEnd.set(category, (atEnd.get(category) ?? 0) + claim.seats);
      }
    }

    expect(people).toBeGreaterThan(50);
    expect(total.participants).toEqual({ value: people, suppressed: false });
    expect(total.otherOrganisation).toEqual({ value: other, suppressed: false });
    expect(total.otherOrganisationShare.value).toBe(Math.round((other / people) * 1000) / 1000);
    expect(total.seatWeeksOffered).toBeCloseTo(offered, 0);
    expect(total.fillRate.value).toBeCloseTo(Math.round((Math.round(used * 10) / 10 / (Math.round(offered * 10) / 10)) * 1000) / 1000, 3);
    const categories = total.outcomesAtEnd.byCategory as { category: string; count: Value }[];
    for (const { category, count } of categories) {
      const expected = atEnd.get(category) ?? 0;
      // Small groups are hidden; a larger one only beside another hidden one (so the sum gives neither away).
      if (expected > 0 && expected < 5) expect(count, category).toEqual({ value: null, suppressed: true });
      else if (!count.suppressed) expect(count.value, category).toBe(expected);
      else expect(categories.filter((c) => c.count.suppressed).length).toBeGreaterThan(1);
    }
    expect(categories.filter((c) => !c.count.suppressed).length).toBeGreaterThan(3);
    expect(total.outcomesAtEnd.total.value).toBe([...atEnd.values()].reduce((a, b) => a + b, 0));
    // Every visible municipality adds up with the others to the total.
    expect(rows.map((row: { key: string }) => row.key).sort()).toEqual(["1960", "1983", "1984"]);
    const visible = rows.filter((row: { participants: Value }) => !row.participants.suppressed);
    if (visible.length === rows.length) {
      expect(visible.reduce((sum: number, row: { participants: Value }) => sum + row.participants.value!, 0)).toBe(people);
    }
  });

  describe("groups of fewer than five people", () => {
    const period = { unit: "MONTH", start: "2024-03-01", count: 1 };

    beforeAll(async () => {
      // March 2024, before the demo's history: three people at a placement in Köping, eight in Arboga.
      const small = await claimIn(server, {
        owner: "koping",
        claimant: "koping",
        municipalityCode: "1983",
        start: "2024-03-04",
        end: "2024-03-29",
        status: "COMPLETED",
        seats: 3,
      });
      await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        municipalityCode: "1984",
        start: "2024-03-04",
        end: "2024-03-29",
        status: "COMPLETED",
        seats: 8,
      });
      await server.services.outcomes.record(await coordinatorOf(server, "koping"), {
        claimId: small.claim.id,
        stage: "AT_END",
        category: "WORK",
        detail: "PERMANENT",
      } as never);
    });

    it("suppresses them in the API, and a second group too where the total would give them back", async () => {
      const result = await server.gql(STATISTICS, { input: { ...period, dimension: "MUNICIPALITY" } }, viewer);
      expect(result.errors).toBeUndefined();
      const { rows, total } = result.data.statistics;
      const row = (code: string) => rows.find((r: { key: string }) => r.key === code);
      expect(total.participants).toEqual({ value: 11, suppressed: false });
      expect(row("1983").participants).toEqual({ value: null, suppressed: true });
      // 8 is no small group, but 11 − 8 − 0 would show Köping's 3.
      expect(row("1984").participants).toEqual({ value: null, suppressed: true });
      expect(row("1960").participants).toEqual({ value: 0, suppressed: false });
      // What is computed from the hidden counts is hidden with them.
      expect(row("1983").fillRate.suppressed).toBe(true);
      expect(row("1983").seatWeeksUsed.suppressed).toBe(true);
      expect(row("1983").otherOrganisationShare.suppressed).toBe(true);
      const work = row("1983").outcomesAtEnd.byCategory.find((c: { category: string }) => c.category === "WORK");
      expect(work.count).toEqual({ value: null, suppressed: true });
      expect(row("1983").seatsOffered).toBeGreaterThan(0);
    });

    it("suppresses them in the export, as 'färre än 5'", async () => {
      const token = await server.login("coordinator@arboga.demo");
      const response = await fetch(`${server.url}/exports/statistics.xlsx?unit=MONTH&start=2024-03-01&count=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Per kommun", "Per organisation", "Per typ", "Per yrkesområde"]);
      const sheet = workbook.getWorksheet("Per kommun")!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const participants = headers.indexOf("Deltagare") + 1;
      const byName = new Map<string, unknown>();
      sheet.eachRow((row, number) => {
        if (number > 1) byName.set(String(row.getCell(1).value), row.getCell(participants).value);
      });
      expect(byName.get("Köping")).toBe("färre än 5");
      expect(byName.get("Arboga")).toBe("färre än 5");
      expect(byName.get("Kungsör")).toBe(0);
      expect(byName.get("Totalt")).toBe(11);
      expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    });

    it("takes only whole months, quarters and years", async () => {
      const offset = await server.gql(STATISTICS, { input: { unit: "MONTH", start: "2024-03-02", count: 1, dimension: "KIND" } }, viewer);
      expect(offset.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        reason: "STATISTICS_PERIOD_NOT_ALIGNED",
        field: "input.start",
      });
      const quarter = await server.gql(
        STATISTICS,
        { input: { unit: "QUARTER", start: "2024-02-01", count: 1, dimension: "KIND" } },
        viewer,
      );
      expect(quarter.errors?.[0].extensions).toMatchObject({ reason: "STATISTICS_PERIOD_NOT_ALIGNED" });
      const long = await server.gql(STATISTICS, { input: { unit: "YEAR", start: "2020-01-01", count: 9, dimension: "KIND" } }, viewer);
      expect(long.errors?.[0].extensions).toMatchObject({ reason: "NUMBER_OUT_OF_RANGE", field: "input.count" });
      const year = await server.gql(STATISTICS, { input: { unit: "YEAR", start: "2024-01-01", count: 1, dimension: "KIND" } }, viewer);
      expect(year.data.statistics).toMatchObject({ from: "2024-01-01", until: "2024-12-31", minGroup: 5 });
    });

    it("answers every role, a viewer included, but nobody signed out", async () => {
      const anonymous = await server.gql(STATISTICS, { input: { ...period, dimension: "KIND" } });
      expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });
  });
});
