import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, swedishToday } from "../../server/modules/claim/claim-period.js";
import { claimIn } from "../helpers/claim-history.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const RECORD = `mutation($input: RecordAbsenceInput!) { recordAbsence(input: $input) { id date minutes reason deviation } }`;
const REPORT = `query($month: String!) { afReport(month: $month) { month organisationName rows { claimId participantCode placementTitle daysPresent daysScheduled deviations { date minutes reason } } } }`;

/** Weekdays of a month, from its first day, up to `last`. */
function weekdays(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

describe.skipIf(!storeAvailable)(`absence and the monthly report to Arbetsförmedlingen (${store})`, () => {
  let server: TestServer;
  let koping: string;
  // A whole past month, so every day of it can hold an absence.
  const month = "2026-10";
  const today = swedishToday();

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
  });
  afterAll(() => server?.close());

  it("lists exactly the recorded absences over 15 minutes as deviations, with days present", async () => {
    const { claim, participant, placement } = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: "2026-09-01",
      end: addDays(today, 60),
      status: "ACTIVE",
    });
    const days = weekdays(`${month}-01`, `${month}-31`);
    const recorded = [
      { date: days[0], minutes: 15, reason: "LATE" },
      { date: days[1], minutes: 16, reason: "LATE" },
      { date: days[2], minutes: 480, reason: "SICK" },
      { date: days[5], minutes: 90, reason: "APPOINTMENT" },
      { date: days[7], minutes: 5, reason: "OTHER" },
    ];
    for (const absence of recorded) {
      const result = await server.gql(RECORD, { input: { claimId: claim.id, ...absence } }, koping);
      expect(result.errors).toBeUndefined();
      expect(result.data.recordAbsence.deviation).toBe(absence.minutes > 15);
    }
    // Recording a day again replaces it: 90 minutes become 120.
    await server.gql(RECORD, { input: { claimId: claim.id, date: days[5], minutes: 120, reason: "APPOINTMENT" } }, koping);

    const report = (await server.gql(REPORT, { month }, koping)).data.afReport;
    const row = report.rows.find((r: { claimId: string }) => r.claimId === claim.id);
    expect(row).toMatchObject({ participantCode: participant!.code, placementTitle: placement.title, daysScheduled: days.length });
    expect(row.deviations).toEqual([
      { date: days[1], minutes: 16, reason: "LATE" },
      { date: days[2], minutes: 480, reason: "SICK" },
      { date: days[5], minutes: 120, reason: "APPOINTMENT" },
    ]);
    // The whole-day sickness is the one day not present (the placement's day is 8 hours).
    expect(row.daysPresent).toBe(days.length - 1);

    const response = await fetch(`${server.url}/exports/af-report.xlsx?month=${month}`, { headers: { authorization: `Bearer ${koping}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const deviations = workbook.getWorksheet("Avvikelser")!;
    const rows: unknown[][] = [];
    deviations.eachRow((r, n) => {
      if (n > 1 && r.getCell(1).value === participant!.code)
        rows.push([(r.getCell(3).value as Date).toISOString().slice(0, 10), r.getCell(4).value]);
    });
    expect(rows).toEqual([
      [days[1], 16],
      [days[2], 480],
      [days[5], 120],
    ]);
    expect(deviations.getRow(1).values).toEqual([undefined, "Deltagare", "Plats", "Datum", "Minuter", "Orsak"]);
  });

  it("refuses absence outside an active claim, outside its period, a bad note, and another organisation's claim", async () => {
    const active = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: addDays(today, -10),
      end: addDays(today, 20),
      status: "ACTIVE",
    });
    const before = await server.gql(
      RECORD,
      { input: { claimId: active.claim.id, date: addDays(today, -11), minutes: 30, reason: "SICK" } },
      koping,
    );
    expect(before.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "ABSENCE_DATE_OUTSIDE_PERIOD",
      field: "input.date",
      params: { start: addDays(today, -10), end: today },
    });
    const tomorrow = await server.gql(
      RECORD,
      { input: { claimId: active.claim.id, date: addDays(today, 1), minutes: 30, reason: "SICK" } },
      koping,
    );
    expect(tomorrow.errors?.[0].extensions?.reason).toBe("ABSENCE_DATE_OUTSIDE_PERIOD");
    const minutes = await server.gql(RECORD, { input: { claimId: active.claim.id, date: today, minutes: 0, reason: "SICK" } }, koping);
    expect(minutes.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.minutes" });
    const note = await server.gql(
      RECORD,
      { input: { claimId: active.claim.id, date: today, minutes: 30, reason: "SICK", note: "pnr 19811218-9876" } },
      koping,
    );
    expect(note.errors?.[0].extensions?.reason).toBe("TEXT_HOLDS_IDENTITY_NUMBER");
    const arboga = await server.login("coordinator@arboga.demo");
    expect(
      codes(await server.gql(RECORD, { input: { claimId: active.claim.id, date: today, minutes: 30, reason: "SICK" } }, arboga)),
    ).toEqual(["NOT_FOUND"]);
    const confirmed = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: addDays(today, 3),
      end: addDays(today, 20),
      status: "CONFIRMED",
    });
    const notActive = await server.gql(
      RECORD,
      { input: { claimId: confirmed.claim.id, date: today, minutes: 30, reason: "SICK" } },
      koping,
    );
    expect(notActive.errors?.[0].extensions).toMatchObject({
      code: "CONFLICT",
      reason: "ABSENCE_OUTSIDE_ACTIVE_CLAIM",
      params: { status: "CONFIRMED" },
    });
  });

  it("keeps one absence per day when the same day is recorded twice at once", async () => {
    const { claim } = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: addDays(today, -10),
      end: addDays(today, 20),
      status: "ACTIVE",
    });
    const day = addDays(today, -1);
    const answers = await Promise.all(
      [30, 40, 50, 60].map((minutes) => server.gql(RECORD, { input: { claimId: claim.id, date: day, minutes, reason: "LATE" } }, koping)),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const stored = await server.gql(`query($id: ID!) { claim(id: $id) { absences { date minutes } } }`, { id: claim.id }, koping);
    expect(stored.data.claim.absences).toHaveLength(1);
    expect([30, 40, 50, 60]).toContain(stored.data.claim.absences[0].minutes);
  });

  it("takes a month as YYYY-MM and is for coordinators", async () => {
    const bad = await server.gql(REPORT, { month: "2026-13" }, koping);
    expect(bad.errors?.[0].extensions).toMatchObject({ reason: "INVALID_FORMAT", params: { format: "MONTH" }, field: "month" });
    expect(codes(await server.gql(REPORT, { month }, await server.login("viewer@koping.demo")))).toEqual(["FORBIDDEN"]);
    const file = await fetch(`${server.url}/exports/af-report.xlsx?month=2026-13`, { headers: { authorization: `Bearer ${koping}` } });
    expect(file.status).toBe(400);
  });

  it("is part of the participant's extract, and erasure deletes the absences", async () => {
    const { claim, participant } = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: addDays(today, -10),
      end: addDays(today, 20),
      status: "ACTIVE",
    });
    await server.gql(
      RECORD,
      { input: { claimId: claim.id, date: addDays(today, -2), minutes: 45, reason: "CARE_OF_CHILD", note: "Vab" } },
      koping,
    );
    const extract = await (
      await fetch(`${server.url}/exports/participants/${participant!.id}.json`, { headers: { authorization: `Bearer ${koping}` } })
    ).json();
    expect(extract.claims[0].absences).toEqual([
      expect.objectContaining({ date: addDays(today, -2), minutes: 45, reason: "CARE_OF_CHILD", note: "Vab" }),
    ]);
    const erased = await server.gql(`mutation($id: ID!) { eraseParticipant(id: $id) }`, { id: participant!.id }, koping);
    expect(erased.errors).toBeUndefined();
    const left = await server.gql(`query($id: ID!) { claim(id: $id) { id absences { id } } }`, { id: claim.id }, koping);
    expect(left.errors).toBeUndefined();
    expect(left.data.claim.absences).toEqual([]);
  });
});
