import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { swedishToday } from "../../server/modules/claim/claim-period.js";
import { ExportRecord } from "../../server/modules/export/export-record.entity.js";
import { Organisation } from "../../server/modules/organisation/organisation.entity.js";
import { claimIn, coordinatorOf, unique } from "../helpers/claim-history.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const TOTAL = `query($filter: BoardFilter) { board(filter: $filter, first: 1) { totalCount } }`;

async function download(server: TestServer, path: string, token?: string) {
  const response = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (response.status !== 200) return { status: response.status, body: await response.json(), workbook: null };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return { status: 200, body: null, workbook, type: response.headers.get("content-type") };
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
const column = (sheet: ExcelJS.Worksheet, header: string) => {
  const index = values(sheet, 1).indexOf(header) + 1;
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(index).value);
};

describe.skipIf(!storeAvailable)(`Excel exports (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let hiddenId: string;
  let hiddenTitle: string;

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    // Arboga's placement shown to Kungsör only: Köping must never see it, in the board or the file.
    const arboga = await coordinatorOf(server, "arboga");
    const kungsor = await server.store.reads.getRepository(Organisation).findOneByOrFail({ slug: "kungsor" });
    const workplace = (await server.services.workplaces.all(arboga.viewer))[0];
    hiddenTitle = `Dold plats ${unique()}`;
    const placement = await server.services.placements.post(arboga, {
      title: hiddenTitle,
      kind: "INTERNSHIP",
      workplaceId: workplace!.id,
      capacity: 2,
      startDate: "2027-03-01",
      status: "OPEN",
      visibility: "SELECTED",
      visibleToOrganisationIds: [kungsor.id],
    } as never);
    hiddenId = placement.id;
  });
  afterAll(() => server?.close());

  describe("GET /exports/board.xlsx", () => {
    it("has a header row and exactly the board's totalCount rows, with Swedish headers, real dates, a frozen header and filters", async () => {
      const total = (await server.gql(TOTAL, {}, koping)).data.board.totalCount as number;
      const { status, workbook, type } = await download(server, "/exports/board.xlsx", koping);
      expect(status).toBe(200);
      expect(type).toContain("spreadsheetml");
      const sheet = workbook!.worksheets[0];
      expect(values(sheet, 1).slice(0, 3)).toEqual(["Titel", "Typ", "Yrkesområde"]);
      expect(sheet.rowCount - 1).toBe(total);
      expect(total).toBeGreaterThan(10);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(column(sheet, "Startdatum").every((cell) => cell instanceof Date)).toBe(true);
    });

    it("keeps the board's filters: the same rows as the board with them", async () => {
      const filter = { municipalityCodes: ["1984"], kinds: ["INTERNSHIP", "WORK_TRAINING"], freeSeatsOnly: true };
      const total = (await server.gql(TOTAL, { filter }, koping)).data.board.totalCount as number;
      const { workbook } = await download(
        server,
        "/exports/board.xlsx?municipalityCodes=1984&kinds=INTERNSHIP,WORK_TRAINING&freeSeatsOnly=true",
        koping,
      );
      const sheet = workbook!.worksheets[0];
      expect(sheet.rowCount - 1).toBe(total);
      expect(column(sheet, "Kommun").every((name) => name === "Arboga")).toBe(true);
      const text = (await server.gql(TOTAL, { filter: { text: "kök" } }, koping)).data.board.totalCount as number;
      const byText = await download(server, `/exports/board.xlsx?text=${encodeURIComponent("kök")}`, koping);
      expect(byText.workbook!.worksheets[0].rowCount - 1).toBe(text);
    });

    it("never lists another organisation's placement hidden from the caller", async () => {
      const own = (await download(server, "/exports/board.xlsx", koping)).workbook!.worksheets[0];
      expect(column(own, "Id")).not.toContain(hiddenId);
      expect(column(own, "Titel")).not.toContain(hiddenTitle);
      const shown = (await download(server, "/exports/board.xlsx", await server.login("coordinator@kungsor.demo"))).workbook!.worksheets[0];
      expect(column(shown, "Id")).toContain(hiddenId);
    });

    it("answers 401 without a token and 400 for a malformed filter, in the errors' shape", async () => {
      const anonymous = await download(server, "/exports/board.xlsx");
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "NOT_SIGNED_IN" });
      const forged = await download(server, "/exports/board.xlsx", "not-a-token");
      expect(forged.status).toBe(401);
      const bad = await download(server, "/exports/board.xlsx?kinds=CIRCUS", koping);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "kinds" });
      const date = await download(server, "/exports/board.xlsx?from=2026-02-30", koping);
      expect(date.body.errors[0].extensions).toMatchObject({ reason: "INVALID_DATE", field: "from" });
    });

    it("writes who exported what with which filters to the audit log", async () => {
      await download(server, "/exports/board.xlsx?municipalityCodes=1960&freeSeatsOnly=true", koping);
      const me = await coordinatorOf(server, "koping");
      const entries = await server.store.reads
        .getRepository(AuditEntry)
        .find({ where: { action: "export:board", userId: me.viewer.userId }, order: { at: "DESC" } });
      expect(entries.length).toBeGreaterThan(0);
      expect(entries[0]).toMatchObject({ entity: "Export", organisationId: me.viewer.organisationId });
      const record = await server.store.reads.getRepository(ExportRecord).findOneByOrFail({ id: entries[0].entityId! });
      expect(JSON.parse(record.filters)).toEqual({ municipalityCodes: ["1960"], freeSeatsOnly: true, sort: "NEWEST" });
    });
  });

  describe("our claims, our placements and outcomes", () => {
    it("exports our claims (as myClaims lists them) and our placements, one click each", async () => {
      const claims = (await server.gql(`{ myClaims(first: 100) { id } }`, {}, koping)).data.myClaims as { id: string }[];
      const file = (await download(server, "/exports/claims.xlsx", koping)).workbook!.worksheets[0];
      expect(file.rowCount - 1).toBe(claims.length);
      expect(values(file, 1)).toContain("Deltagare");
      // All of our placements, the ended ones too (those have left the board, not our records).
      const placements = (await download(server, "/exports/placements.xlsx", koping)).workbook!.worksheets[0];
      const own = (
        await server.gql(
          `{ board(first: 1, filter: { ownOnly: true, statuses: [DRAFT, OPEN, PAUSED, CLOSED], includeEnded: true }) { totalCount } }`,
          {},
          koping,
        )
      ).data.board.totalCount;
      expect(placements.rowCount - 1).toBe(own);
      const today = new Date(`${swedishToday()}T00:00:00Z`);
      expect(column(placements, "Slutdatum").some((end) => end instanceof Date && end < today)).toBe(true);
    });

    it("exports our ended claims with their outcomes in Swedish", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: "2025-01-06",
        end: "2025-02-28",
        status: "COMPLETED",
      });
      await server.services.outcomes.record(await coordinatorOf(server, "koping"), {
        claimId: claim.id,
        stage: "AT_END",
        category: "WORK",
        detail: "HOURLY",
        subsidised: false,
      } as never);
      const sheet = (await download(server, "/exports/outcomes.xlsx", koping)).workbook!.worksheets[0];
      const row = column(sheet, "Utfall vid slut");
      expect(row).toContain("Arbete");
      expect(column(sheet, "Detalj vid slut")).toContain("Timanställning (utan stöd)");
    });
  });
});
