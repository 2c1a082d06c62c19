import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { Participant } from "../../server/modules/participant/participant.entity.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";
import { buildServer } from "./security/server-process.js";

const FIELDS = `id code swedishLevel licences availableFrom archivedAt homeMunicipality { code } occupationInterests { id label }`;
const REGISTER = `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateParticipantInput!) { updateParticipant(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query($search: String, $all: Boolean) { participants(search: $search, includeArchived: $all) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { participant(id: $id) { ${FIELDS} } }`;
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id participant { code } } }`;
const ERASE = `mutation($id: ID!) { eraseParticipant(id: $id) }`;
const SLUGS = ["koping", "arboga", "kungsor", "arbetsformedlingen", "forsakringskassan"];

describe.skipIf(!storeAvailable)(`participants: register, find, edit, archive, extract, erase (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let viewer: string;
  let fields: { id: string; label: string }[];
  let placementId: string;

  const register = (input: Record<string, unknown>, token = koping) => server.gql(REGISTER, { input }, token);
  const extract = (id: string, token?: string) =>
    fetch(`${server.url}/exports/participants/${id}.json`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    viewer = await server.login("viewer@koping.demo");
    fields = (await server.gql(`{ occupationFields { id label } }`, {}, koping)).data.occupationFields;
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, arboga);
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: {
          title: "Lagerarbete, praktik",
          kind: "INTERNSHIP",
          workplaceId: workplaces.data.workplaces.find((w: any) => w.organisation.slug === "arboga").id,
          capacity: 8,
          startDate: "2027-03-01",
        },
      },
      arboga,
    );
    placementId = posted.data.postPlacement.id;
  });
  afterAll(() => server?.close());

  describe("registerParticipant", () => {
    it("registers a code with what matching needs, in upper case", async () => {
      const result = await register({
        code: "kop-2001",
        swedishLevel: "INTERMEDIATE",
        licences: ["DRIVING_B", "FORKLIFT"],
        occupationFieldIds: [fields[0].id, fields[1].id],
        homeMunicipalityCode: "1984",
        availableFrom: "2027-01-15",
      });
      expect(codes(result)).toEqual([]);
      expect(result.data.registerParticipant).toMatchObject({
        code: "KOP-2001",
        swedishLevel: "INTERMEDIATE",
        licences: ["DRIVING_B", "FORKLIFT"],
        homeMunicipality: { code: "1984" },
        availableFrom: "2027-01-15",
        archivedAt: null,
        occupationInterests: [fields[0], fields[1]],
      });
    });

    it("refuses a code that is a personal identity number, an unknown occupation field and an unknown municipality", async () => {
      const pnr = await register({ code: "19900101-1239" });
      expect(pnr.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.code" });
      const field = await register({ code: "KOP-2002", occupationFieldIds: ["no-such-field"] });
      expect(field.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.occupationFieldIds" });
      const municipality = await register({ code: "KOP-2002", homeMunicipalityCode: "9999" });
      expect(municipality.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.homeMunicipalityCode" });
      expect((await server.gql(LIST, { search: "KOP-2002" }, koping)).data.participants).toEqual([]);
    });

    it("refuses a viewer", async () => {
      expect(codes(await register({ code: "KOP-2003" }, viewer))).toEqual(["FORBIDDEN"]);
    });
  });

  describe("participants and participant", () => {
    it("searches the organisation's codes in any letter case, and lets a viewer read them", async () => {
      await register({ code: "KOP-SOK-1" });
      await register({ code: "KOP-SOK-2" });
      const found = await server.gql(LIST, { search: "sok" }, viewer);
      expect(found.data.participants.map((p: any) => p.code)).toEqual(["KOP-SOK-1", "KOP-SOK-2"]);
      expect((await server.gql(LIST, { search: "SOK" }, arboga)).data.participants).toEqual([]);
    });

    it("pages the list by code with first and after, and refuses a page size outside 1–100", async () => {
      const all = (await server.gql(`{ participants { id code } }`, {}, koping)).data.participants;
      const first = await server.gql(`{ participants(first: 2) { id code } }`, {}, koping);
      expect(first.data.participants).toEqual(all.slice(0, 2));
      const next = await server.gql(
        `query($after: ID) { participants(first: 2, after: $after) { id code } }`,
        { after: all[1].id },
        koping,
      );
      expect(next.data.participants).toEqual(all.slice(2, 4));
      expect((await server.gql(`{ participants(first: 101) { id } }`, {}, koping)).errors?.[0].extensions).toMatchObject({
        reason: "PAGE_SIZE_OUT_OF_RANGE",
      });
    });

    it("shows one participant to its own organisation and null to any other", async () => {
      const id = (await register({ code: "KOP-EN" })).data.registerParticipant.id;
      expect((await server.gql(ONE, { id }, koping)).data.participant.code).toBe("KOP-EN");
      expect((await server.gql(ONE, { id }, arboga)).data.participant).toBeNull();
    });
  });

  describe("updateParticipant", () => {
    it("changes what was sent and keeps the rest; a removed municipality or date becomes null", async () => {
      const id = (await register({ code: "KOP-ANDRA", swedishLevel: "BASIC", homeMunicipalityCode: "1983", availableFrom: "2027-02-01" }))
        .data.registerParticipant.id;
      const result = await server.gql(UPDATE, { id, input: { code: "kop-andrad", licences: ["HYGIENE"], availableFrom: null } }, koping);
      expect(codes(result)).toEqual([]);
      expect(result.data.updateParticipant).toMatchObject({
        code: "KOP-ANDRAD",
        swedishLevel: "BASIC",
        licences: ["HYGIENE"],
        homeMunicipality: { code: "1983" },
        availableFrom: null,
      });
    });

    it("refuses a code another of our participants has, and another organisation's participant", async () => {
      const id = (await register({ code: "KOP-TVA" })).data.registerParticipant.id;
      const taken = await server.gql(UPDATE, { id, input: { code: "KOP-ANDRAD" } }, koping);
      expect(taken.errors?.[0].extensions).toMatchObject({ reason: "PARTICIPANT_CODE_TAKEN", field: "input.code" });
      expect(codes(await server.gql(UPDATE, { id, input: { swedishLevel: "FLUENT" } }, arboga))).toEqual(["NOT_FOUND"]);
      expect((await server.gql(ONE, { id }, koping)).data.participant.swedishLevel).toBe("NONE");
    });
  });

  describe("archiveParticipant and restoreParticipant", () => {
    it("hides an archived participant from the list and refuses new claims for them until restored", async () => {
      const id = (await register({ code: "KOP-ARKIV" })).data.registerParticipant.id;
      const archived = await server.gql(`mutation($id: ID!) { archiveParticipant(id: $id) { archivedAt } }`, { id }, koping);
      expect(archived.data.archiveParticipant.archivedAt).toEqual(expect.any(String));
      expect((await server.gql(LIST, { search: "ARKIV" }, koping)).data.participants).toEqual([]);
      expect((await server.gql(LIST, { search: "ARKIV", all: true }, koping)).data.participants).toHaveLength(1);
      const refused = await server.gql(CLAIM, { input: { placementId, participantId: id } }, koping);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "PARTICIPANT_ARCHIVED" });
      expect(codes(await server.gql(`mutation($id: ID!) { restoreParticipant(id: $id) { id } }`, { id }, arboga))).toEqual(["NOT_FOUND"]);
      await server.gql(`mutation($id: ID!) { restoreParticipant(id: $id) { id } }`, { id }, koping);
      expect(codes(await server.gql(CLAIM, { input: { placementId, participantId: id } }, koping))).toEqual([]);
    });

    it("refuses another organisation's participant", async () => {
      const id = (await register({ code: "KOP-INTE" })).data.registerParticipant.id;
      expect(codes(await server.gql(`mutation($id: ID!) { archiveParticipant(id: $id) { id } }`, { id }, arboga))).toEqual(["NOT_FOUND"]);
      expect((await server.gql(ONE, { id }, koping)).data.participant.archivedAt).toBeNull();
    });
  });

  describe("the extract (GET /exports/participants/:id.json)", () => {
    it("lists the participant's attributes, claims and the audit trail about them, and is itself audited", async () => {
      const id = (
        await register({ code: "KOP-UTDRAG", swedishLevel: "FLUENT", licences: ["DRIVING_C"], occupationFieldIds: [fields[2].id] })
      ).data.registerParticipant.id;
      const claim = (await server.gql(CLAIM, { input: { placementId, participantId: id } }, koping)).data.claimSeat.id;
      await server.gql(ONE, { id }, koping);
      const response = await extract(id, koping);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain("deltagare-KOP-UTDRAG.json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await response.json();
      expect(body.controller.slug).toBe("koping");
      expect(body.participant).toMatchObject({
        id,
        code: "KOP-UTDRAG",
        swedishLevel: "FLUENT",
        licences: ["DRIVING_C"],
        occupationInterests: [fields[2]],
      });
      expect(body.claims).toEqual([
        expect.objectContaining({ id: claim, status: "HELD", placement: expect.objectContaining({ id: placementId }) }),
      ]);
      const actions = body.auditTrail.map((entry: any) => entry.action);
      expect(actions).toEqual(expect.arrayContaining(["registerParticipant", "claimSeat", "read:participant", "extract:participant"]));
      expect(JSON.stringify(body.auditTrail)).not.toContain("127.0.0.1");
    });

    it("answers 401 without a token, 403 for a viewer and 404 for another organisation's participant", async () => {
      const id = (await register({ code: "KOP-VEM" })).data.registerParticipant.id;
      expect((await extract(id)).status).toBe(401);
      expect((await extract(id, viewer)).status).toBe(403);
      const other = await extract(id, arboga);
      expect(other.status).toBe(404);
      expect(await other.text()).not.toContain("KOP-VEM");
      expect((await extract("not-an-id", koping)).status).toBe(404);
    });
  });

  describe("eraseParticipant", () => {
    async function boardCounts(token: string) {
      const board = await server.gql(
        `{ board(first: 100, filter: { statuses: [OPEN] }) { totalCount edges { node { id freeSeats seatHoldings { seats organisation { slug } } } } } }`,
        {},
        token,
      );
      const placement = await server.gql(
        `query($id: ID!) { placement(id: $id) { freeSeats seatHoldings { seats organisation { slug } } } }`,
        { id: placementId },
        token,
      );
      const claims = await server.gql(`{ myClaims { id status seats } }`, {}, token);
      return { board: board.data.board, placement: placement.data.placement, claims: claims.data.myClaims };
    }

    it("leaves no trace of the code or its attributes for any organisation, keeps the counts, and audits the erasure", async () => {
      const code = "KOP-RADERA-77";
      const id = (
        await register({
          code,
          swedishLevel: "BASIC",
          licences: ["WHEEL_LOADER"],
          homeMunicipalityCode: "1960",
          availableFrom: "2027-04-04",
        })
      ).data.registerParticipant.id;
      const claimId = (await server.gql(CLAIM, { input: { placementId, participantId: id, requestedStart: "2027-03-08" } }, koping)).data
        .claimSeat.id;
      const before = { koping: await boardCounts(koping), arboga: await boardCounts(arboga) };

      expect(codes(await server.gql(ERASE, { id }, arboga))).toEqual(["NOT_FOUND"]);
      const erased = await server.gql(ERASE, { id }, koping);
      expect(erased).toMatchObject({ data: { eraseParticipant: true } });

      // No query by any organisation's coordinator returns the code or the participant.
      for (const slug of SLUGS) {
        const token = await server.login(`coordinator@${slug}.demo`);
        for (const query of [
          `{ participants(includeArchived: true) { id code } }`,
          `{ participantsDueForReview { participant { id code } } }`,
          `{ myClaims { id participant { id code } } }`,
          `{ claimsOnOurPlacements { id participant { id code } } }`,
          `{ board(first: 100) { edges { node { ourClaims { participant { id code } } } } } }`,
        ]) {
          const text = JSON.stringify(await server.gql(query, {}, token));
          expect(text, `${slug}: ${query}`).not.toContain(code);
          expect(text, `${slug}: ${query}`).not.toContain(id);
        }
        expect((await server.gql(ONE, { id }, token)).data.participant).toBeNull();
        expect(
          (await server.gql(`query($id: ID!) { claim(id: $id) { participant { id } } }`, { id: claimId }, token)).data?.claim
            ?.participant ?? null,
        ).toBeNull();
      }
      expect((await extract(id, koping)).status).toBe(404);

      // Nothing of it is left in the store; the claim stays, unlinked, with its seats.
      expect(await server.dataSource.getRepository(Participant).countBy({ id })).toBe(0);
      expect(await server.dataSource.getRepository(Participant).countBy({ code })).toBe(0);
      const claim = await server.dataSource.getRepository(Claim).findOneByOrFail({ id: claimId });
      expect(claim).toMatchObject({ participantId: null, seats: 1, status: "HELD", requestedStart: "2027-03-08" });

      // The board and the counts are as they were, for both organisations.
      expect(await boardCounts(koping)).toEqual(before.koping);
      expect(await boardCounts(arboga)).toEqual(before.arboga);

      // The audit log shows the erasure, who made it, and holds no code.
      const admin = await server.login("admin@koping.demo");
      const log = await server.gql(`{ auditLog(first: 1000) { action entity entityId userId } }`, {}, admin);
      expect(log.data.auditLog).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: "eraseParticipant", entity: "Participant", entityId: id })]),
      );
      const entries = await server.dataSource.getRepository(AuditEntry).find();
      expect(JSON.stringify(entries)).not.toContain(code);
    });

    it("also drops the claims' requested dates and reasons where the organisation's policy says so", async () => {
      const admin = await server.login("admin@koping.demo");
      const set = await server.gql(
        `mutation { setParticipantPolicy(input: { inactiveMonths: 12, retentionErases: true, keepClaimDetails: false }) { keepClaimDetails } }`,
        {},
        admin,
      );
      expect(set.data.setParticipantPolicy.keepClaimDetails).toBe(false);
      const id = (await register({ code: "KOP-RADERA-78" })).data.registerParticipant.id;
      const claimId = (await server.gql(CLAIM, { input: { placementId, participantId: id, requestedStart: "2027-03-08" } }, koping)).data
        .claimSeat.id;
      await server.gql(ERASE, { id }, koping);
      const claim = await server.dataSource.getRepository(Claim).findOneByOrFail({ id: claimId });
      expect(claim).toMatchObject({ participantId: null, seats: 1, requestedStart: null, requestedEnd: null });
      await server.gql(
        `mutation { setParticipantPolicy(input: { inactiveMonths: 12, retentionErases: true, keepClaimDetails: true }) { keepClaimDetails } }`,
        {},
        admin,
      );
    });
  });
});

describe.skipIf(!storeAvailable)(`participant retention (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let placementId: string;
  const longAgo = new Date(Date.now() - 3 * 365 * 24 * 3600_000);

  async function registerOld(token: string, code: string): Promise<string> {
    const id = (await server.gql(REGISTER, { input: { code } }, token)).data.registerParticipant.id;
    await server.dataSource.getRepository(Participant).update({ id }, { createdAt: longAgo });
    return id;
  }

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, koping);
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: {
          title: "Retentionsplats",
          kind: "INTERNSHIP",
          workplaceId: workplaces.data.workplaces.find((w: any) => w.organisation.slug === "koping").id,
          capacity: 5,
          startDate: "2027-03-01",
        },
      },
      koping,
    );
    placementId = posted.data.postPlacement.id;
  });
  afterAll(() => server?.close());

  it("lists for review, and with --apply erases, exactly the participants without activity for the policy's months", async () => {
    const arboga = await server.login("coordinator@arboga.demo");
    const due = await registerOld(koping, "KOP-GAMMAL");
    const recentClaim = await registerOld(koping, "KOP-NYCLAIM");
    await server.gql(CLAIM, { input: { placementId, participantId: recentClaim } }, koping);
    const released = (await server.gql(`{ myClaims { id participant { id } } }`, {}, koping)).data.myClaims.find(
      (c: any) => c.participant?.id === recentClaim,
    ).id;
    await server.gql(`mutation($id: ID!) { releaseClaim(id: $id) { id } }`, { id: released }, koping);
    const liveClaim = await registerOld(koping, "KOP-LEVANDE");
    const live = (await server.gql(CLAIM, { input: { placementId, participantId: liveClaim } }, koping)).data.claimSeat.id;
    await server.dataSource.getRepository(Claim).update({ id: live }, { updatedAt: longAgo });
    const fresh = (await server.gql(REGISTER, { input: { code: "KOP-NY" } }, koping)).data.registerParticipant.id;
    // Arboga lists its due participants for review only.
    const arbogaAdmin = await server.login("admin@arboga.demo");
    await server.gql(
      `mutation { setParticipantPolicy(input: { inactiveMonths: 6, retentionErases: false, keepClaimDetails: true }) { inactiveMonths } }`,
      {},
      arbogaAdmin,
    );
    const arbogaDue = await registerOld(arboga, "ARB-GAMMAL");

    const review = await server.gql(`{ participantsDueForReview { participant { id code } lastActivityAt } }`, {}, koping);
    expect(review.data.participantsDueForReview.map((d: any) => d.participant.code)).toEqual(["KOP-GAMMAL"]);

    const dryRun = await server.services.participants.retention({ apply: false });
    const bySlug = new Map(dryRun.map((result) => [result.slug, result]));
    expect(bySlug.get("koping")!.due.map((d) => d.id)).toEqual([due]);
    expect(bySlug.get("arboga")!.due.map((d) => d.id)).toEqual([arbogaDue]);
    expect(dryRun.flatMap((result) => result.erased)).toEqual([]);
    expect(await server.dataSource.getRepository(Participant).countBy({ id: due })).toBe(1);

    const applied = await server.services.participants.retention({ apply: true });
    expect(applied.flatMap((result) => result.erased)).toEqual([due]);
    const left = await server.dataSource.getRepository(Participant).findBy({});
    const ids = new Set(left.map((p) => p.id));
    expect(ids.has(due)).toBe(false);
    for (const kept of [recentClaim, liveClaim, fresh, arbogaDue]) expect(ids.has(kept)).toBe(true);
    const audit = await server.dataSource.getRepository(AuditEntry).findBy({ action: "retention:eraseParticipant" });
    expect(audit.map((entry) => entry.entityId)).toEqual([due]);
    expect(audit[0].organisationId).toBe(left.find((p) => p.id === fresh)!.organisationId);
  });

  it("runs as npm run retention: a dry run prints ids and dates only, --apply erases the due ones", async () => {
    const due = await registerOld(koping, "KOP-SKRIPT");
    const buildDir = buildServer();
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ["server/scripts/retention.js", ...args], {
        cwd: buildDir,
        env: {
          PATH: process.env.PATH,
          SQLITE_PATH: server.location.sqlitePath,
          ...(server.location.databaseUrl ? { DATABASE_URL: server.location.databaseUrl } : {}),
        },
      });
    onTestFinished(() => fs.rmSync(buildDir, { recursive: true, force: true }));
    const dry = await run([]);
    expect(dry.stdout).toContain(due);
    expect(dry.stdout).toMatch(/koping: 1 due after 12 months without activity \(erases\)/);
    expect(dry.stdout).toMatch(/arboga: 1 due after 6 months without activity \(review only\)/);
    expect(dry.stdout).toContain("Dry run: 2 due; run with --apply to erase.");
    expect(dry.stdout).not.toContain("KOP-SKRIPT");
    expect(await server.dataSource.getRepository(Participant).countBy({ id: due })).toBe(1);

    const applied = await run(["--apply"]);
    expect(applied.stdout).toContain("Erased 1 of 2 due participants.");
    expect(await server.dataSource.getRepository(Participant).countBy({ id: due })).toBe(0);
    expect(await server.dataSource.getRepository(AuditEntry).countBy({ action: "retention:eraseParticipant", entityId: due })).toBe(1);
  });
});
