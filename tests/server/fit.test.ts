import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const REGISTER = `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const BOARD = `query($filter: BoardFilter, $sort: BoardSort, $for: ID, $first: Int, $after: String) {
  board(filter: $filter, sort: $sort, forParticipantId: $for, first: $first, after: $after) {
    totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;

describe.skipIf(!storeAvailable)(`places that fit a person (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let tag: string;
  let workplaceKoping: string;
  let workplaceArboga: string;
  const placements: Record<string, string> = {};

  const register = async (input: Record<string, unknown>) =>
    (await server.gql(REGISTER, { input: { code: `FIT-${Math.random().toString(36).slice(2, 8)}`, ...input } }, arboga)).data
      .registerParticipant.id as string;

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    tag = `Passar${Date.now() % 100000}`;
    const mine = await server.gql(`{ workplaces { id municipality { code } } }`, {}, koping);
    workplaceKoping = mine.data.workplaces.find((w: any) => w.municipality.code === "1983").id;
    workplaceArboga = (await server.gql(`{ workplaces { id municipality { code } } }`, {}, arboga)).data.workplaces.find(
      (w: any) => w.municipality.code === "1984",
    ).id;
    const post = async (name: string, token: string, input: Record<string, unknown>) => {
      const result = await server.gql(
        POST,
        { input: { title: `${tag} ${name}`, kind: "INTERNSHIP", capacity: 2, startDate: "2027-02-01", ...input } },
        token,
      );
      placements[name] = result.data.postPlacement.id;
    };
    await post("ingen svenska", koping, { workplaceId: workplaceKoping, requirements: { swedishLevel: "NONE" } });
    await post("flytande svenska", koping, { workplaceId: workplaceKoping, requirements: { swedishLevel: "FLUENT" } });
    await post("truckkort", koping, { workplaceId: workplaceKoping, requirements: { licences: ["FORKLIFT"] } });
    await post("körkort B", koping, { workplaceId: workplaceKoping, requirements: { licences: ["DRIVING_B"] } });
    await post("körkort C", koping, { workplaceId: workplaceKoping, requirements: { licences: ["DRIVING_C"] } });
    await post("hjullastare", koping, { workplaceId: workplaceKoping, requirements: { licences: ["WHEEL_LOADER"] } });
    await post("hygienbevis", koping, { workplaceId: workplaceKoping, requirements: { licences: ["HYGIENE"] } });
    // Ranking only: in Arboga, in the transport field, ending early.
    await post("lager i Arboga", arboga, { workplaceId: workplaceArboga, occupationFieldId: "ASGV_zcE_bWf" });
    await post("slutar tidigt", koping, { workplaceId: workplaceKoping, endDate: "2027-03-01" });
  });
  afterAll(() => server?.close());

  const titles = (result: any) => result.data.board.edges.map((e: any) => e.node.title.replace(`${tag} `, "")).sort();

  it.each([
    [
      "Swedish level",
      { swedishLevel: "BASIC", licences: ["FORKLIFT", "DRIVING_B", "DRIVING_C", "WHEEL_LOADER", "HYGIENE"] },
      ["flytande svenska"],
    ],
    ["forklift licence", { swedishLevel: "FLUENT", licences: ["DRIVING_B", "DRIVING_C", "WHEEL_LOADER", "HYGIENE"] }, ["truckkort"]],
    ["driving licence B", { swedishLevel: "FLUENT", licences: ["FORKLIFT", "DRIVING_C", "WHEEL_LOADER", "HYGIENE"] }, ["körkort B"]],
    ["driving licence C", { swedishLevel: "FLUENT", licences: ["FORKLIFT", "DRIVING_B", "WHEEL_LOADER", "HYGIENE"] }, ["körkort C"]],
    ["wheel loader certificate", { swedishLevel: "FLUENT", licences: ["FORKLIFT", "DRIVING_B", "DRIVING_C", "HYGIENE"] }, ["hjullastare"]],
    ["hygiene certificate", { swedishLevel: "FLUENT", licences: ["FORKLIFT", "DRIVING_B", "DRIVING_C", "WHEEL_LOADER"] }, ["hygienbevis"]],
  ])("fitsParticipantId hides exactly the placements asking for a %s the person lacks", async (_kind, person, hidden) => {
    const participantId = await register(person);
    const all = titles(await server.gql(BOARD, { filter: { text: tag }, first: 100 }, arboga));
    const fitting = titles(await server.gql(BOARD, { filter: { text: tag, fitsParticipantId: participantId }, first: 100 }, arboga));
    expect(all).toHaveLength(9);
    expect(fitting).toEqual(all.filter((title: string) => !hidden.includes(title)));
  });

  it("never hides for interest, home municipality or period; those rank the board under BEST_FIT, paged by cursors", async () => {
    const participantId = await register({
      swedishLevel: "INTERMEDIATE",
      licences: [],
      occupationFieldIds: ["ASGV_zcE_bWf"],
      homeMunicipalityCode: "1984",
      availableFrom: "2027-04-01",
    });
    const fitting = await server.gql(BOARD, { filter: { text: tag, fitsParticipantId: participantId }, first: 100 }, arboga);
    // Requirements only: the Arboga placement, the early one and the one without demands all stay.
    expect(titles(fitting)).toEqual(["ingen svenska", "lager i Arboga", "slutar tidigt"]);
    const ranked = await server.gql(BOARD, { filter: { text: tag }, sort: "BEST_FIT", for: participantId, first: 100 }, arboga);
    const order = ranked.data.board.edges.map((e: any) => e.node.title.replace(`${tag} `, ""));
    expect(ranked.data.board.totalCount).toBe(9);
    expect(order[0]).toBe("lager i Arboga");
    expect(order[1]).toBe("ingen svenska");
    expect(order[2]).toBe("slutar tidigt");
    // The same order a page at a time: the cursor carries the score.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await server.gql(BOARD, { filter: { text: tag }, sort: "BEST_FIT", for: participantId, first: 2, after }, arboga);
      paged.push(...page.data.board.edges.map((e: any) => e.node.title.replace(`${tag} `, "")));
      after = page.data.board.pageInfo.hasNextPage ? page.data.board.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(order);
    const missing = await server.gql(BOARD, { filter: { text: tag }, sort: "BEST_FIT" }, arboga);
    expect(missing.errors![0].extensions).toMatchObject({ reason: "PARTICIPANT_REQUIRED_FOR_SORT", field: "sort" });
    // Another organisation's participant is not theirs to rank for.
    expect(codes(await server.gql(BOARD, { filter: { text: tag }, sort: "BEST_FIT", for: participantId }, koping))).toEqual(["NOT_FOUND"]);
  });

  it("explains on each placement whether it fits the picked person, and why not", async () => {
    const participantId = await register({ swedishLevel: "BASIC", licences: ["DRIVING_B"], homeMunicipalityCode: "1983" });
    const fit = await server.gql(
      `query($id: ID!, $p: ID!) { placement(id: $id) { fit(participantId: $p) { fits score reasons { check met requirement licence requiredLevel } } } }`,
      { id: placements["flytande svenska"], p: participantId },
      arboga,
    );
    expect(fit.data.placement.fit).toEqual({
      fits: false,
      score: 3,
      reasons: [
        { check: "SWEDISH_LEVEL", met: false, requirement: true, licence: null, requiredLevel: "FLUENT" },
        { check: "OCCUPATION_INTEREST", met: false, requirement: false, licence: null, requiredLevel: null },
        { check: "HOME_MUNICIPALITY", met: true, requirement: false, licence: null, requiredLevel: null },
        { check: "PERIOD", met: true, requirement: false, licence: null, requiredLevel: null },
      ],
    });
  });

  it("asks for a reason to claim for a person who lacks what the placement requires, and keeps it with what was lacking", async () => {
    const participantId = await register({ swedishLevel: "BASIC" });
    const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id overrideReason unmetRequirements } }`;
    const before = await server.dataSource.getRepository(Claim).countBy({ placementId: placements.hygienbevis });
    const refused = await server.gql(CLAIM, { input: { placementId: placements.hygienbevis, participantId } }, arboga);
    expect(refused.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "REQUIREMENTS_NOT_MET",
      field: "input.overrideReason",
      params: { missing: ["LICENCE:HYGIENE"] },
    });
    expect(await server.dataSource.getRepository(Claim).countBy({ placementId: placements.hygienbevis })).toBe(before);
    const claimed = await server.gql(
      CLAIM,
      { input: { placementId: placements.hygienbevis, participantId, overrideReason: "Går hygienkursen vecka 6, före start." } },
      arboga,
    );
    expect(claimed.data.claimSeat).toMatchObject({
      overrideReason: "Går hygienkursen vecka 6, före start.",
      unmetRequirements: ["LICENCE:HYGIENE"],
    });
    // The owner reads what is lacking and why, without learning who.
    const owner = await server.gql(
      `query($id: ID!) { claim(id: $id) { overrideReason unmetRequirements participant { code } participantSharing claimedBy { name } } }`,
      { id: claimed.data.claimSeat.id },
      koping,
    );
    expect(owner.data.claim).toMatchObject({
      overrideReason: "Går hygienkursen vecka 6, före start.",
      unmetRequirements: ["LICENCE:HYGIENE"],
      participant: null,
      participantSharing: "NO_CONSENT",
    });
  });

  it("lets the owner decline with a reason category beside the free text", async () => {
    const claim = await server.gql(
      `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
      { input: { placementId: placements["ingen svenska"] } },
      arboga,
    );
    const declined = await server.gql(
      `mutation($id: ID!) { declineClaim(id: $id, reason: "Vi tog en annan", category: OTHER_CANDIDATE) { status reason declineCategory } }`,
      { id: claim.data.claimSeat.id },
      koping,
    );
    expect(declined.data.declineClaim).toEqual({ status: "DECLINED", reason: "Vi tog en annan", declineCategory: "OTHER_CANDIDATE" });
  });
});
