import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }`;
const CLAIM = `mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { id title description visibility } }`;
const CLAIM_BY_ID = `query($id: ID!) { claim(id: $id) { id placement { id title description visibility } } }`;
const MY_CLAIMS = `{ myClaims { id placement { id title description visibility } } }`;
const ON_OUR_PLACEMENTS = `{ claimsOnOurPlacements { id placement { id title } } }`;
const BOARD_IDS = `{ board(first: 100) { edges { node { id } } } }`;

/**
 * One rule on every path that returns a placement (placement.visibility.ts): after its owner
 * narrows the audience, an organisation with a claim on it keeps seeing it everywhere, and one
 * without a claim loses it everywhere.
 */
describe.skipIf(!storeAvailable)(`who sees a placement after its audience changes (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let kungsor: string;
  let af: string;
  let placementId: string;
  let arbogaClaim: string;

  const onBoard = async (token: string) =>
    (await server.gql(BOARD_IDS, {}, token)).data.board.edges.map((edge: { node: { id: string } }) => edge.node.id);

  beforeAll(async () => {
    server = await startTestServer();
    [koping, arboga, kungsor, af] = await Promise.all(
      ["koping", "arboga", "kungsor", "arbetsformedlingen"].map((slug) => server.login(`coordinator@${slug}.demo`)),
    );
    const workplace = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    const organisations = (await server.gql(`{ organisations { id slug } }`, {}, koping)).data.organisations;
    const kungsorId = organisations.find((o: { slug: string }) => o.slug === "kungsor").id;
    placementId = (
      await server.gql(
        POST,
        { input: { title: "Kök, praktik", kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 4, startDate: "2027-02-01" } },
        koping,
      )
    ).data.postPlacement.id;
    const claimed = await server.gql(CLAIM, { p: placementId }, arboga);
    expect(codes(claimed)).toEqual([]);
    arbogaClaim = claimed.data.claimSeat.id;
    // Arbetsförmedlingen saw it while it was shown to all partners.
    expect((await server.gql(PLACEMENT, { id: placementId }, af)).data.placement.id).toBe(placementId);

    const narrowed = await server.gql(
      UPDATE,
      {
        id: placementId,
        input: {
          title: "Kök, praktik (endast Kungsör)",
          description: "Ny text",
          visibility: "SELECTED",
          visibleToOrganisationIds: [kungsorId],
        },
      },
      koping,
    );
    expect(codes(narrowed)).toEqual([]);
  });
  afterAll(() => server?.close());

  it("hides it everywhere from an organisation that has no claim on it and is no longer in its audience", async () => {
    expect((await server.gql(PLACEMENT, { id: placementId }, af)).data.placement).toBeNull();
    expect(await onBoard(af)).not.toContain(placementId);
    expect(codes(await server.gql(CLAIM, { p: placementId }, af))).toEqual(["NOT_FOUND"]);
  });

  it("keeps showing it, as it is now, everywhere to an organisation with a claim on it", async () => {
    const now = { id: placementId, title: "Kök, praktik (endast Kungsör)", description: "Ny text", visibility: "SELECTED" };
    expect((await server.gql(PLACEMENT, { id: placementId }, arboga)).data.placement).toEqual(now);
    expect((await server.gql(CLAIM_BY_ID, { id: arbogaClaim }, arboga)).data.claim.placement).toEqual(now);
    const mine = (await server.gql(MY_CLAIMS, {}, arboga)).data.myClaims;
    expect(mine.find((claim: { id: string }) => claim.id === arbogaClaim).placement).toEqual(now);
    expect(mine.every((claim: { placement: unknown }) => claim.placement !== null)).toBe(true);
    expect(await onBoard(arboga)).toContain(placementId);
  });

  it("keeps showing it to the claiming organisation after its claim has ended (a coordinator sees where their person was)", async () => {
    expect(codes(await server.gql(`mutation($id: ID!) { releaseClaim(id: $id) { id } }`, { id: arbogaClaim }, arboga))).toEqual([]);
    expect((await server.gql(PLACEMENT, { id: placementId }, arboga)).data.placement.id).toBe(placementId);
    expect((await server.gql(CLAIM_BY_ID, { id: arbogaClaim }, arboga)).data.claim.placement.id).toBe(placementId);
  });

  it("shows it to the organisation now in its audience and, in claimsOnOurPlacements, to its owner", async () => {
    expect((await server.gql(PLACEMENT, { id: placementId }, kungsor)).data.placement.id).toBe(placementId);
    expect(await onBoard(kungsor)).toContain(placementId);
    const ours = (await server.gql(ON_OUR_PLACEMENTS, {}, koping)).data.claimsOnOurPlacements;
    expect(ours.find((claim: { id: string }) => claim.id === arbogaClaim).placement.id).toBe(placementId);
    expect(ours.every((claim: { placement: unknown }) => claim.placement !== null)).toBe(true);
  });
});
