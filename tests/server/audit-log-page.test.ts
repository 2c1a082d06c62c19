import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const LOG = `query($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) { id at action entity entityId cursor user { id email } }
}`;
const REGISTER = `mutation($code: String!) { registerParticipant(input: { code: $code }) { id } }`;
const unique = () => randomBytes(4).toString("hex").toUpperCase();

interface Entry {
  id: string;
  at: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  cursor: string;
  user: { id: string; email: string } | null;
}

describe.skipIf(!storeAvailable)(`the audit log page: filters, pages and the Excel export (${store})`, () => {
  let server: TestServer;
  let admin: string;
  let coordinator: string;
  let coordinatorId: string;
  let participants: string[];
  let between: Date;

  const log = async (variables: Record<string, unknown>, token = admin) => {
    const result = await server.gql(LOG, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data.auditLog as Entry[];
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login("admin@koping.demo");
    coordinator = await server.login("coordinator@koping.demo");
    coordinatorId = (await server.gql(`{ me { id } }`, {}, coordinator)).data.me.id;
    participants = [];
    for (const token of [coordinator, admin, coordinator]) {
      participants.push((await server.gql(REGISTER, { code: `AL-${unique()}` }, token)).data.registerParticipant.id);
      if (participants.length === 2) {
        // A clear instant between the second and third registrations, for the period filter.
        await new Promise((resolve) => setTimeout(resolve, 5));
        between = new Date();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    // Another organisation's entries, which Köping's admin must never see.
    await server.gql(REGISTER, { code: `AL-${unique()}` }, await server.login("coordinator@arboga.demo"));
  });
  afterAll(() => server?.close());

  it("filters by action and by person, newest first, naming who acted", async () => {
    const registered = await log({ filter: { action: "registerParticipant" } });
    expect(registered.map((entry) => entry.entityId)).toEqual([...participants].reverse());
    const byCoordinator = await log({ filter: { action: "registerParticipant", userId: coordinatorId } });
    expect(byCoordinator.map((entry) => entry.entityId)).toEqual([participants[2], participants[0]]);
    expect(byCoordinator.every((entry) => entry.user?.email === "coordinator@koping.demo")).toBe(true);
  });

  it("filters by record and by period", async () => {
    const record = await log({ filter: { entity: "Participant", entityId: participants[1] } });
    expect(record.map((entry) => [entry.action, entry.entityId])).toEqual([["registerParticipant", participants[1]]]);
    const after = await log({ filter: { action: "registerParticipant", from: between.toISOString() } });
    expect(after.map((entry) => entry.entityId)).toEqual([participants[2]]);
    const before = await log({ filter: { action: "registerParticipant", until: between.toISOString() } });
    expect(before.map((entry) => entry.entityId)).toEqual([participants[1], participants[0]]);
  });

  it("pages with cursors through the same entries, in the same order, as one long page", async () => {
    const all = await log({ first: 1000 });
    expect(all.length).toBeGreaterThan(6);
    const paged: Entry[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await log({ first: 3, after });
      paged.push(...page);
      if (page.length < 3) break;
      after = page[page.length - 1].cursor;
    }
    expect(paged.map((entry) => entry.id)).toEqual(all.map((entry) => entry.id));
    const times = all.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("never shows another organisation's entries, whatever the filter", async () => {
    const arboga = await server.login("admin@arboga.demo");
    const theirs = await log({ filter: { action: "registerParticipant" } }, arboga);
    expect(theirs).toHaveLength(1);
    expect(await log({ filter: { entityId: theirs[0].entityId } })).toEqual([]);
    const kopingIds = new Set((await log({ first: 1000 })).map((entry) => entry.id));
    expect(kopingIds.has(theirs[0].id)).toBe(false);
  });

  it("refuses page sizes, cursors and periods it cannot serve, naming the argument, rather than clamping", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ first: 0 }, "first", "PAGE_SIZE_OUT_OF_RANGE"],
      [{ first: 1001 }, "first", "PAGE_SIZE_OUT_OF_RANGE"],
      [{ after: "inte-en-markör" }, "after", "INVALID_CURSOR"],
      [{ after: Buffer.from(JSON.stringify(["igår", "x"])).toString("base64url") }, "after", "INVALID_CURSOR"],
      [{ filter: { from: "2026-12-02T00:00:00Z", until: "2026-12-01T00:00:00Z" } }, "filter.until", "END_BEFORE_START"],
      [{ filter: { action: "x".repeat(65) } }, "filter.action", "TEXT_LENGTH"],
      [{ filter: { entity: "Claim\u202E" } }, "filter.entity", "TEXT_FORBIDDEN_CHARACTERS"],
    ];
    for (const [variables, field, reason] of cases) {
      const result = await server.gql(LOG, variables, admin);
      expect(result.errors?.[0].extensions, JSON.stringify(variables)).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
    }
  });

  it("lists the actions of the organisation's own log, for the action filter", async () => {
    const result = await server.gql(`{ auditActions }`, {}, admin);
    expect(result.data.auditActions).toContain("registerParticipant");
    expect(result.data.auditActions).toEqual([...result.data.auditActions].sort());
    expect(codes(await server.gql(`{ auditActions }`, {}, coordinator))).toEqual(["FORBIDDEN"]);
  });

  describe("GET /exports/audit.xlsx", () => {
    const download = (query: string, token?: string) =>
      fetch(`${server.url}/exports/audit.xlsx${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it("answers 401 without a valid token and 403 to a coordinator", async () => {
      expect((await download("")).status).toBe(401);
      expect((await download("", "not-a-token")).status).toBe(401);
      const refused = await download("", coordinator);
      expect(refused.status).toBe(403);
      expect((await refused.json()).errors[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_REQUIRED" });
    });

    it("refuses a bad filter with 400 before any file starts", async () => {
      const badDate = await download("?from=igår", admin);
      expect(badDate.status).toBe(400);
      expect((await badDate.json()).errors[0].extensions).toMatchObject({ reason: "INVALID_VALUE", field: "from" });
      const backwards = await download("?from=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z", admin);
      expect((await backwards.json()).errors[0].extensions).toMatchObject({ reason: "END_BEFORE_START", field: "filter.until" });
    });

    it("is the filtered log as a workbook with Swedish headers, one row per entry, and the export itself is audited", async () => {
      const response = await download(`?action=registerParticipant&userId=${coordinatorId}`, admin);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(response.headers.get("content-disposition")).toContain("granskningslogg.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const sheet = workbook.getWorksheet("Granskningslogg")!;
      const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
      expect(rows[0].slice(1)).toEqual(["Tidpunkt (UTC)", "Användare", "Användar-id", "Händelse", "Posttyp", "Post-id", "IP-adress"]);
      const expected = await log({ filter: { action: "registerParticipant", userId: coordinatorId } });
      expect(rows.slice(1).map((row) => [(row[1] as Date).toISOString(), row[3], row[4], row[5], row[6]])).toEqual(
        expected.map((entry) => [entry.at, coordinatorId, "registerParticipant", "Participant", entry.entityId]),
      );
      expect(String(rows[1][2])).toContain("coordinator@koping.demo");
      const exports = await log({ filter: { action: "exportAuditLog" } });
      expect(exports[0].user?.email).toBe("admin@koping.demo");
    });

    it("holds every entry of a log longer than one page of the query", async () => {
      const organisationId = (await server.gql(`{ me { organisation { id } } }`, {}, coordinator)).data.me.organisation.id;
      const viewer = { userId: coordinatorId, organisationId, role: "COORDINATOR" as never };
      const events = Array.from({ length: 1001 }, (_, i) => ({ action: "exportTestEvent", entity: "Test", entityId: String(i) }));
      await server.store.transact((manager) => server.services.audit.record(manager, { viewer, ip: "test" }, events));
      const response = await download("?action=exportTestEvent", admin);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const ids = workbook.getWorksheet("Granskningslogg")!.getColumn(6).values.slice(2).map(String);
      expect(ids).toHaveLength(1001);
      expect(new Set(ids).size).toBe(1001);
    });
  });
});
