import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) {
  id title kind capacity freeSeats status startDate endDate standing hoursPerWeek visibility
  requirements { swedishLevel licences other } organisation { slug } workplace { id name municipality { code name } } supervisor { name } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id title capacity endDate status } }`;

describe.skipIf(!storeAvailable)(`posting and editing placements (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let workplace: { id: string; supervisors: { id: string }[] };
  let otherWorkplaceSupervisor: string;

  const validInput = () => ({
    title: "Lagerarbetare, praktik",
    kind: "INTERNSHIP",
    workplaceId: workplace.id,
    supervisorId: workplace.supervisors[0].id,
    occupationFieldId: "ASGV_zcE_bWf",
    capacity: 3,
    startDate: "2027-01-11",
    endDate: "2027-03-31",
    hoursPerWeek: 40,
    requirements: { swedishLevel: "BASIC", licences: ["FORKLIFT"], other: "Skiftarbete" },
  });

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    const list = await server.gql(`{ workplaces { id name supervisors { id } } }`, {}, koping);
    workplace = list.data.workplaces[0];
    otherWorkplaceSupervisor = list.data.workplaces[1].supervisors[0].id;
  });
  afterAll(() => server?.close());

  it("posts a placement that appears on every partner's board with all its details", async () => {
    const posted = await server.gql(POST, { input: validInput() }, koping);
    expect(posted.errors).toBeUndefined();
    const placement = posted.data.postPlacement;
    expect(placement).toMatchObject({
      title: "Lagerarbetare, praktik",
      capacity: 3,
      freeSeats: 3,
      status: "OPEN",
      standing: false,
      visibility: "ALL_PARTNERS",
      organisation: { slug: "koping" },
      requirements: { swedishLevel: "BASIC", licences: ["FORKLIFT"], other: "Skiftarbete" },
    });
    const seen = await server.gql(`query($id: ID!) { placement(id: $id) { id title } }`, { id: placement.id }, arboga);
    expect(seen.data.placement.title).toBe("Lagerarbetare, praktik");
  });

  it("posts a standing placement when no end date is given", async () => {
    const { endDate: _, ...input } = validInput();
    const posted = await server.gql(POST, { input }, koping);
    expect(posted.data.postPlacement).toMatchObject({ endDate: null, standing: true });
  });

  it.each([
    ["title", { title: "  " }, "input.title"],
    ["title", { title: "x".repeat(201) }, "input.title"],
    ["capacity", { capacity: 0 }, "input.capacity"],
    ["capacity", { capacity: 100000 }, "input.capacity"],
    ["endDate", { endDate: "2027-01-01" }, "input.endDate"],
    ["startDate", { startDate: "2027-02-30" }, "input.startDate"],
    ["hoursPerWeek", { hoursPerWeek: -5 }, "input.hoursPerWeek"],
    ["supervisorId", { supervisorId: "SUPERVISOR_OF_OTHER_WORKPLACE" }, "input.supervisorId"],
    ["requirements.other", { requirements: { other: "bell\u0007" } }, "input.requirements.other"],
    ["visibleToOrganisationIds", { visibility: "SELECTED" }, "input.visibleToOrganisationIds"],
    ["endDate beyond the kind's longest period", { kind: "SUMMER_JOB", endDate: "2027-03-31" }, "input.endDate"],
  ])("refuses a bad %s with BAD_USER_INPUT naming the field and stores nothing", async (_name, change, field) => {
    const before = await server.dataSource.getRepository(Placement).count();
    const input = { ...validInput(), ...change } as Record<string, unknown>;
    if (input.supervisorId === "SUPERVISOR_OF_OTHER_WORKPLACE") input.supervisorId = otherWorkplaceSupervisor;
    const result = await server.gql(POST, { input }, koping);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(await server.dataSource.getRepository(Placement).count()).toBe(before);
  });

  it("answers NOT_FOUND naming the field for an unknown workplace or occupation field", async () => {
    const workplaceMissing = await server.gql(POST, { input: { ...validInput(), workplaceId: "no-such-id" } }, koping);
    expect(codes(workplaceMissing)).toEqual(["NOT_FOUND"]);
    expect(workplaceMissing.errors![0].extensions!.field).toBe("input.workplaceId");
    const fieldMissing = await server.gql(POST, { input: { ...validInput(), occupationFieldId: "nope" } }, koping);
    expect(fieldMissing.errors![0].extensions!.field).toBe("input.occupationFieldId");
  });

  it("lets a viewer read but not post", async () => {
    const viewer = await server.login("viewer@koping.demo");
    expect(codes(await server.gql(POST, { input: validInput() }, viewer))).toEqual(["FORBIDDEN"]);
  });

  it("updates title, capacity and period, and refuses capacity below the seats already claimed", async () => {
    const id = (await server.gql(POST, { input: validInput() }, koping)).data.postPlacement.id;
    const updated = await server.gql(UPDATE, { id, input: { title: "Truckförare, praktik", capacity: 4, endDate: null } }, koping);
    expect(updated.data.updatePlacement).toMatchObject({ title: "Truckförare, praktik", capacity: 4, endDate: null });

    for (let i = 0; i < 3; i++) await server.gql(`mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`, { p: id }, arboga);
    const shrink = await server.gql(UPDATE, { id, input: { capacity: 2 } }, koping);
    expect(codes(shrink)).toEqual(["BAD_USER_INPUT"]);
    expect(shrink.errors![0].extensions!.field).toBe("input.capacity");
    const nulled = await server.gql(UPDATE, { id, input: { title: null } }, koping);
    expect(codes(nulled)).toEqual(["BAD_USER_INPUT"]);
    const ok = await server.gql(UPDATE, { id, input: { capacity: 3 } }, koping);
    expect(ok.data.updatePlacement.capacity).toBe(3);
  });

  it("pauses, reopens and closes a placement; a closed placement takes no claims and cannot be paused", async () => {
    const id = (await server.gql(POST, { input: validInput() }, koping)).data.postPlacement.id;
    const status = (name: string) => server.gql(`mutation($id: ID!) { ${name}(id: $id) { status } }`, { id }, koping);
    expect((await status("pausePlacement")).data.pausePlacement.status).toBe("PAUSED");
    const whilePaused = await server.gql(`mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`, { p: id }, arboga);
    expect(codes(whilePaused)).toEqual(["CONFLICT"]);
    expect((await status("reopenPlacement")).data.reopenPlacement.status).toBe("OPEN");
    const held = await server.gql(`mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`, { p: id }, arboga);
    expect((await status("closePlacement")).data.closePlacement.status).toBe("CLOSED");
    const claim = await server.gql(
      `query($id: ID!) { claim(id: $id) { status reason placement { freeSeats } } }`,
      { id: held.data.claimSeat.id },
      arboga,
    );
    expect(claim.data.claim).toMatchObject({ status: "DECLINED", placement: { freeSeats: 3 } });
    expect(codes(await status("pausePlacement"))).toEqual(["CONFLICT"]);
  });

  it("keeps drafts and placements shown to chosen organisations away from everyone else", async () => {
    const draft = (await server.gql(POST, { input: { ...validInput(), status: "DRAFT" } }, koping)).data.postPlacement.id;
    expect((await server.gql(`query($id: ID!) { placement(id: $id) { id } }`, { id: draft }, arboga)).data.placement).toBeNull();
    expect((await server.gql(`query($id: ID!) { placement(id: $id) { id } }`, { id: draft }, koping)).data.placement.id).toBe(draft);

    const orgs = (await server.gql(`{ organisations { id slug } }`, {}, koping)).data.organisations;
    const af = orgs.find((o: any) => o.slug === "arbetsformedlingen").id;
    const selected = (
      await server.gql(POST, { input: { ...validInput(), visibility: "SELECTED", visibleToOrganisationIds: [af] } }, koping)
    ).data.postPlacement.id;
    const afToken = await server.login("coordinator@arbetsformedlingen.demo");
    expect((await server.gql(`query($id: ID!) { placement(id: $id) { id } }`, { id: selected }, afToken)).data.placement.id).toBe(selected);
    expect((await server.gql(`query($id: ID!) { placement(id: $id) { id } }`, { id: selected }, arboga)).data.placement).toBeNull();
    const claim = await server.gql(`mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`, { p: selected }, arboga);
    expect(codes(claim)).toEqual(["NOT_FOUND"]);
  });
});
