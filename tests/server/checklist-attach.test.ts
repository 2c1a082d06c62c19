import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newId } from "../../server/common/columns.js";
import { OneChecklistPerTemplate1764873000000 as PostgresMigration } from "../../server/db/migrations/postgres/1764873000000-one-checklist-per-template.js";
import { OneChecklistPerTemplate1764873000000 as SqliteMigration } from "../../server/db/migrations/sqlite/1764873000000-one-checklist-per-template.js";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { User } from "../../server/modules/user/user.entity.js";
import { ChecklistTemplate } from "../../server/modules/validation/checklist.entity.js";
import { ChecklistKind } from "../../server/modules/validation/checklist-kind.js";
import { PlacementChecklist, PlacementChecklistItem } from "../../server/modules/validation/placement-checklist.entity.js";
import { Validation, ValidationRecord } from "../../server/modules/validation/validation.entity.js";
import { swedishToday } from "../../server/modules/workplace/supervisor-training.js";
import { codes, startTestServer, store, storeAvailable, type GraphQLResponse, type TestServer } from "../helpers/test-server.js";

const CREATE = `mutation($input: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id } }`;
const REVISE = `mutation($input: ReviseChecklistTemplateInput!) { reviseChecklistTemplate(input: $input) { id currentVersion { number } } }`;
const ATTACH = `mutation($input: AttachChecklistInput!) { attachChecklist(input: $input) { id templateVersion items { id } } }`;
const DETACH = `mutation($id: ID!) { detachPlacementChecklist(id: $id) { id removedAt } }`;
const CHECKLISTS = `query($id: ID!) { placement(id: $id) { checklists { id name templateVersion template { id } } } }`;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;

const reasons = (response: GraphQLResponse) => response.errors?.map((error) => error.extensions?.reason) ?? [];

/**
 * A placement holds one live copy of a checklist template, whichever version it came from: the
 * service refuses a second attach, and the store's unique index decides when attaches race, with
 * the same refusal (naming the copy to tailor) rather than a server error.
 */
describe.skipIf(!storeAvailable)(`attaching a checklist template to a placement (${store})`, () => {
  let server: TestServer;
  let coordinator: string;
  let admin: string;
  let placementId: string;
  let templateId: string;
  let attachedId: string;

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await server.gql(query, variables, token);
    expect(codes(response), JSON.stringify(response.errors)).toEqual([]);
    return response.data;
  };
  const newTemplate = async (name: string) =>
    (
      await gql(
        CREATE,
        {
          input: {
            kind: "VOCATIONAL",
            industry: "WAREHOUSE",
            name,
            items: [
              { section: "Truck", text: "Kör motviktstruck säkert" },
              { section: "Plock", text: "Plockar efter plocklista" },
            ],
          },
        },
        coordinator,
      )
    ).createChecklistTemplate.id as string;
  const attachEntries = () => server.dataSource.getRepository(AuditEntry).countBy({ action: "attachChecklist" });
  const copiesOf = (template: string) => server.dataSource.getRepository(PlacementChecklist).findBy({ placementId, templateId: template });

  beforeAll(async () => {
    server = await startTestServer();
    [coordinator, admin] = await Promise.all(["coordinator@koping.demo", "admin@koping.demo"].map((email) => server.login(email)));
    const workplace = (await gql(`{ workplaces { id } }`, {}, coordinator)).workplaces[0];
    placementId = (
      await gql(
        POST,
        {
          input: {
            title: "Lager och logistik, Köping",
            kind: "INTERNSHIP",
            workplaceId: workplace.id,
            capacity: 2,
            startDate: "2027-02-01",
          },
        },
        coordinator,
      )
    ).postPlacement.id;
    templateId = await newTemplate("Yrkesvalidering – lager i Köping");
  });
  afterAll(() => server?.close());

  it("attaches a template once when 20 requests for it arrive at the same moment; the other 19 are told which copy to tailor", async () => {
    const entriesBefore = await attachEntries();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.gql(ATTACH, { input: { placementId, templateId } }, i % 2 ? admin : coordinator)),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const attached = answers.filter((answer) => answer.data?.attachChecklist);
    expect(attached, JSON.stringify(answers.flatMap((answer) => answer.errors ?? []).slice(0, 3))).toHaveLength(1);
    attachedId = attached[0].data.attachChecklist.id;
    const refused = answers.filter((answer) => !answer.data?.attachChecklist);
    expect(refused).toHaveLength(19);
    for (const answer of refused)
      expect(answer.errors?.map((error) => error.extensions)).toEqual([
        { code: "BAD_USER_INPUT", reason: "CHECKLIST_ALREADY_ATTACHED", params: { checklistId: attachedId }, field: "input.templateId" },
      ]);

    // The refused ones left nothing behind: one copy with its two items, one audit entry.
    const copies = await copiesOf(templateId);
    expect(copies.map((copy) => copy.id)).toEqual([attachedId]);
    expect(await server.dataSource.getRepository(PlacementChecklistItem).countBy({ checklistId: attachedId })).toBe(2);
    expect(await attachEntries()).toBe(entriesBefore + 1);
    const audited = await server.dataSource.getRepository(AuditEntry).findBy({ action: "attachChecklist", entityId: attachedId });
    expect(audited).toHaveLength(1);
  });

  it("refuses the template a second time, and again after it was revised, naming the placement's copy and changing nothing", async () => {
    const entriesBefore = await attachEntries();
    const again = await server.gql(ATTACH, { input: { placementId, templateId } }, coordinator);
    expect(again.errors?.[0].extensions).toMatchObject({ reason: "CHECKLIST_ALREADY_ATTACHED", params: { checklistId: attachedId } });

    const revised = (await gql(REVISE, { input: { id: templateId, items: [{ section: "Truck", text: "Kör ledstaplare" }] } }, coordinator))
      .reviseChecklistTemplate;
    expect(revised.currentVersion.number).toBe(2);
    const afterRevision = await server.gql(ATTACH, { input: { placementId, templateId } }, admin);
    expect(afterRevision.errors?.[0].extensions).toMatchObject({
      reason: "CHECKLIST_ALREADY_ATTACHED",
      params: { checklistId: attachedId },
      field: "input.templateId",
    });
    expect((await copiesOf(templateId)).map((copy) => copy.id)).toEqual([attachedId]);
    expect(await attachEntries()).toBe(entriesBefore);
    const shown = (await gql(CHECKLISTS, { id: placementId }, coordinator)).placement.checklists;
    expect(shown).toEqual([expect.objectContaining({ id: attachedId, templateVersion: 1, template: { id: templateId } })]);
  });

  it("attaches a different template beside it", async () => {
    const other = await newTemplate("Yrkesvalidering – lager, kvällsskift");
    const attached = (await gql(ATTACH, { input: { placementId, templateId: other } }, coordinator)).attachChecklist;
    const shown = (await gql(CHECKLISTS, { id: placementId }, coordinator)).placement.checklists;
    expect(shown.map((checklist: { id: string }) => checklist.id)).toEqual([attachedId, attached.id]);
  });

  it("attaches at most 10 checklists to a placement when attaches of different templates arrive at the same moment", async () => {
    const workplace = (await gql(`{ workplaces { id } }`, {}, coordinator)).workplaces[0];
    const crowded = (
      await gql(
        POST,
        { input: { title: "Lager, många listor", kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 1, startDate: "2027-02-01" } },
        coordinator,
      )
    ).postPlacement.id;
    const shipped = (await gql(`{ checklistTemplates { id } }`, {}, coordinator)).checklistTemplates.slice(0, 8);
    for (const { id } of shipped) await gql(ATTACH, { input: { placementId: crowded, templateId: id } }, coordinator);
    const racing = await Promise.all(Array.from({ length: 5 }, (_, i) => newTemplate(`Lager, lista ${i + 1}`)));
    const answers = await Promise.all(
      racing.map((id, i) => server.gql(ATTACH, { input: { placementId: crowded, templateId: id } }, i % 2 ? admin : coordinator)),
    );
    expect(answers.filter((answer) => answer.data?.attachChecklist)).toHaveLength(2);
    expect(answers.flatMap(reasons)).toEqual(["LIST_TOO_LONG", "LIST_TOO_LONG", "LIST_TOO_LONG"]);
    expect((await gql(CHECKLISTS, { id: crowded }, coordinator)).placement.checklists).toHaveLength(10);
  });

  it.skipIf(store !== "postgres")(
    "answers an attach that loses to a copy written at the same moment by another writer with the refusal, not a server error",
    async () => {
      const other = await newTemplate("Yrkesvalidering – lager, helg");
      const { id: userId } = await server.dataSource.getRepository(User).findOneByOrFail({ email: "coordinator@koping.demo" });
      // Another writer (one that does not wait its turn in the service) holds a live copy, not yet committed.
      const writer = server.dataSource.createQueryRunner();
      await writer.startTransaction();
      const theirs = newId();
      try {
        await writer.manager.insert(PlacementChecklist, {
          id: theirs,
          placementId,
          templateId: other,
          templateVersionId: (await writer.manager.findOneByOrFail(ChecklistTemplate, { id: other })).currentVersionId!,
          name: "Yrkesvalidering – lager, helg",
          kind: ChecklistKind.VOCATIONAL,
          createdAt: new Date(),
          createdById: userId,
          removedAt: null,
        });
        const answer = server.gql(ATTACH, { input: { placementId, templateId: other } }, coordinator);
        // The attach passed the service's check (the copy is not committed) and now waits on the unique index.
        await vi.waitFor(
          async () => {
            const [row] = await server.dataSource.query(
              `SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            );
            expect(Number(row.n)).toBeGreaterThan(0);
          },
          { timeout: 10_000, interval: 10 },
        );
        await writer.commitTransaction();
        expect((await answer).errors?.map((error) => error.extensions)).toEqual([
          { code: "BAD_USER_INPUT", reason: "CHECKLIST_ALREADY_ATTACHED", params: { checklistId: theirs }, field: "input.templateId" },
        ]);
        expect((await copiesOf(other)).map((copy) => copy.id)).toEqual([theirs]);
      } finally {
        if (writer.isTransactionActive) await writer.rollbackTransaction();
        await writer.release();
      }
    },
  );

  it("attaches the template afresh, from its current version, once the placement's copy was detached", async () => {
    await gql(DETACH, { id: attachedId }, coordinator);
    const fresh = (await gql(ATTACH, { input: { placementId, templateId } }, coordinator)).attachChecklist;
    expect(fresh.id).not.toBe(attachedId);
    expect(fresh.templateVersion).toBe(2);
    const copies = await copiesOf(templateId);
    expect(copies.filter((copy) => copy.removedAt === null).map((copy) => copy.id)).toEqual([fresh.id]);
    // Two copies racing to be attached after a detach are still one.
    await gql(DETACH, { id: fresh.id }, coordinator);
    const race = await Promise.all([coordinator, admin].map((token) => server.gql(ATTACH, { input: { placementId, templateId } }, token)));
    expect(race.map(reasons).flat()).toEqual(["CHECKLIST_ALREADY_ATTACHED"]);
  });
});

/**
 * The migration that adds the unique index, on a store holding what the race used to leave: two
 * live copies of one template on one placement, people validated against the younger one.
 */
describe.skipIf(!storeAvailable)(`a store with duplicate checklists from before the rule (${store})`, () => {
  let server: TestServer;
  afterAll(() => server?.close());

  it("keeps the copy people were validated against (else the oldest), detaches the others, and loses no validation or record", async () => {
    server = await startTestServer();
    const token = await server.login("coordinator@koping.demo");
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const response = await server.gql(query, variables, token);
      expect(codes(response), JSON.stringify(response.errors)).toEqual([]);
      return response.data;
    };
    const migration = store === "postgres" ? new PostgresMigration() : new SqliteMigration();
    const runner = server.dataSource.createQueryRunner();
    try {
      // The store as it was before: the plain index on (placementId, templateId).
      await migration.down(runner);
      const workplace = (await gql(`{ workplaces { id } }`, {})).workplaces[0];
      const placementId = (
        await gql(POST, {
          input: { title: "Lager, före regeln", kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 2, startDate: swedishToday() },
        })
      ).postPlacement.id;
      const templates = (await gql(`{ checklistTemplates { id kind } }`, {})).checklistTemplates;
      const [validated, unused] = templates.filter((template: { kind: string }) => template.kind === "VOCATIONAL");
      const checklists = server.dataSource.getRepository(PlacementChecklist);
      const items = server.dataSource.getRepository(PlacementChecklistItem);
      /** A second live copy of `original`, attached a minute later, as the race left it. */
      const duplicate = async (original: string) => {
        const source = await checklists.findOneByOrFail({ id: original });
        const copy = { ...source, id: newId(), createdAt: new Date(source.createdAt.getTime() + 60_000) };
        await checklists.insert(copy);
        const sourceItems = await items.findBy({ checklistId: original });
        await items.insert(sourceItems.map((item) => ({ ...item, id: newId(), checklistId: copy.id })));
        return copy.id;
      };
      const oldest = (await gql(ATTACH, { input: { placementId, templateId: validated.id } })).attachChecklist.id;
      const younger = await duplicate(oldest);
      const keptUnused = (await gql(ATTACH, { input: { placementId, templateId: unused.id } })).attachChecklist.id;
      const droppedUnused = await duplicate(keptUnused);
      expect(await checklists.countBy({ placementId })).toBe(4);

      // Someone was validated against the younger copy.
      const participantId = (await gql(`mutation { registerParticipant(input: { code: "KOP-DUP-4" }) { id } }`, {})).registerParticipant.id;
      const claimId = (
        await gql(`mutation($p: ID!, $who: ID) { claimSeat(input: { placementId: $p, participantId: $who }) { id } }`, {
          p: placementId,
          who: participantId,
        })
      ).claimSeat.id;
      await gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claimId });
      await gql(`mutation($id: ID!) { startClaim(id: $id) { id } }`, { id: claimId });
      const validationId = (
        await gql(`mutation($input: StartValidationInput!) { startValidation(input: $input) { id } }`, {
          input: { claimId, checklistId: younger },
        })
      ).startValidation.id;
      const item = (await items.findBy({ checklistId: younger }))[0];
      await gql(`mutation($input: RecordValidationInput!) { recordValidation(input: $input) { id } }`, {
        input: { validationId, observedOn: swedishToday(), observer: "Handledaren", items: [{ itemId: item.id, level: "WITH_SUPPORT" }] },
      });

      await migration.up(runner);

      const live = await checklists.findBy({ placementId });
      const removed = (id: string) => live.find((checklist) => checklist.id === id)?.removedAt !== null;
      expect(live).toHaveLength(4);
      expect([younger, keptUnused].map(removed)).toEqual([false, false]);
      expect([oldest, droppedUnused].map(removed)).toEqual([true, true]);
      expect(await server.dataSource.getRepository(Validation).findBy({ id: validationId })).toEqual([
        expect.objectContaining({ checklistId: younger }),
      ]);
      expect(await server.dataSource.getRepository(ValidationRecord).countBy({ validationId })).toBe(1);
      const shown = (await gql(CHECKLISTS, { id: placementId })).placement.checklists;
      expect(shown.map((checklist: { id: string }) => checklist.id).sort()).toEqual([younger, keptUnused].sort());

      // And the index holds from now on.
      const again = await server.gql(ATTACH, { input: { placementId, templateId: validated.id } }, token);
      expect(again.errors?.[0].extensions?.params).toEqual({ checklistId: younger });
      await expect(duplicate(younger)).rejects.toThrow();
    } finally {
      await runner.release();
    }
  });
});
