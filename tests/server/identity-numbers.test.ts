import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";
import { IDENTITY_NUMBER_VARIANTS, LEGITIMATE_CODES, PHONE_NUMBERS } from "../helpers/identity-number-fixtures.js";

const REGISTER = `mutation($code: String!) { registerParticipant(input: { code: $code }) { id code } }`;
const DECLINE = `mutation($id: ID!, $reason: String) { declineClaim(id: $id, reason: $reason) { id status reason } }`;
const END_EARLY = `mutation($id: ID!, $reason: String!) { endClaimEarly(id: $id, reason: $reason) { id status reason } }`;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const CLAIM = `mutation($id: ID!) { claimSeat(input: { placementId: $id }) { id } }`;

describe.skipIf(!storeAvailable)(`personal identity numbers are kept out of codes and reasons (${store})`, () => {
  let server: TestServer;
  let owner: string;
  let claimant: string;
  let placementId: string;
  let heldClaimId: string;
  let activeClaimId: string;

  const claim = async () => (await server.gql(CLAIM, { id: placementId }, claimant)).data.claimSeat.id as string;
  const activeClaim = async () => {
    const id = await claim();
    await server.gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id }, owner);
    await server.gql(`mutation($id: ID!) { startClaim(id: $id) { id } }`, { id }, owner);
    return id;
  };
  const claimStatus = async (id: string) =>
    (await server.gql(`query($id: ID!) { claim(id: $id) { status reason } }`, { id }, owner)).data.claim;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await server.login("coordinator@arboga.demo");
    claimant = await server.login("coordinator@koping.demo");
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, owner);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "arboga").id;
    const posted = await server.gql(
      POST,
      { input: { title: "Lager och logistik", kind: "INTERNSHIP", workplaceId, capacity: 20, startDate: "2027-01-11" } },
      owner,
    );
    placementId = posted.data.postPlacement.id;
    // The refusals leave these two as they were; a test that changes a claim makes its own.
    heldClaimId = await claim();
    activeClaimId = await activeClaim();
  });
  afterAll(() => server?.close());

  describe("as a participant code", () => {
    it.each(IDENTITY_NUMBER_VARIANTS)("refuses %s, naming the field", async (code) => {
      const result = await server.gql(REGISTER, { code }, claimant);
      expect(result.errors![0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        reason: "TEXT_HOLDS_IDENTITY_NUMBER",
        field: "input.code",
      });
    });

    it.each(LEGITIMATE_CODES)("accepts %s", async (code) => {
      const result = await server.gql(REGISTER, { code }, claimant);
      expect(result.errors).toBeUndefined();
      expect(result.data.registerParticipant.code).toBe(code.toUpperCase());
    });
  });

  describe("in a reason", () => {
    it.each(IDENTITY_NUMBER_VARIANTS)("refuses %s in a decline reason and leaves the hold as it was", async (number) => {
      const result = await server.gql(DECLINE, { id: heldClaimId, reason: `Personen (${number}) har fått jobb.` }, owner);
      expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "TEXT_HOLDS_IDENTITY_NUMBER", field: "reason" });
      expect(await claimStatus(heldClaimId)).toEqual({ status: "HELD", reason: null });
    });

    it.each(IDENTITY_NUMBER_VARIANTS)("refuses %s in an early-end reason and leaves the claim active", async (number) => {
      const result = await server.gql(END_EARLY, { id: activeClaimId, reason: `Avbrott för ${number}` }, claimant);
      expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "TEXT_HOLDS_IDENTITY_NUMBER", field: "reason" });
      expect(await claimStatus(activeClaimId)).toEqual({ status: "ACTIVE", reason: null });
    });

    it("accepts phone numbers in their usual Swedish forms, in a decline and in an early end", async () => {
      const reason = `Ring mig: ${PHONE_NUMBERS.join(", ")}.`;
      const declined = await server.gql(DECLINE, { id: await claim(), reason }, owner);
      expect(declined.errors).toBeUndefined();
      expect(declined.data.declineClaim).toMatchObject({ status: "DECLINED", reason });
      const ended = await server.gql(END_EARLY, { id: await activeClaim(), reason }, claimant);
      expect(ended.errors).toBeUndefined();
      expect(ended.data.endClaimEarly).toMatchObject({ status: "ENDED_EARLY", reason });
    });
  });
});
