import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../server/common/logger.js";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { Participant } from "../../server/modules/participant/participant.entity.js";
import { Validation, ValidationRecord } from "../../server/modules/validation/validation.entity.js";
import { swedishToday } from "../../server/modules/workplace/supervisor-training.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const TEMPLATES = `{ checklistTemplates { id kind industry name currentVersion { number } items { section position text } } }`;
const CREATE = `mutation($input: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id name currentVersion { number } items { id section text } } }`;
const REVISE = `mutation($input: ReviseChecklistTemplateInput!) { reviseChecklistTemplate(input: $input) { id name currentVersion { number } items { text } versions { number items { text } } } }`;
const ATTACH = `mutation($input: AttachChecklistInput!) { attachChecklist(input: $input) { id name templateVersion items { id section text } } }`;
const TAILOR = `mutation($input: TailorPlacementChecklistInput!) { tailorPlacementChecklist(input: $input) { id items { id section position text replacesId } } }`;
const CHECKLISTS = `query($id: ID!) { placement(id: $id) { checklists { id name items { id section position text } } } }`;
const START = `mutation($input: StartValidationInput!) { startValidation(input: $input) { id supervisorName supervisorTitle } }`;
const RECORD = `mutation($input: RecordValidationInput!) { recordValidation(input: $input) { id progress { item { text } latest { level observedOn observer } records { level observedOn } } } }`;
const SUMMARY = `query($id: ID!) { participantSkillsSummary(participantId: $id) {
  participantCode organisationName validations { checklistName kind placementTitle workplaceName municipalityName supervisorName supervisorTitle
  firstObservedOn lastObservedOn items { section text level observedOn } } } }`;
const CLAIM_VALIDATIONS = `query($id: ID!) { claim(id: $id) { id validations { id progress { latest { level } } } } }`;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;

const reasons = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.map((error) => error.extensions?.reason) ?? [];

/** The day `days` before today in Sweden. */
const daysAgo = (days: number) => {
  const date = new Date(`${swedishToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

/**
 * Validation: a template is created, attached to a placement and tailored; for a participant on
 * it five items are recorded on two dates; the skills summary shows them and downloads as a PDF;
 * a later change to the template leaves the records as they were.
 */
describe.skipIf(!storeAvailable)(`validation checklists and skills summaries (${store})`, () => {
  let server: TestServer;
  const logged: string[] = [];
  let koping: string;
  let arboga: string;
  let kopingViewer: string;
  let templateId: string;
  let placementId: string;
  let checklistId: string;
  let languageChecklistId: string;
  let participantId: string;
  let claimId: string;
  let validationId: string;
  let languageValidationId: string;
  let items: { id: string; section: string; text: string }[];
  let summaryBefore: unknown;
  const first = daysAgo(14);
  const second = daysAgo(2);

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await server.gql(query, variables, token);
    expect(codes(response), JSON.stringify(response.errors)).toEqual([]);
    return response.data;
  };
  const pdf = (participant: string, body: unknown, token?: string) =>
    fetch(`${server.url}/exports/skills-summary/${participant}.pdf`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({ logger: createLogger("debug", sink) });
    [koping, arboga, kopingViewer] = await Promise.all(
      ["coordinator@koping.demo", "coordinator@arboga.demo", "viewer@koping.demo"].map((email) => server.login(email)),
    );
    const workplace = (await gql(`{ workplaces { id } }`, {}, koping)).workplaces[0];
    placementId = (
      await gql(
        POST,
        {
          input: { title: "Kök och servering, Köping", kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 3, startDate: daysAgo(30) },
        },
        koping,
      )
    ).postPlacement.id;
    participantId = (await gql(`mutation { registerParticipant(input: { code: "KOP-VAL-17" }) { id } }`, {}, koping)).registerParticipant
      .id;
    claimId = (
      await gql(
        `mutation($p: ID!, $who: ID) { claimSeat(input: { placementId: $p, participantId: $who }) { id } }`,
        { p: placementId, who: participantId },
        koping,
      )
    ).claimSeat.id;
    await gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claimId }, koping);
    await gql(`mutation($id: ID!) { startClaim(id: $id) { id } }`, { id: claimId }, koping);
  });
  afterAll(() => server?.close());

  describe("checklist templates", () => {
    it("ships the starting templates in Swedish: one per industry, språkvalidering and bedömning, items grouped and ordered", async () => {
      const templates = (await gql(TEMPLATES, {}, kopingViewer)).checklistTemplates;
      const industries = templates.filter((t: { kind: string }) => t.kind === "VOCATIONAL").map((t: { industry: string }) => t.industry);
      expect(industries.sort()).toEqual([
        "CHILD_CARE",
        "CLEANING",
        "ELDERLY_CARE",
        "KITCHEN",
        "PROPERTY_MAINTENANCE",
        "RETAIL",
        "WAREHOUSE",
      ]);
      const language = templates.find((t: { kind: string }) => t.kind === "LANGUAGE");
      expect(language.name).toBe("Språkvalidering – svenska i arbetet");
      expect(language.items[0].section).toMatch(/^Steg 1/);
      const assessment = templates.find((t: { kind: string }) => t.kind === "ASSESSMENT");
      const sections = [...new Set(assessment.items.map((item: { section: string }) => item.section))];
      expect(sections).toEqual([
        "Närvaro och punktlighet",
        "Arbetstempo och uthållighet",
        "Att följa instruktioner",
        "Samarbete och kontakt",
        "Säkerhet",
        "Förändring och press",
      ]);
      for (const template of templates) {
        expect(template.currentVersion.number).toBe(1);
        expect(template.items.map((item: { position: number }) => item.position)).toEqual(
          template.items.map((_: unknown, i: number) => i + 1),
        );
      }
    });

    it("has the starting templates in a store started without demo data too", async () => {
      const empty = await startTestServer({ seedDemo: false });
      try {
        const rows = await empty.dataSource.query(`SELECT COUNT(*) AS n FROM "checklist_template" WHERE "createdByOrganisationId" IS NULL`);
        expect(Number(rows[0].n)).toBe(9);
      } finally {
        await empty.close();
      }
    });

    it("creates a template as version 1, with items kept together by section in order", async () => {
      const created = (
        await gql(
          CREATE,
          {
            input: {
              kind: "VOCATIONAL",
              industry: "KITCHEN",
              name: "Yrkesvalidering – skolkök i Köping",
              items: [
                { section: "Hygien", text: "Tvättar händerna före och efter arbetet" },
                { section: "Tillagning", text: "Följer receptet för dagens rätt" },
                { section: "Hygien", text: "Mäter och för in kyltemperaturer" },
                { section: "Tillagning", text: "Lägger upp maten på serveringen" },
                { section: "Disk", text: "Sköter diskmaskinen" },
              ],
            },
          },
          koping,
        )
      ).createChecklistTemplate;
      templateId = created.id;
      expect(created.currentVersion.number).toBe(1);
      expect(created.items.map((item: { section: string; text: string }) => `${item.section}: ${item.text}`)).toEqual([
        "Hygien: Tvättar händerna före och efter arbetet",
        "Hygien: Mäter och för in kyltemperaturer",
        "Tillagning: Följer receptet för dagens rätt",
        "Tillagning: Lägger upp maten på serveringen",
        "Disk: Sköter diskmaskinen",
      ]);
    });

    it("numbers two revisions sent at the same moment one after the other, losing neither", async () => {
      const created = (
        await gql(CREATE, { input: { kind: "LANGUAGE", name: "Samtidiga ändringar", items: [{ section: "A", text: "Första" }] } }, koping)
      ).createChecklistTemplate;
      const answers = await Promise.all(
        ["Andra", "Tredje"].map((text) =>
          server.gql(REVISE, { input: { id: created.id, items: [{ section: "A", text }] } }, text === "Andra" ? koping : arboga),
        ),
      );
      expect(answers.flatMap(codes)).toEqual([]);
      const numbers = answers.map((answer) => answer.data.reviseChecklistTemplate.currentVersion.number).sort();
      expect(numbers).toEqual([2, 3]);
      const versions = (
        await gql(`query($id: ID!) { checklistTemplate(id: $id) { versions { number items { text } } } }`, { id: created.id }, koping)
      ).checklistTemplate.versions;
      expect(versions.map((version: { number: number }) => version.number)).toEqual([3, 2, 1]);
      expect(versions[2].items).toEqual([{ text: "Första" }]);
    });

    it("refuses a template without items, and item texts holding an identity number", async () => {
      const empty = await server.gql(CREATE, { input: { kind: "LANGUAGE", name: "Tom lista", items: [] } }, koping);
      expect(reasons(empty)).toEqual(["ITEMS_REQUIRED"]);
      const personal = await server.gql(
        CREATE,
        { input: { kind: "LANGUAGE", name: "Lista", items: [{ section: "A", text: "Gäller 19900101-1239" }] } },
        koping,
      );
      expect(reasons(personal)).toEqual(["TEXT_HOLDS_IDENTITY_NUMBER"]);
      expect(personal.errors![0].extensions!.field).toBe("input.items.0.text");
      expect(
        reasons(
          await server.gql(CREATE, { input: { kind: "LANGUAGE", name: "Lista", items: [{ section: "A", text: "B" }] } }, kopingViewer),
        ),
      ).toEqual(["ROLE_REQUIRED"]);
    });
  });

  describe("on a placement", () => {
    it("attaches the template as the placement's own copy and tailors it: add, drop and reword", async () => {
      const attached = (await gql(ATTACH, { input: { placementId, templateId } }, koping)).attachChecklist;
      checklistId = attached.id;
      expect(attached.templateVersion).toBe(1);
      const [wash, temperatures, recipe, , dishes] = attached.items;
      const tailored = (
        await gql(
          TAILOR,
          {
            input: {
              checklistId,
              add: [{ section: "Tillagning", text: "Bakar matbröd till lunchen" }],
              remove: [dishes.id],
              reword: [{ itemId: temperatures.id, text: "Mäter och för in temperaturer i kyl och frys varje morgon" }],
            },
          },
          koping,
        )
      ).tailorPlacementChecklist;
      expect(
        tailored.items.map((item: { section: string; text: string; position: number }) => `${item.position} ${item.section}: ${item.text}`),
      ).toEqual([
        "1 Hygien: Tvättar händerna före och efter arbetet",
        "2 Hygien: Mäter och för in temperaturer i kyl och frys varje morgon",
        "3 Tillagning: Följer receptet för dagens rätt",
        "4 Tillagning: Lägger upp maten på serveringen",
        "5 Tillagning: Bakar matbröd till lunchen",
      ]);
      expect(tailored.items[1].replacesId).toBe(temperatures.id);
      expect(tailored.items[0].id).toBe(wash.id);
      expect(tailored.items[2].id).toBe(recipe.id);
      items = tailored.items;
      const language = (await gql(TEMPLATES, {}, koping)).checklistTemplates.find(
        (t: { name: string }) => t.name === "Språkvalidering – svenska i arbetet",
      );
      languageChecklistId = (await gql(ATTACH, { input: { placementId, templateId: language.id } }, koping)).attachChecklist.id;
      const shown = (await gql(CHECKLISTS, { id: placementId }, arboga)).placement.checklists;
      expect(shown.map((c: { id: string }) => c.id)).toEqual([checklistId, languageChecklistId]);
    });

    it("refuses the same template twice, another organisation's placement, and dropping an item already gone", async () => {
      expect(reasons(await server.gql(ATTACH, { input: { placementId, templateId } }, koping))).toEqual(["CHECKLIST_ALREADY_ATTACHED"]);
      expect(reasons(await server.gql(ATTACH, { input: { placementId, templateId } }, arboga))).toEqual(["NOT_OWN_ORGANISATION"]);
      expect(reasons(await server.gql(TAILOR, { input: { checklistId, add: [{ section: "X", text: "Y" }] } }, arboga))).toEqual([
        "NOT_OWN_ORGANISATION",
      ]);
      const placement = (await gql(CHECKLISTS, { id: placementId }, koping)).placement.checklists[0];
      const removedId = (
        await server.gql(
          `query($id: ID!) { placement(id: $id) { checklists { items(includeRemoved: true) { id removedAt } } } }`,
          { id: placementId },
          koping,
        )
      ).data.placement.checklists[0].items.find((item: { removedAt: string | null }) => item.removedAt).id;
      expect(placement.items).toHaveLength(5);
      expect(reasons(await server.gql(TAILOR, { input: { checklistId, remove: [removedId] } }, koping))).toEqual([
        "CHECKLIST_ITEM_REMOVED",
      ]);
    });
  });

  describe("for a person during a claim", () => {
    it("starts two validations at once, naming the supervisor and title", async () => {
      const started = (
        await gql(START, { input: { claimId, checklistId, supervisorName: "Karin Holm", supervisorTitle: "Kökschef" } }, koping)
      ).startValidation;
      validationId = started.id;
      expect(started).toMatchObject({ supervisorName: "Karin Holm", supervisorTitle: "Kökschef" });
      languageValidationId = (
        await gql(
          START,
          { input: { claimId, checklistId: languageChecklistId, supervisorName: "Karin Holm", supervisorTitle: "Kökschef" } },
          koping,
        )
      ).startValidation.id;
      expect(reasons(await server.gql(START, { input: { claimId, checklistId } }, koping))).toEqual(["VALIDATION_ALREADY_STARTED"]);
    });

    it("records five items on two dates, and shows progress over time", async () => {
      const language = (await gql(CHECKLISTS, { id: placementId }, koping)).placement.checklists[1].items;
      await gql(
        RECORD,
        {
          input: {
            validationId,
            observedOn: first,
            observer: "Karin Holm, kökschef",
            items: [
              { itemId: items[0].id, level: "WITH_SUPPORT" },
              { itemId: items[1].id, level: "NOT_YET" },
              { itemId: items[2].id, level: "WITH_SUPPORT" },
            ],
          },
        },
        koping,
      );
      await gql(
        RECORD,
        {
          input: {
            validationId: languageValidationId,
            observedOn: first,
            observer: "Karin Holm",
            items: [{ itemId: language[0].id, level: "WITH_SUPPORT" }],
          },
        },
        koping,
      );
      const recorded = (
        await gql(
          RECORD,
          {
            input: {
              validationId,
              observedOn: second,
              observer: "Karin Holm, kökschef",
              items: [
                { itemId: items[0].id, level: "INDEPENDENTLY" },
                { itemId: items[4].id, level: "INDEPENDENTLY" },
              ],
            },
          },
          koping,
        )
      ).recordValidation;
      const wash = recorded.progress.find((row: { item: { text: string } }) => row.item.text === items[0].text);
      expect(wash.records).toEqual([
        { level: "WITH_SUPPORT", observedOn: first },
        { level: "INDEPENDENTLY", observedOn: second },
      ]);
      expect(wash.latest).toMatchObject({ level: "INDEPENDENTLY", observedOn: second, observer: "Karin Holm, kökschef" });
      const observedItems = recorded.progress.filter((row: { latest: unknown }) => row.latest !== null);
      expect(observedItems).toHaveLength(4);
      const audited = await server.dataSource.getRepository(AuditEntry).findBy({ entityId: validationId });
      expect(audited.map((entry) => entry.action).sort()).toEqual(["recordValidation", "recordValidation", "startValidation"]);
    });

    it("refuses an observation in the future, on a dropped item, and by another organisation", async () => {
      const tomorrow = daysAgo(-1);
      const future = await server.gql(
        RECORD,
        { input: { validationId, observedOn: tomorrow, observer: "X", items: [{ itemId: items[0].id, level: "NOT_YET" }] } },
        koping,
      );
      expect(reasons(future)).toEqual(["OBSERVED_ON_IN_FUTURE"]);
      const removedId = (
        await server.gql(
          `query($id: ID!) { placement(id: $id) { checklists { items(includeRemoved: true) { id removedAt } } } }`,
          { id: placementId },
          koping,
        )
      ).data.placement.checklists[0].items.find((item: { removedAt: string | null }) => item.removedAt).id;
      const removed = await server.gql(
        RECORD,
        { input: { validationId, observedOn: second, observer: "X", items: [{ itemId: removedId, level: "NOT_YET" }] } },
        koping,
      );
      expect(reasons(removed)).toEqual(["CHECKLIST_ITEM_REMOVED"]);
      const other = await server.gql(
        RECORD,
        { input: { validationId, observedOn: second, observer: "X", items: [{ itemId: items[0].id, level: "NOT_YET" }] } },
        arboga,
      );
      expect(codes(other)).toEqual(["NOT_FOUND"]);
      expect(reasons(await server.gql(SUMMARY, { id: participantId }, arboga))).toEqual(["RECORD_NOT_FOUND"]);
    });

    it("shows another organisation's validations to the placement's owner only under consent: none without it, all while it is valid (audited), none once revoked", async () => {
      const arbogaParticipant = (await gql(`mutation { registerParticipant(input: { code: "ARB-VAL-3" }) { id } }`, {}, arboga))
        .registerParticipant.id;
      const arbogaClaim = (
        await gql(
          `mutation($p: ID!, $who: ID) { claimSeat(input: { placementId: $p, participantId: $who }) { id } }`,
          { p: placementId, who: arbogaParticipant },
          arboga,
        )
      ).claimSeat.id;
      expect(reasons(await server.gql(START, { input: { claimId: arbogaClaim, checklistId } }, arboga))).toEqual(["CLAIM_STATUS_CHANGED"]);
      await gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: arbogaClaim }, koping);
      expect(reasons(await server.gql(START, { input: { claimId: arbogaClaim, checklistId } }, koping))).toEqual(["CLAIMANT_ONLY"]);
      const theirs = (await gql(START, { input: { claimId: arbogaClaim, checklistId } }, arboga)).startValidation.id;
      await gql(
        RECORD,
        { input: { validationId: theirs, observedOn: second, observer: "Karin Holm", items: [{ itemId: items[0].id, level: "NOT_YET" }] } },
        arboga,
      );
      expect((await gql(CLAIM_VALIDATIONS, { id: arbogaClaim }, arboga)).claim.validations).toHaveLength(1);
      expect((await gql(CLAIM_VALIDATIONS, { id: arbogaClaim }, koping)).claim.validations).toEqual([]);
      expect((await gql(`query($id: ID!) { validation(id: $id) { id } }`, { id: theirs }, koping)).validation).toBeNull();

      // Arboga records the participant's consent covering Köping: the owner now sees the validation, and the read is audited.
      const kopingOrg = (await gql(`{ me { organisation { id } } }`, {}, koping)).me.organisation.id;
      const consent = (
        await gql(
          `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
          {
            input: {
              participantId: arbogaParticipant,
              organisationIds: [kopingOrg],
              validUntil: daysAgo(-30),
              documentReference: "Dnr 2026/17",
            },
          },
          arboga,
        )
      ).recordConsent.id;
      expect((await gql(CLAIM_VALIDATIONS, { id: arbogaClaim }, koping)).claim.validations.map((v: { id: string }) => v.id)).toEqual([
        theirs,
      ]);
      expect((await gql(`query($id: ID!) { validation(id: $id) { id } }`, { id: theirs }, koping)).validation).toEqual({ id: theirs });
      const reads = await server.store.reads
        .getRepository(AuditEntry)
        .countBy({ action: "read:participant:consent", entity: "Participant", entityId: arbogaParticipant });
      expect(reads).toBeGreaterThanOrEqual(2);

      // Revoked: hidden again at once.
      await gql(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, { id: consent }, arboga);
      expect((await gql(CLAIM_VALIDATIONS, { id: arbogaClaim }, koping)).claim.validations).toEqual([]);
      expect((await gql(`query($id: ID!) { validation(id: $id) { id } }`, { id: theirs }, koping)).validation).toBeNull();
    });
  });

  describe("the skills summary", () => {
    it("shows what was validated, where, when and with which supervisor, with the code and no name", async () => {
      const summary = (await gql(SUMMARY, { id: participantId }, koping)).participantSkillsSummary;
      summaryBefore = summary;
      expect(summary.participantCode).toBe("KOP-VAL-17");
      expect(summary.validations).toHaveLength(2);
      const vocational = summary.validations[0];
      expect(vocational).toMatchObject({
        checklistName: "Yrkesvalidering – skolkök i Köping",
        kind: "VOCATIONAL",
        placementTitle: "Kök och servering, Köping",
        municipalityName: "Köping",
        supervisorName: "Karin Holm",
        supervisorTitle: "Kökschef",
        firstObservedOn: first,
        lastObservedOn: second,
      });
      expect(vocational.items.map((item: { text: string; level: string }) => `${item.text}: ${item.level}`)).toEqual([
        "Tvättar händerna före och efter arbetet: INDEPENDENTLY",
        "Mäter och för in temperaturer i kyl och frys varje morgon: NOT_YET",
        "Följer receptet för dagens rätt: WITH_SUPPORT",
        "Bakar matbröd till lunchen: INDEPENDENTLY",
      ]);
      expect(summary.validations[1].kind).toBe("LANGUAGE");
      const audited = await server.dataSource.getRepository(AuditEntry).findBy({ entityId: participantId, action: "read:skillsSummary" });
      expect(audited.length).toBeGreaterThan(0);
    });

    it("downloads as a PDF with å, ä and ö intact: the code only, unless a name is typed when printing", async () => {
      const plain = await pdf(participantId, {}, koping);
      expect(plain.status).toBe(200);
      expect(plain.headers.get("content-type")).toBe("application/pdf");
      const text = (await pdfPages(new Uint8Array(await plain.arrayBuffer()))).join("\n");
      expect(text).toContain("Kompetensintyg");
      expect(text).toContain("Deltagarkod: KOP-VAL-17");
      expect(text).toContain("Yrkesvalidering – skolkök i Köping");
      expect(text).toContain("Mäter och för in temperaturer i kyl och frys varje morgon");
      expect(text).toContain("Självständigt");
      expect(text).toContain("Handledare: Karin Holm, Kökschef");
      expect(text).toContain(`${first} – ${second}`);
      expect(text).toContain("Språkvalidering – svenska i arbetet");

      const named = await pdf(participantId, { name: "Åsa Öberg-Ängström" }, koping);
      const namedText = (await pdfPages(new Uint8Array(await named.arrayBuffer()))).join("\n");
      expect(namedText).toContain("Deltagare: Åsa Öberg-Ängström");
      expect(namedText).not.toContain("KOP-VAL-17");

      const english = await pdf(participantId, { lang: "en" }, koping);
      expect((await pdfPages(new Uint8Array(await english.arrayBuffer()))).join("\n")).toContain("Skills summary");
    });

    it("never stores or logs the name typed at print time", async () => {
      const name = "Zelda Namnsson-Unik";
      expect((await pdf(participantId, { name }, koping)).status).toBe(200);
      expect(logged.join("")).not.toContain(name);
      const entries = await server.dataSource.getRepository(AuditEntry).find();
      expect(JSON.stringify(entries)).not.toContain(name);
      if (store === "sqlite") {
        const fs = await import("node:fs");
        const bytes = Buffer.concat(
          ["", "-wal"]
            .filter((suffix) => fs.existsSync(server.location.sqlitePath + suffix))
            .map((suffix) => fs.readFileSync(server.location.sqlitePath + suffix)),
        );
        expect(bytes.includes(Buffer.from(name))).toBe(false);
      }
    });

    it("refuses a name holding an identity number, no token, a viewer, and another organisation's participant", async () => {
      const personal = await pdf(participantId, { name: "Åsa 19900101-1239" }, koping);
      expect(personal.status).toBe(400);
      expect((await personal.json()).errors[0].extensions).toMatchObject({ reason: "TEXT_HOLDS_IDENTITY_NUMBER", field: "name" });
      expect((await pdf(participantId, {})).status).toBe(401);
      expect((await pdf(participantId, {}, kopingViewer)).status).toBe(403);
      expect((await pdf(participantId, {}, arboga)).status).toBe(404);
    });

    it("is left as it was by a later change to the template", async () => {
      const revised = (
        await gql(
          REVISE,
          {
            input: { id: templateId, name: "Yrkesvalidering – skolkök (ny)", items: [{ section: "Hygien", text: "Helt ny formulering" }] },
          },
          arboga,
        )
      ).reviseChecklistTemplate;
      expect(revised.currentVersion.number).toBe(2);
      expect(revised.items.map((item: { text: string }) => item.text)).toEqual(["Helt ny formulering"]);
      expect(revised.versions.map((version: { number: number }) => version.number)).toEqual([2, 1]);
      expect(revised.versions[1].items).toHaveLength(5);
      expect((await gql(SUMMARY, { id: participantId }, koping)).participantSkillsSummary).toEqual(summaryBefore);
      const placement = (await gql(CHECKLISTS, { id: placementId }, koping)).placement.checklists[0];
      expect(placement.name).toBe("Yrkesvalidering – skolkök i Köping");
      expect(placement.items.map((item: { id: string }) => item.id)).toEqual(items.map((item) => item.id));
    });
  });

  describe("the participant's data", () => {
    it("counts an observation as activity for retention, and retention erases the validations with the participant", async () => {
      const who = (await gql(`mutation { registerParticipant(input: { code: "KOP-RET-5" }) { id } }`, {}, koping)).registerParticipant.id;
      const claim = (
        await gql(
          `mutation($p: ID!, $who: ID) { claimSeat(input: { placementId: $p, participantId: $who }) { id } }`,
          { p: placementId, who },
          koping,
        )
      ).claimSeat.id;
      await gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claim }, koping);
      const started = (await gql(START, { input: { claimId: claim, checklistId } }, koping)).startValidation.id;
      await gql(
        RECORD,
        {
          input: {
            validationId: started,
            observedOn: second,
            observer: "Karin Holm",
            items: [{ itemId: items[0].id, level: "WITH_SUPPORT" }],
          },
        },
        koping,
      );
      await gql(`mutation($id: ID!) { startClaim(id: $id) { id } }`, { id: claim }, koping);
      await gql(`mutation($id: ID!) { completeClaim(id: $id) { id } }`, { id: claim }, koping);
      const longAgo = new Date("2020-01-01T00:00:00Z");
      await server.dataSource.getRepository(Participant).update({ id: who }, { createdAt: longAgo, updatedAt: longAgo });
      await server.dataSource.getRepository(Claim).update({ id: claim }, { updatedAt: longAgo });
      const actor = { viewer: (await server.services.auth.authenticate(koping))!, ip: null };
      const dueIds = async () => (await server.services.participants.dueForReview(actor)).map((due) => due.participant.id);
      expect(await dueIds()).not.toContain(who);
      await server.dataSource.getRepository(ValidationRecord).update({ validationId: started }, { recordedAt: longAgo });
      expect(await dueIds()).toContain(who);
      const results = await server.services.participants.retention({ apply: true });
      expect(results.find((result) => result.slug === "koping")!.erased).toContain(who);
      expect(await server.dataSource.getRepository(Validation).countBy({ id: started })).toBe(0);
      expect(await server.dataSource.getRepository(ValidationRecord).countBy({ validationId: started })).toBe(0);
    });

    it("holds the validations in the extract, and erasure deletes them", async () => {
      const extract = await fetch(`${server.url}/exports/participants/${participantId}.json`, {
        headers: { authorization: `Bearer ${koping}` },
      });
      const body = await extract.json();
      expect(body.validations).toHaveLength(2);
      expect(body.validations[0].records).toHaveLength(5);
      expect(body.validations[0].records).toContainEqual(
        expect.objectContaining({ item: items[0].text, level: "WITH_SUPPORT", observedOn: first, observer: "Karin Holm, kökschef" }),
      );
      await gql(`mutation($id: ID!) { eraseParticipant(id: $id) }`, { id: participantId }, koping);
      expect(await server.dataSource.getRepository(Validation).countBy({ participantId })).toBe(0);
      expect(await server.dataSource.getRepository(Validation).countBy({ id: validationId })).toBe(0);
      expect(await server.dataSource.getRepository(ValidationRecord).countBy({ validationId })).toBe(0);
    });
  });
});
