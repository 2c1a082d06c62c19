import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { ClaimAction } from "../../server/modules/claim/claim-status.js";
import { PlacementAction } from "../../server/modules/placement/placement-kind.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

/**
 * The client shows only the buttons `allowedActions` lists, so the list must be exactly what the
 * mutations accept: for every state and every kind of viewer, each action is tried on a fresh
 * record in that state and accepted if, and only if, it was offered.
 */
describe.skipIf(!storeAvailable)(`what a viewer may do, as the server offers it (${store})`, () => {
  let server: TestServer;
  let owner: string;
  let claimant: string;
  let outsider: string;
  let readOnlyClaimant: string;
  let workplaceId: string;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await server.login("coordinator@koping.demo");
    claimant = await server.login("coordinator@arboga.demo");
    outsider = await server.login("coordinator@kungsor.demo");
    readOnlyClaimant = await server.login("viewer@arboga.demo");
    workplaceId = (await server.gql(`{ workplaces { id } }`, {}, owner)).data.workplaces[0].id;
  });
  afterAll(() => server?.close());

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const result = await server.gql(query, variables, token);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async function newPlacement(status: "DRAFT" | "OPEN", capacity = 5): Promise<string> {
    const data = await ok(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title: "Lagerarbete, praktik", kind: "INTERNSHIP", workplaceId, capacity, startDate: "2027-03-01", status } },
      owner,
    );
    return data.postPlacement.id;
  }

  describe("on a claim", () => {
    const claimMutation: Record<ClaimAction, string> = {
      CONFIRM: `mutation($id: ID!) { confirmClaim(id: $id) { id } }`,
      DECLINE: `mutation($id: ID!) { declineClaim(id: $id, reason: "Platsen gick till en annan") { id } }`,
      RELEASE: `mutation($id: ID!) { releaseClaim(id: $id) { id } }`,
      START: `mutation($id: ID!) { startClaim(id: $id) { id } }`,
      COMPLETE: `mutation($id: ID!) { completeClaim(id: $id) { id } }`,
      END_EARLY: `mutation($id: ID!) { endClaimEarly(id: $id, reason: "Deltagaren flyttade") { id } }`,
    };
    const steps: Record<string, ClaimAction[]> = {
      HELD: [],
      CONFIRMED: [ClaimAction.CONFIRM],
      ACTIVE: [ClaimAction.CONFIRM, ClaimAction.START],
      COMPLETED: [ClaimAction.CONFIRM, ClaimAction.START, ClaimAction.COMPLETE],
      RELEASED: [ClaimAction.RELEASE],
      DECLINED: [ClaimAction.DECLINE],
    };

    async function claimIn(state: string): Promise<string> {
      const placementId = await newPlacement("OPEN");
      const held = await ok(`mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`, { input: { placementId } }, claimant);
      const id = held.claimSeat.id as string;
      for (const step of steps[state]) await ok(claimMutation[step], { id }, step === ClaimAction.RELEASE ? claimant : owner);
      return id;
    }

    const offered = async (id: string, token: string): Promise<ClaimAction[]> =>
      (await server.gql(`query($id: ID!) { claim(id: $id) { allowedActions } }`, { id }, token)).data?.claim?.allowedActions ?? [];

    const viewers = {
      owner: () => owner,
      claimant: () => claimant,
      outsider: () => outsider,
      "read-only claimant": () => readOnlyClaimant,
    };

    for (const state of Object.keys(steps)) {
      for (const [who, token] of Object.entries(viewers)) {
        it(`offers the ${who} of a ${state} claim exactly the actions its mutations accept`, async () => {
          const actions = await offered(await claimIn(state), token());
          for (const action of Object.values(ClaimAction)) {
            const result = await server.gql(claimMutation[action], { id: await claimIn(state) }, token());
            expect({ action, accepted: !result.errors }).toEqual({ action, accepted: actions.includes(action) });
          }
        });
      }
    }

    it("offers the owner of a HELD claim to confirm or decline it, and nothing once the hold ran out", async () => {
      const id = await claimIn("HELD");
      expect(await offered(id, owner)).toEqual([ClaimAction.CONFIRM, ClaimAction.DECLINE]);
      expect(await offered(id, claimant)).toEqual([ClaimAction.RELEASE]);
      await server.dataSource.getRepository(Claim).update(id, { expiresAt: new Date(Date.now() - 1000) });
      expect(await offered(id, owner)).toEqual([]);
      expect((await server.gql(claimMutation.CONFIRM, { id }, owner)).errors).toBeDefined();
    });
  });

  describe("on a placement", () => {
    const placementMutation: Record<PlacementAction, string> = {
      EDIT: `mutation($id: ID!) { updatePlacement(id: $id, input: { title: "Lagerarbete, ny titel" }) { id } }`,
      PAUSE: `mutation($id: ID!) { pausePlacement(id: $id) { id } }`,
      REOPEN: `mutation($id: ID!) { reopenPlacement(id: $id) { id } }`,
      CLOSE: `mutation($id: ID!) { closePlacement(id: $id) { id } }`,
      CLAIM: `mutation($id: ID!) { claimSeat(input: { placementId: $id }) { id } }`,
    };

    async function placementIn(state: string): Promise<string> {
      if (state === "DRAFT") return newPlacement("DRAFT");
      const id = await newPlacement("OPEN", state === "FULL" ? 1 : 5);
      if (state === "PAUSED") await ok(placementMutation.PAUSE, { id }, owner);
      if (state === "CLOSED") await ok(placementMutation.CLOSE, { id }, owner);
      if (state === "FULL") await ok(placementMutation.CLAIM, { id }, outsider);
      return id;
    }

    const offered = async (id: string, token: string): Promise<PlacementAction[]> =>
      (await server.gql(`query($id: ID!) { placement(id: $id) { allowedActions } }`, { id }, token)).data?.placement?.allowedActions ?? [];

    const viewers = { owner: () => owner, "other coordinator": () => claimant, "read-only partner": () => readOnlyClaimant };

    for (const state of ["DRAFT", "OPEN", "PAUSED", "CLOSED", "FULL"]) {
      for (const [who, token] of Object.entries(viewers)) {
        it(`offers the ${who} of a ${state} placement exactly the actions its mutations accept`, async () => {
          const actions = await offered(await placementIn(state), token());
          for (const action of Object.values(PlacementAction)) {
            const result = await server.gql(placementMutation[action], { id: await placementIn(state) }, token());
            expect({ action, accepted: !result.errors }).toEqual({ action, accepted: actions.includes(action) });
          }
        });
      }
    }

    it("offers the owner of an open placement to edit, pause, close and claim it, and another partner only to claim", async () => {
      const id = await placementIn("OPEN");
      expect(await offered(id, owner)).toEqual([PlacementAction.EDIT, PlacementAction.PAUSE, PlacementAction.CLOSE, PlacementAction.CLAIM]);
      expect(await offered(id, claimant)).toEqual([PlacementAction.CLAIM]);
      expect(await offered(id, readOnlyClaimant)).toEqual([]);
    });
  });
});
