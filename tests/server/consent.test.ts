import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { Consent } from "../../server/modules/consent/consent.entity.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const REGISTER = `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id code } }`;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`;
const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id validUntil revokedAt documentReference guardianAgreed organisations { slug } recordedBy { name } valid } }`;
const REVOKE = `mutation($id: ID!) { revokeConsent(id: $id) { id revokedAt valid } }`;
const P = `participant { code swedishLevel licences } participantSharing`;

const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!storeAvailable)(`consent before sharing a participant (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let kungsor: string;
  let kopingOrg: string;
  let kopingUser: string;

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
    kungsor = await server.login("coordinator@kungsor.demo");
    const me = await server.gql(`{ me { id organisation { id } } }`, {}, koping);
    kopingOrg = me.data.me.organisation.id;
    kopingUser = me.data.me.id;
  });
  afterAll(() => server?.close());

  let n = 0;
  async function setUp(minor = false) {
    n++;
    const participant = (
      await server.gql(REGISTER, { input: { code: `SAM-${n}-${Date.now() % 100000}`, swedishLevel: "BASIC", minor } }, arboga)
    ).data.registerParticipant;
    const workplaces = await server.gql(`{ workplaces { id } }`, {}, koping);
    const placementId = (
      await server.gql(
        POST,
        {
          input: {
            title: "Samtyckesprov",
            kind: "INTERNSHIP",
            workplaceId: workplaces.data.workplaces[0].id,
            capacity: 3,
            startDate: "2027-02-01",
          },
        },
        koping,
      )
    ).data.postPlacement.id;
    const claimId = (await server.gql(CLAIM, { input: { placementId, participantId: participant.id } }, arboga)).data.claimSeat.id;
    return { participant, placementId, claimId };
  }

  /** Every path by which the placement's organisation can reach the claim's participant. */
  async function ownerViews(claimId: string, placementId: string) {
    const one = await server.gql(`query($id: ID!) { claim(id: $id) { ${P} } }`, { id: claimId }, koping);
    const onOurs = await server.gql(`{ claimsOnOurPlacements(first: 100) { id ${P} } }`, {}, koping);
    const awaiting = await server.gql(`{ claimsAwaitingDecision(first: 100) { id ${P} } }`, {}, koping);
    const viaPlacement = await server.gql(`query($id: ID!) { placement(id: $id) { claims { id ${P} } } }`, { id: placementId }, koping);
    const pick = (list: any[]) => list.find((claim) => claim.id === claimId);
    return [
      one.data.claim,
      pick(onOurs.data.claimsOnOurPlacements),
      pick(awaiting.data.claimsAwaitingDecision),
      pick(viaPlacement.data.placement.claims),
    ].map((claim) => ({ participant: claim.participant, participantSharing: claim.participantSharing }));
  }

  const readsByKoping = (participantId: string) =>
    server.dataSource
      .getRepository(AuditEntry)
      .countBy({ userId: kopingUser, organisationId: kopingOrg, action: "read:participant:consent", entityId: participantId });

  it("hides the participant from the owner until consent, shows it while valid and audits every read, hides it again once revoked", async () => {
    const { participant, placementId, claimId } = await setUp();
    for (const view of await ownerViews(claimId, placementId))
      expect(view).toEqual({ participant: null, participantSharing: "NO_CONSENT" });
    expect(await readsByKoping(participant.id)).toBe(0);

    const recorded = await server.gql(
      RECORD,
      {
        input: {
          participantId: participant.id,
          organisationIds: [kopingOrg],
          validUntil: inAYear(),
          documentReference: "Dnr 2026/4711, akt i Procapita",
        },
      },
      arboga,
    );
    expect(recorded.data.recordConsent).toMatchObject({
      revokedAt: null,
      documentReference: "Dnr 2026/4711, akt i Procapita",
      organisations: [{ slug: "koping" }],
      recordedBy: { name: expect.stringContaining("Arboga") },
      valid: true,
    });
    const shown = await ownerViews(claimId, placementId);
    for (const view of shown)
      expect(view).toEqual({
        participant: { code: participant.code, swedishLevel: "BASIC", licences: [] },
        participantSharing: "CONSENTED",
      });
    expect(await readsByKoping(participant.id)).toBe(shown.length);
    // A third organisation never sees it, consent or not.
    expect((await server.gql(`query($id: ID!) { claim(id: $id) { id } }`, { id: claimId }, kungsor)).data.claim).toBeNull();

    // The decision's answer is a path too.
    const confirmed = await server.gql(`mutation($id: ID!) { confirmClaim(id: $id) { ${P} } }`, { id: claimId }, koping);
    expect(confirmed.data.confirmClaim.participant.code).toBe(participant.code);
    expect(await readsByKoping(participant.id)).toBe(shown.length + 1);

    const revoked = await server.gql(REVOKE, { id: recorded.data.recordConsent.id }, arboga);
    expect(revoked.data.revokeConsent).toMatchObject({ valid: false, revokedAt: expect.any(String) });
    const one = await server.gql(`query($id: ID!) { claim(id: $id) { ${P} } }`, { id: claimId }, koping);
    expect(one.data.claim).toEqual({ participant: null, participantSharing: "NO_CONSENT" });
    const onOurs = (await server.gql(`{ claimsOnOurPlacements(first: 100) { id ${P} } }`, {}, koping)).data.claimsOnOurPlacements;
    expect(onOurs.find((c: any) => c.id === claimId)).toMatchObject({ participant: null });
    expect(await readsByKoping(participant.id)).toBe(shown.length + 1);
    expect(codes(await server.gql(REVOKE, { id: recorded.data.recordConsent.id }, arboga))).toEqual(["CONFLICT"]);
    // The claimant always sees its own participant.
    expect((await server.gql(`query($id: ID!) { claim(id: $id) { ${P} } }`, { id: claimId }, arboga)).data.claim.participantSharing).toBe(
      "OWN",
    );
  });

  it("hides the participant again once the consent's last day has passed", async () => {
    const { participant, placementId, claimId } = await setUp();
    const recorded = await server.gql(
      RECORD,
      { input: { participantId: participant.id, organisationIds: [kopingOrg], validUntil: inAYear() } },
      arboga,
    );
    expect((await ownerViews(claimId, placementId))[0].participantSharing).toBe("CONSENTED");
    // Time passes: the consent ran out the day before yesterday.
    await server.dataSource.getRepository(Consent).update({ id: recorded.data.recordConsent.id }, { validUntil: yesterday() });
    for (const view of await ownerViews(claimId, placementId))
      expect(view).toEqual({ participant: null, participantSharing: "NO_CONSENT" });
  });

  it("records the consent in the same step as the claim, covering the placement's organisation", async () => {
    const participant = (await server.gql(REGISTER, { input: { code: `SAMSTEG-${Date.now() % 100000}` } }, arboga)).data
      .registerParticipant;
    const workplaces = await server.gql(`{ workplaces { id } }`, {}, koping);
    const placementId = (
      await server.gql(
        POST,
        {
          input: {
            title: "Samtycke i samma steg",
            kind: "INTERNSHIP",
            workplaceId: workplaces.data.workplaces[0].id,
            capacity: 1,
            startDate: "2027-02-01",
          },
        },
        koping,
      )
    ).data.postPlacement.id;
    const claim = await server.gql(
      `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
      { input: { placementId, participantId: participant.id, consent: { validUntil: inAYear(), documentReference: "Dnr 12" } } },
      arboga,
    );
    const view = await server.gql(`query($id: ID!) { claim(id: $id) { ${P} } }`, { id: claim.data.claimSeat.id }, koping);
    expect(view.data.claim).toMatchObject({ participantSharing: "CONSENTED", participant: { code: participant.code } });
    const consents = await server.gql(
      `query($id: ID!) { participantConsents(participantId: $id) { organisations { slug } documentReference } }`,
      { id: participant.id },
      arboga,
    );
    expect(consents.errors).toBeUndefined();
    expect(consents.data.participantConsents).toEqual([{ organisations: [{ slug: "koping" }], documentReference: "Dnr 12" }]);
    // Only the participant's own organisation reads its consents.
    expect(
      codes(await server.gql(`query($id: ID!) { participantConsents(participantId: $id) { id } }`, { id: participant.id }, koping)),
    ).toEqual(["NOT_FOUND"]);
  });

  it("needs a guardian's agreement for a minor, and refuses a consent that has already run out", async () => {
    const { participant } = await setUp(true);
    const noGuardian = await server.gql(
      RECORD,
      { input: { participantId: participant.id, organisationIds: [kopingOrg], validUntil: inAYear() } },
      arboga,
    );
    expect(noGuardian.errors![0].extensions).toMatchObject({ reason: "GUARDIAN_CONSENT_REQUIRED", field: "input.guardianAgreed" });
    const withGuardian = await server.gql(
      RECORD,
      { input: { participantId: participant.id, organisationIds: [kopingOrg], validUntil: inAYear(), guardianAgreed: true } },
      arboga,
    );
    expect(withGuardian.data.recordConsent.guardianAgreed).toBe(true);
    const past = await server.gql(
      RECORD,
      { input: { participantId: participant.id, organisationIds: [kopingOrg], validUntil: "2020-01-01" } },
      arboga,
    );
    expect(past.errors![0].extensions).toMatchObject({ reason: "CONSENT_IN_PAST", field: "input.validUntil" });
    const identity = await server.gql(
      RECORD,
      {
        input: {
          participantId: participant.id,
          organisationIds: [kopingOrg],
          validUntil: inAYear(),
          guardianAgreed: true,
          documentReference: "19121212-1212",
        },
      },
      arboga,
    );
    expect(identity.errors![0].extensions).toMatchObject({ reason: "TEXT_HOLDS_IDENTITY_NUMBER" });
  });

  it("shows a queued participant to the placement's organisation only under consent, audited", async () => {
    const participant = (await server.gql(REGISTER, { input: { code: `SAMKO-${Date.now() % 100000}` } }, arboga)).data.registerParticipant;
    const workplaces = await server.gql(`{ workplaces { id } }`, {}, koping);
    const placementId = (
      await server.gql(
        POST,
        {
          input: {
            title: "Kö med samtycke",
            kind: "INTERNSHIP",
            workplaceId: workplaces.data.workplaces[0].id,
            capacity: 1,
            startDate: "2027-02-01",
          },
        },
        koping,
      )
    ).data.postPlacement.id;
    await server.gql(CLAIM, { input: { placementId } }, kungsor);
    await server.gql(
      `mutation($input: JoinWaitingListInput!) { joinWaitingList(input: $input) { id } }`,
      { input: { placementId, participantId: participant.id } },
      arboga,
    );
    const queue = () =>
      server.gql(`query($id: ID!) { waitingListOfPlacement(placementId: $id) { position ${P} } }`, { id: placementId }, koping);
    expect((await queue()).data.waitingListOfPlacement).toEqual([{ position: 1, participant: null, participantSharing: "NO_CONSENT" }]);
    await server.gql(RECORD, { input: { participantId: participant.id, organisationIds: [kopingOrg], validUntil: inAYear() } }, arboga);
    expect((await queue()).data.waitingListOfPlacement[0]).toMatchObject({
      participant: { code: participant.code },
      participantSharing: "CONSENTED",
    });
    expect(await readsByKoping(participant.id)).toBe(1);
  });

  it("tells each consent's status (valid, expired, revoked) and offers revoking only to the participant's coordinators while it stands", async () => {
    const { participant } = await setUp();
    const recorded = await server.gql(
      RECORD,
      { input: { participantId: participant.id, organisationIds: [kopingOrg], validUntil: inAYear() } },
      arboga,
    );
    const id = recorded.data.recordConsent.id;
    const LIST = `query($id: ID!) { participantConsents(participantId: $id) { id status valid allowedActions } }`;
    const listed = async (token: string) => (await server.gql(LIST, { id: participant.id }, token)).data.participantConsents;
    expect(await listed(arboga)).toEqual([{ id, status: "VALID", valid: true, allowedActions: ["REVOKE"] }]);
    // The read-only role sees the consent but may not revoke it, and the server refuses it the same.
    const readOnly = await server.login("viewer@arboga.demo");
    expect(await listed(readOnly)).toEqual([{ id, status: "VALID", valid: true, allowedActions: [] }]);
    expect(codes(await server.gql(REVOKE, { id }, readOnly))).toEqual(["FORBIDDEN"]);

    await server.dataSource.getRepository(Consent).update({ id }, { validUntil: yesterday() });
    expect(await listed(arboga)).toEqual([{ id, status: "EXPIRED", valid: false, allowedActions: ["REVOKE"] }]);
    await server.dataSource.getRepository(Consent).update({ id }, { validUntil: inAYear() });

    const revoked = await server.gql(`mutation($id: ID!) { revokeConsent(id: $id) { status allowedActions } }`, { id }, arboga);
    expect(revoked.data.revokeConsent).toEqual({ status: "REVOKED", allowedActions: [] });
    expect(await listed(arboga)).toEqual([{ id, status: "REVOKED", valid: false, allowedActions: [] }]);
  });

  it("erases a participant's consents with the participant", async () => {
    const { participant } = await setUp();
    await server.gql(RECORD, { input: { participantId: participant.id, organisationIds: [kopingOrg], validUntil: inAYear() } }, arboga);
    expect(await server.dataSource.getRepository(Consent).countBy({ participantId: participant.id })).toBe(1);
    expect(
      (await server.gql(`mutation($id: ID!) { eraseParticipant(id: $id) }`, { id: participant.id }, arboga)).data.eraseParticipant,
    ).toBe(true);
    expect(await server.dataSource.getRepository(Consent).countBy({ participantId: participant.id })).toBe(0);
  });
});
