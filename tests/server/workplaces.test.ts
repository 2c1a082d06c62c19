import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { addYears, swedishToday } from "../../server/modules/workplace/supervisor-training.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const CREATE = `mutation($input: CreateWorkplaceInput!) { createWorkplace(input: $input) {
  id name organisationNumber contactName contactPhone contactEmail archivedAt allowedActions organisation { slug } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWorkplaceInput!) { updateWorkplace(id: $id, input: $input) { id name address contactName } }`;
const ARCHIVE = `mutation($id: ID!) { archiveWorkplace(id: $id) { id archivedAt allowedActions } }`;
const RESTORE = `mutation($id: ID!) { restoreWorkplace(id: $id) { id archivedAt } }`;
const ADD_SUPERVISOR = `mutation($input: AddSupervisorInput!) { addSupervisor(input: $input) { id trainedOn trainingCourse trainingStatus trainingDueOn } }`;
const RECORD = `mutation($input: RecordSupervisorTrainingInput!) { recordSupervisorTraining(input: $input) {
  id trainedOn trainingCourse trainingStatus trainingDueOn } }`;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id status supervisor { trainingStatus } } }`;
const REGISTER = `query($filter: SupervisorRegisterFilter) { supervisorRegister(filter: $filter) {
  id name trainedOn trainingCourse trainingStatus trainingDueOn workplace { id name organisation { slug } } } }`;
const SETTINGS = `mutation($input: OrganisationSettingsInput!) { updateOrganisationSettings(input: $input) { slug requireTrainedSupervisor } }`;

const reasons = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.map((error) => error.extensions?.reason) ?? [];
const fields = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.map((error) => error.extensions?.field) ?? [];

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

describe.skipIf(!storeAvailable)(`workplaces and supervisors (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let kopingViewer: string;
  let kopingAdmin: string;
  const today = swedishToday();

  const workplaceInput = (overrides: Record<string, unknown> = {}) => ({
    name: `Verkstad ${unique()}`,
    sector: "PRIVATE",
    municipalityCode: "1983",
    ...overrides,
  });
  const create = async (token: string, overrides: Record<string, unknown> = {}) => {
    const result = await server.gql(CREATE, { input: workplaceInput(overrides) }, token);
    expect(result.errors).toBeUndefined();
    return result.data.createWorkplace as { id: string; name: string };
  };
  const placementInput = (workplaceId: string, overrides: Record<string, unknown> = {}) => ({
    title: "Verkstadspraktik",
    kind: "INTERNSHIP",
    workplaceId,
    capacity: 2,
    startDate: "2027-03-01",
    ...overrides,
  });

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    kopingViewer = await server.login("viewer@koping.demo");
    kopingAdmin = await server.login("admin@koping.demo");
  });
  afterAll(() => server?.close());

  describe("workplaces", () => {
    it("lists only the viewer's organisation's workplaces, archived ones only when asked for", async () => {
      const archived = await create(koping);
      await server.gql(ARCHIVE, { id: archived.id }, koping);
      const list = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, koping);
      expect(list.data.workplaces.length).toBeGreaterThan(0);
      expect(new Set(list.data.workplaces.map((w: any) => w.organisation.slug))).toEqual(new Set(["koping"]));
      expect(list.data.workplaces.map((w: any) => w.id)).not.toContain(archived.id);
      const all = await server.gql(`{ workplaces(includeArchived: true) { id } }`, {}, koping);
      expect(all.data.workplaces.map((w: any) => w.id)).toContain(archived.id);
    });

    it("registers a workplace with its contact for the coordinator's organisation", async () => {
      const result = await server.gql(
        CREATE,
        {
          input: workplaceInput({
            organisationNumber: "556036-0793",
            contactName: "Eva Berg",
            contactPhone: "0221-123 45",
            contactEmail: "Eva.Berg@Example.se",
          }),
        },
        koping,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.createWorkplace).toMatchObject({
        organisationNumber: "556036-0793",
        contactName: "Eva Berg",
        contactPhone: "0221-123 45",
        contactEmail: "eva.berg@example.se",
        archivedAt: null,
        organisation: { slug: "koping" },
        allowedActions: ["EDIT", "ARCHIVE", "ADD_SUPERVISOR", "EDIT_SUPERVISORS"],
      });
      const entry = await server.dataSource
        .getRepository(AuditEntry)
        .findOneBy({ action: "createWorkplace", entityId: result.data.createWorkplace.id });
      expect(entry).not.toBeNull();
    });

    it("refuses an organisation number whose Luhn check digit is wrong, naming the field", async () => {
      for (const call of [
        () => server.gql(CREATE, { input: workplaceInput({ organisationNumber: "556036-0794" }) }, koping),
        async () => server.gql(UPDATE, { id: (await create(koping)).id, input: { organisationNumber: "212000-1968" } }, koping),
      ]) {
        const result = await call();
        expect(reasons(result)).toEqual(["ORGANISATION_NUMBER_CHECK_DIGIT"]);
        expect(fields(result)).toEqual(["input.organisationNumber"]);
      }
      const shape = await server.gql(CREATE, { input: workplaceInput({ organisationNumber: "5560360793" }) }, koping);
      expect(reasons(shape)).toEqual(["INVALID_FORMAT"]);
    });

    it("accepts a sole trader's organisation number, which is a personal identity number", async () => {
      const result = await server.gql(CREATE, { input: workplaceInput({ organisationNumber: "811218-9876" }) }, koping);
      expect(result.errors).toBeUndefined();
      expect(result.data.createWorkplace.organisationNumber).toBe("811218-9876");
    });

    it("refuses the same name and organisation number twice in one organisation, and lets another organisation register the employer", async () => {
      const input = workplaceInput({ name: `ICA Kvantum ${unique()}`, organisationNumber: "556036-0793" });
      expect((await server.gql(CREATE, { input }, koping)).errors).toBeUndefined();
      const twice = await server.gql(CREATE, { input: { ...input, name: input.name.toUpperCase() } }, koping);
      expect(reasons(twice)).toEqual(["WORKPLACE_ALREADY_REGISTERED"]);
      const otherBranch = await server.gql(CREATE, { input: { ...input, name: `${input.name}, lager` } }, koping);
      expect(otherBranch.errors).toBeUndefined();
      const elsewhere = await server.gql(CREATE, { input }, arboga);
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.data.createWorkplace.organisation.slug).toBe("arboga");
    });

    it("edits a workplace; another organisation may not edit, archive or add supervisors to it", async () => {
      const workplace = await create(koping);
      const edited = await server.gql(UPDATE, { id: workplace.id, input: { address: "Storgatan 1", contactName: "Ali Hassan" } }, koping);
      expect(edited.data.updateWorkplace).toMatchObject({ address: "Storgatan 1", contactName: "Ali Hassan", name: workplace.name });
      expect(reasons(await server.gql(UPDATE, { id: workplace.id, input: { name: null } }, koping))).toEqual(["FIELD_NOT_REMOVABLE"]);
      expect(reasons(await server.gql(UPDATE, { id: workplace.id, input: { address: "X" } }, arboga))).toEqual(["NOT_OWN_ORGANISATION"]);
      expect(reasons(await server.gql(ARCHIVE, { id: workplace.id }, arboga))).toEqual(["NOT_OWN_ORGANISATION"]);
      const added = await server.gql(ADD_SUPERVISOR, { input: { workplaceId: workplace.id, name: "Främling" } }, arboga);
      expect(reasons(added)).toEqual(["NOT_OWN_ORGANISATION"]);
      const other = await server.gql(`query($id: ID!) { workplace(id: $id) { allowedActions } }`, { id: workplace.id }, arboga);
      expect(other.data.workplace.allowedActions).toEqual([]);
      expect(codes(await server.gql(UPDATE, { id: workplace.id, input: { address: "Y" } }, kopingViewer))).toEqual(["FORBIDDEN"]);
    });
  });

  describe("which workplace a placement uses", () => {
    it("refuses a Köping placement at Arboga's own workplace, naming the field", async () => {
      const arbogaWorkplace = await create(arboga);
      const result = await server.gql(POST, { input: placementInput(arbogaWorkplace.id) }, koping);
      expect(reasons(result)).toEqual(["WORKPLACE_OF_OTHER_ORGANISATION"]);
      expect(fields(result)).toEqual(["input.workplaceId"]);
      expect((await server.gql(POST, { input: placementInput(arbogaWorkplace.id) }, arboga)).errors).toBeUndefined();
    });

    it("takes no new placement at an archived workplace, and takes them again once restored", async () => {
      const workplace = await create(koping);
      const archived = await server.gql(ARCHIVE, { id: workplace.id }, koping);
      expect(archived.data.archiveWorkplace.archivedAt).not.toBeNull();
      expect(archived.data.archiveWorkplace.allowedActions).toEqual(["EDIT", "RESTORE", "EDIT_SUPERVISORS"]);
      const supervisor = await server.gql(ADD_SUPERVISOR, { input: { workplaceId: workplace.id, name: "Sen Ankomling" } }, koping);
      expect(reasons(supervisor)).toEqual(["WORKPLACE_ARCHIVED"]);
      const refused = await server.gql(POST, { input: placementInput(workplace.id) }, koping);
      expect(reasons(refused)).toEqual(["WORKPLACE_ARCHIVED"]);
      expect(fields(refused)).toEqual(["input.workplaceId"]);
      await server.gql(RESTORE, { id: workplace.id }, koping);
      expect((await server.gql(POST, { input: placementInput(workplace.id) }, koping)).errors).toBeUndefined();
      const log = await server.dataSource.getRepository(AuditEntry).findBy({ entityId: workplace.id });
      expect(log.map((entry) => entry.action).sort()).toEqual(["archiveWorkplace", "createWorkplace", "restoreWorkplace"]);
    });
  });

  describe("supervisor training", () => {
    it("records a training with its course, audited, and counts it due after the configured years", async () => {
      const workplace = await create(koping);
      const added = await server.gql(ADD_SUPERVISOR, { input: { workplaceId: workplace.id, name: "Sara Lind" } }, koping);
      expect(added.data.addSupervisor).toMatchObject({ trainedOn: null, trainingStatus: "NOT_TRAINED", trainingDueOn: null });
      const id = added.data.addSupervisor.id;
      const recorded = await server.gql(
        RECORD,
        { input: { supervisorId: id, trainedOn: today, course: "Handledarutbildning, AF" } },
        koping,
      );
      expect(recorded.data.recordSupervisorTraining).toEqual({
        id,
        trainedOn: today,
        trainingCourse: "Handledarutbildning, AF",
        trainingStatus: "TRAINED",
        trainingDueOn: addYears(today, 3),
      });
      const entry = await server.dataSource.getRepository(AuditEntry).findOneBy({ action: "recordSupervisorTraining", entityId: id });
      expect(entry).not.toBeNull();

      const longAgo = addYears(today, -3);
      const due = await server.gql(RECORD, { input: { supervisorId: id, trainedOn: longAgo, course: "Gammal kurs" } }, koping);
      expect(due.data.recordSupervisorTraining).toMatchObject({ trainingStatus: "DUE", trainingDueOn: today });
    });

    it("refuses a training date after today, and a training at another organisation's workplace", async () => {
      const workplace = await create(koping);
      const id = (await server.gql(ADD_SUPERVISOR, { input: { workplaceId: workplace.id, name: "Per Ek" } }, koping)).data.addSupervisor.id;
      const future = await server.gql(RECORD, { input: { supervisorId: id, trainedOn: addYears(today, 1), course: "Kurs" } }, koping);
      expect(reasons(future)).toEqual(["TRAINED_ON_IN_FUTURE"]);
      expect(fields(future)).toEqual(["input.trainedOn"]);
      const other = await server.gql(RECORD, { input: { supervisorId: id, trainedOn: today, course: "Kurs" } }, arboga);
      expect(reasons(other)).toEqual(["NOT_OWN_ORGANISATION"]);
    });

    it("counts the validity from the server's setting", async () => {
      const short = await startTestServer({ config: { supervisorTrainingValidYears: 1 } });
      try {
        const token = await short.login("coordinator@koping.demo");
        const workplace = (await short.gql(CREATE, { input: workplaceInput() }, token)).data.createWorkplace;
        const trainedOn = addYears(today, -2);
        const added = await short.gql(
          ADD_SUPERVISOR,
          { input: { workplaceId: workplace.id, name: "Nils Å", trainedOn, trainingCourse: "Kurs" } },
          token,
        );
        expect(added.data.addSupervisor).toMatchObject({ trainingStatus: "DUE", trainingDueOn: addYears(trainedOn, 1) });
        expect((await short.gql(`{ supervisorTrainingValidYears }`, {}, token)).data.supervisorTrainingValidYears).toBe(1);
      } finally {
        await short.close();
      }
    });
  });

  describe("the supervisor register", () => {
    it("shows supervisors of every organisation with their workplace and training status, filtered by not trained and due", async () => {
      const kopingPlace = await create(koping);
      const arbogaPlace = await create(arboga);
      const trained = (
        await server.gql(
          ADD_SUPERVISOR,
          { input: { workplaceId: kopingPlace.id, name: "Anna Tränad", trainedOn: today, trainingCourse: "Kurs A" } },
          koping,
        )
      ).data.addSupervisor.id;
      const due = (
        await server.gql(
          ADD_SUPERVISOR,
          { input: { workplaceId: arbogaPlace.id, name: "Bo Förfallen", trainedOn: addYears(today, -4) } },
          arboga,
        )
      ).data.addSupervisor.id;
      const untrained = (await server.gql(ADD_SUPERVISOR, { input: { workplaceId: arbogaPlace.id, name: "Cecilia Otränad" } }, arboga)).data
        .addSupervisor.id;

      const all = await server.gql(REGISTER, {}, kopingViewer);
      expect(all.errors).toBeUndefined();
      const byId = new Map(all.data.supervisorRegister.map((row: any) => [row.id, row]));
      expect(byId.get(trained)).toMatchObject({
        trainingStatus: "TRAINED",
        trainingCourse: "Kurs A",
        workplace: { organisation: { slug: "koping" } },
      });
      expect(byId.get(due)).toMatchObject({
        trainingStatus: "DUE",
        workplace: { name: arbogaPlace.name, organisation: { slug: "arboga" } },
      });
      expect(byId.get(untrained)).toMatchObject({ trainingStatus: "NOT_TRAINED", trainedOn: null });

      const notTrained = await server.gql(REGISTER, { filter: { training: "NOT_TRAINED" } }, koping);
      expect(notTrained.data.supervisorRegister.every((row: any) => row.trainingStatus === "NOT_TRAINED")).toBe(true);
      expect(notTrained.data.supervisorRegister.map((row: any) => row.id)).toContain(untrained);
      const dueRows = await server.gql(REGISTER, { filter: { training: "DUE" } }, koping);
      expect(dueRows.data.supervisorRegister.map((row: any) => row.id)).toContain(due);
      expect(dueRows.data.supervisorRegister.every((row: any) => row.trainingStatus === "DUE")).toBe(true);
    });

    it("leaves out supervisors at archived workplaces", async () => {
      const workplace = await create(koping);
      const id = (await server.gql(ADD_SUPERVISOR, { input: { workplaceId: workplace.id, name: "Dan Arkiv" } }, koping)).data.addSupervisor
        .id;
      await server.gql(ARCHIVE, { id: workplace.id }, koping);
      const list = await server.gql(REGISTER, {}, koping);
      expect(list.data.supervisorRegister.map((row: any) => row.id)).not.toContain(id);
    });
  });

  describe("the organisation's setting: a trained supervisor before a placement opens", () => {
    let untrained: string;
    let due: string;
    let trained: string;
    let workplaceId: string;

    beforeAll(async () => {
      workplaceId = (await create(arboga)).id;
      const add = async (name: string, trainedOn: string | null) =>
        (await server.gql(ADD_SUPERVISOR, { input: { workplaceId, name, trainedOn } }, arboga)).data.addSupervisor.id as string;
      untrained = await add("Otränad Olsson", null);
      due = await add("Förfallen Persson", addYears(today, -5));
      trained = await add("Tränad Tuvesson", today);
    });

    it("may be changed only by the organisation's admins, audited", async () => {
      expect(codes(await server.gql(SETTINGS, { input: { requireTrainedSupervisor: true } }, koping))).toEqual(["FORBIDDEN"]);
      const changed = await server.gql(SETTINGS, { input: { requireTrainedSupervisor: false } }, kopingAdmin);
      expect(changed.data.updateOrganisationSettings).toEqual({ slug: "koping", requireTrainedSupervisor: false });
      const entries = await server.dataSource.getRepository(AuditEntry).findBy({ action: "updateOrganisationSettings" });
      expect(entries.length).toBeGreaterThan(0);
    });

    it("lets placements open with any supervisor while the setting is off", async () => {
      const result = await server.gql(POST, { input: placementInput(workplaceId, { supervisorId: untrained }) }, arboga);
      expect(result.data.postPlacement).toEqual({ id: expect.any(String), status: "OPEN", supervisor: { trainingStatus: "NOT_TRAINED" } });
    });

    it("refuses to post OPEN, publish or reopen without a trained supervisor once the setting is on", async () => {
      const admin = await server.login("admin@arboga.demo");
      await server.gql(SETTINGS, { input: { requireTrainedSupervisor: true } }, admin);
      try {
        for (const supervisorId of [untrained, due, null]) {
          const result = await server.gql(POST, { input: placementInput(workplaceId, { supervisorId }) }, arboga);
          expect(reasons(result)).toEqual(["TRAINED_SUPERVISOR_REQUIRED"]);
          expect(codes(result)).toEqual(["CONFLICT"]);
          expect(fields(result)).toEqual(["input.supervisorId"]);
        }
        const draft = await server.gql(POST, { input: placementInput(workplaceId, { supervisorId: untrained, status: "DRAFT" }) }, arboga);
        expect(draft.errors).toBeUndefined();
        const publish = await server.gql(
          `mutation($id: ID!) { reopenPlacement(id: $id) { status } }`,
          { id: draft.data.postPlacement.id },
          arboga,
        );
        expect(reasons(publish)).toEqual(["TRAINED_SUPERVISOR_REQUIRED"]);
        expect((publish.errors![0].extensions as any).params).toEqual({ trainingStatus: "NOT_TRAINED" });

        await server.gql(
          `mutation($id: ID!) { updatePlacement(id: $id, input: { supervisorId: "${trained}" }) { id } }`,
          { id: draft.data.postPlacement.id },
          arboga,
        );
        const published = await server.gql(
          `mutation($id: ID!) { reopenPlacement(id: $id) { status } }`,
          { id: draft.data.postPlacement.id },
          arboga,
        );
        expect(published.data.reopenPlacement.status).toBe("OPEN");
        const swap = await server.gql(
          `mutation($id: ID!) { updatePlacement(id: $id, input: { supervisorId: "${due}" }) { id } }`,
          { id: draft.data.postPlacement.id },
          arboga,
        );
        expect(reasons(swap)).toEqual(["TRAINED_SUPERVISOR_REQUIRED"]);

        const open = await server.gql(POST, { input: placementInput(workplaceId, { supervisorId: trained }) }, arboga);
        expect(open.data.postPlacement.status).toBe("OPEN");
        // Another organisation's setting does not bind Köping.
        const kopingPlace = await create(koping);
        expect((await server.gql(POST, { input: placementInput(kopingPlace.id) }, koping)).errors).toBeUndefined();
      } finally {
        await server.gql(SETTINGS, { input: { requireTrainedSupervisor: false } }, admin);
      }
    });
  });
});
