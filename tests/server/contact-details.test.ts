import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const CONTACTS = `query($id: ID!) { claim(id: $id) { claimedBy { name email phone organisation { slug } } decidedBy { name email phone organisation { slug } } } }`;
const UPDATE = `mutation($input: UpdateContactDetailsInput!) { updateContactDetails(input: $input) { id email contactEmail contactPhone } }`;

describe.skipIf(!storeAvailable)(`contact details across organisations (${store})`, () => {
  let server: TestServer;
  let owner: string; // coordinator@arboga: owns the placement
  let claimant: string; // coordinator@koping: made the claim
  let claimId: string;

  // A server per test: the tests change the coordinators' contact details and decide the claim.
  beforeEach(async () => {
    server = await startTestServer();
    owner = await server.login("coordinator@arboga.demo");
    claimant = await server.login("coordinator@koping.demo");
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, owner);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "arboga").id;
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title: "Kontaktplats", kind: "INTERNSHIP", workplaceId, capacity: 2, startDate: "2027-01-11" } },
      owner,
    );
    const claimed = await server.gql(
      `mutation($id: ID!) { claimSeat(input: { placementId: $id }) { id } }`,
      { id: posted.data.postPlacement.id },
      claimant,
    );
    claimId = claimed.data.claimSeat.id;
  });
  afterEach(() => server?.close());

  it("shows the placement's organisation the claimant's name and organisation, and no sign-in address", async () => {
    const result = await server.gql(CONTACTS, { id: claimId }, owner);
    expect(result.errors).toBeUndefined();
    expect(result.data.claim.claimedBy).toEqual({ name: expect.any(String), email: null, phone: null, organisation: { slug: "koping" } });
    expect(result.data.claim.decidedBy).toBeNull();
    expect(JSON.stringify(result)).not.toContain("@koping.demo");
  });

  it("has no account fields on a claim's coordinator: role, active and the sign-in id are not in the schema", async () => {
    for (const field of ["role", "active", "id", "contactEmail"]) {
      const result = await server.gql(`query($id: ID!) { claim(id: $id) { claimedBy { ${field} } } }`, { id: claimId }, owner);
      expect(codes(result)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    }
  });

  it("shows both organisations the contact details the coordinator chose to share, and only those", async () => {
    const updated = await server.gql(UPDATE, { input: { email: "Praktik@Koping.se", phone: "+46 70 123 45 67" } }, claimant);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateContactDetails).toMatchObject({
      email: "coordinator@koping.demo",
      contactEmail: "praktik@koping.se",
      contactPhone: "+46 70 123 45 67",
    });
    for (const token of [owner, claimant]) {
      const result = await server.gql(CONTACTS, { id: claimId }, token);
      expect(result.data.claim.claimedBy).toMatchObject({ email: "praktik@koping.se", phone: "+46 70 123 45 67" });
    }
    const phoneOnly = await server.gql(UPDATE, { input: { email: null } }, claimant);
    expect(phoneOnly.data.updateContactDetails).toMatchObject({ contactEmail: null, contactPhone: "+46 70 123 45 67" });
    expect((await server.gql(CONTACTS, { id: claimId }, owner)).data.claim.claimedBy).toMatchObject({
      email: null,
      phone: "+46 70 123 45 67",
    });
  });

  it("shows who decided, as a contact, once the placement's organisation has confirmed", async () => {
    await server.gql(UPDATE, { input: { phone: "0221-123 45" } }, owner);
    await server.gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claimId }, owner);
    const result = await server.gql(CONTACTS, { id: claimId }, claimant);
    expect(result.data.claim.decidedBy).toEqual({
      name: expect.any(String),
      email: null,
      phone: "0221-123 45",
      organisation: { slug: "arboga" },
    });
  });

  it("refuses contact details that are not an e-mail address or a phone number, naming the field", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ email: "inte en adress" }, "input.email", "INVALID_EMAIL"],
      [{ email: "a\u202E@koping.se" }, "input.email", "TEXT_FORBIDDEN_CHARACTERS"],
      [{ phone: "ring mig" }, "input.phone", "INVALID_FORMAT"],
      [{ phone: "070\u0085123" }, "input.phone", "TEXT_FORBIDDEN_CHARACTERS"],
      [{ phone: "0".repeat(21) }, "input.phone", "TEXT_LENGTH"],
    ];
    for (const [input, field, reason] of cases) {
      const result = await server.gql(UPDATE, { input }, claimant);
      expect(result.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
    }
  });

  it("lets an admin set a colleague's contact details, and only an admin", async () => {
    const admin = await server.login("admin@koping.demo");
    const me = await server.gql(`{ me { id } }`, {}, claimant);
    const byAdmin = await server.gql(UPDATE, { input: { userId: me.data.me.id, phone: "0221-555 55" } }, admin);
    expect(byAdmin.data.updateContactDetails.contactPhone).toBe("0221-555 55");
    const adminId = (await server.gql(`{ me { id } }`, {}, admin)).data.me.id;
    const byCoordinator = await server.gql(UPDATE, { input: { userId: adminId, phone: "0221-666 66" } }, claimant);
    expect(codes(byCoordinator)).toEqual(["FORBIDDEN"]);
  });
});
