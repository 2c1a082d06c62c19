import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../../server/modules/audit/audit-entry.entity.js";
import { Organisation } from "../../../server/modules/organisation/organisation.entity.js";
import { User } from "../../../server/modules/user/user.entity.js";
import { codes, store, storeAvailable } from "../../helpers/test-server.js";
import { startSecureServer, type SecureServer } from "./secure-server.js";

const PARTICIPANT = `participant { id code }`;
const CLAIM_FIELDS = `id ${PARTICIPANT}`;

/** Every participant object anywhere in a response (recognised by its `code` and `id`). */
function participantsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => participantsIn(item, found));
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.code === "string" && typeof record.id === "string") found.push(record.id);
    Object.values(record).forEach((item) => participantsIn(item, found));
  }
  return found;
}

describe.skipIf(!storeAvailable)(`audit log (${store})`, () => {
  let server: SecureServer;
  let own: string; // coordinator@koping
  let other: string; // coordinator@arboga, owns the placement
  let participantId: string;
  let claimId: string;
  let placementId: string;
  let orgIds: Record<string, string>;

  beforeAll(async () => {
    server = await startSecureServer();
    own = await server.login("coordinator@koping.demo");
    other = await server.login("coordinator@arboga.demo");
    orgIds = Object.fromEntries((await server.dataSource.getRepository(Organisation).find()).map((org) => [org.slug, org.id]));
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, other);
    const workplaceId = workplaces.data.workplaces.find((w: any) => w.organisation.slug === "arboga").id;
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title: "Revisionsplats", kind: "WORK_TRAINING", workplaceId, capacity: 5, startDate: "2027-02-01" } },
      other,
    );
    placementId = posted.data.postPlacement.id;
    participantId = (await server.gql(`mutation { registerParticipant(input: { code: "KOP-0042" }) { id } }`, {}, own)).data
      .registerParticipant.id;
    const claimed = await server.gql(
      `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
      { input: { placementId, participantId } },
      own,
    );
    claimId = claimed.data.claimSeat.id;
  });
  afterAll(() => server?.close());

  /** The participant reads logged for a user, as audit entry id → participant id. */
  const readsBy = async (email: string) => {
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email });
    const entries = await server.dataSource.getRepository(AuditEntry).find({ where: { userId: user.id, action: "read:participant" } });
    return new Map(entries.map((entry) => [entry.id, entry]));
  };

  /** Each path from the schema's roots to a Participant. */
  const paths: [string, string, Record<string, unknown>][] = [
    ["participants", `{ participants { id code } }`, {}],
    ["participant(id)", `query($pid: ID!) { participant(id: $pid) { id code } }`, {}],
    ["participantsDueForReview.participant", `{ participantsDueForReview { participant { id code } } }`, {}],
    ["claim(id).participant", `query($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`, {}],
    ["myClaims.participant", `{ myClaims { ${CLAIM_FIELDS} } }`, {}],
    ["claimsAwaitingDecision.participant", `{ claimsAwaitingDecision { ${CLAIM_FIELDS} } }`, {}],
    ["placement.ourClaims.participant", `query($p: ID!) { placement(id: $p) { ourClaims { ${CLAIM_FIELDS} } } }`, {}],
    ["board.edges.node.ourClaims.participant", `{ board(first: 100) { edges { node { ourClaims { ${CLAIM_FIELDS} } } } } }`, {}],
    [
      "claimSeat.participant",
      `mutation($p: ID!, $who: ID) { claimSeat(input: { placementId: $p, participantId: $who }) { ${CLAIM_FIELDS} } }`,
      {},
    ],
  ];

  it.each(paths)(
    "logs every participant returned through %s, for the organisation that may see it and for any other",
    async (_path, query) => {
      for (const [email, token] of [
        ["coordinator@koping.demo", own],
        ["coordinator@arboga.demo", other],
      ] as const) {
        const variables = { id: claimId, p: placementId, pid: participantId, who: email.includes("koping") ? participantId : null };
        const before = await readsBy(email);
        const response = await server.gql(query, variables, token);
        expect(codes(response)).toEqual([]);
        const returned = participantsIn(response.data);
        const logged = [...(await readsBy(email)).values()].filter((entry) => !before.has(entry.id));
        // Whoever received a participant, by whatever path, the read is in the log: who, organisation, record, time, address.
        for (const id of returned) {
          const entry = logged.find((candidate) => candidate.entityId === id);
          expect(entry, `read of ${id} by ${email} is logged`).toBeDefined();
          expect(entry!.organisationId).toBe(orgIds[email.includes("koping") ? "koping" : "arboga"]);
          expect(entry!.ip).toMatch(/127\.0\.0\.1/);
          expect(Date.now() - entry!.at.getTime()).toBeLessThan(60_000);
        }
        if (email.includes("koping") && !query.includes("claimsAwaitingDecision") && !query.includes("DueForReview"))
          expect(returned).toContain(participantId);
        if (email.includes("arboga"))
          expect(returned, "another organisation never receives Köping's participant").not.toContain(participantId);
      }
    },
  );

  it("shows an admin their own organisation's entries only, with reads and changes", async () => {
    await server.gql(`{ participants { id code } }`, {}, own);
    const admin = await server.login("admin@koping.demo");
    const response = await server.gql(`{ auditLog(first: 1000) { action entity entityId organisationId userId ip at } }`, {}, admin);
    expect(codes(response)).toEqual([]);
    const entries = response.data.auditLog as { action: string; organisationId: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.organisationId === orgIds.koping)).toBe(true);
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["registerParticipant", "claimSeat", "read:participant", "login"]),
    );
  });

  it("records every mutation with who, which organisation, what, which record, when and from where", async () => {
    const claimed = await server.gql(
      `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
      { input: { placementId } },
      own,
    );
    const claimId = claimed.data.claimSeat.id;
    const response = await server.gql(`mutation($id: ID!) { releaseClaim(id: $id) { id } }`, { id: claimId }, own);
    expect(codes(response)).toEqual([]);
    const entry = await server.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: "releaseClaim", entityId: claimId });
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "coordinator@koping.demo" });
    expect(entry).toMatchObject({ userId: user.id, organisationId: orgIds.koping, entity: "Claim", entityId: claimId });
    expect(entry.ip).toMatch(/127\.0\.0\.1/);
  });

  it("refuses UPDATE and DELETE on the audit log in the store itself (append-only)", async () => {
    const count = await server.dataSource.getRepository(AuditEntry).count();
    await expect(server.dataSource.query(`UPDATE "audit_entry" SET "action" = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(server.dataSource.query(`DELETE FROM "audit_entry"`)).rejects.toThrow(/append-only/);
    if (store === "postgres") await expect(server.dataSource.query(`TRUNCATE "audit_entry"`)).rejects.toThrow(/append-only/);
    expect(await server.dataSource.getRepository(AuditEntry).count()).toBe(count);
    expect(await server.dataSource.getRepository(AuditEntry).countBy({ action: "tampered" })).toBe(0);
  });

  it("still takes new entries (INSERT is allowed)", async () => {
    const count = await server.dataSource.getRepository(AuditEntry).count();
    await server.gql(`{ participants { id } }`, {}, own);
    expect(await server.dataSource.getRepository(AuditEntry).count()).toBeGreaterThan(count);
  });
});
