import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { In } from "typeorm";
import { newId } from "../../server/common/columns.js";
import type { Actor } from "../../server/common/viewer.js";
import { defaultMail } from "../../server/config.js";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { ClaimStatus } from "../../server/modules/claim/claim-status.js";
import type { ClaimSeatInput } from "../../server/modules/claim/claim.input.js";
import { ClaimService } from "../../server/modules/claim/claim.service.js";
import { seatTaker, type SeatTaker } from "../../server/modules/claim/seat-taking.js";
import { NotificationMail } from "../../server/modules/notification/notification-mail.entity.js";
import { NotificationEvent } from "../../server/modules/notification/notification-event.js";
import { Notification } from "../../server/modules/notification/notification.entity.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
import { Role, User } from "../../server/modules/user/user.entity.js";
import { liveClient, untilSubscribed, type LiveClient } from "../helpers/live-client.js";
import { startSmtpInbox } from "../helpers/smtp-inbox.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const CLAIM = `mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`;
const NOTIFIED = `subscription { notificationReceived { id event claimId seats } }`;

/** A stored notification without what differs between any two claims (ids, instants). */
const shape = (row: Notification, claim: Claim) => ({
  userId: row.userId,
  organisationId: row.organisationId,
  event: row.event,
  counterpartOrganisationId: row.counterpartOrganisationId,
  seats: row.seats,
  dedupeKey: row.dedupeKey,
  readAt: row.readAt,
  aboutItsClaim: row.claimId === claim.id && row.placementId === claim.placementId,
  dueWhenTheHoldEnds: row.dueAt?.getTime() === claim.expiresAt?.getTime(),
});
const byUser = <T extends { userId: string }>(rows: T[]) => [...rows].sort((a, b) => a.userId.localeCompare(b.userId));

/**
 * A claim on another organisation's placement takes claimSeat's fast path (seat-taking.ts) and
 * writes the owner's notification rows in the same transaction (statement, on PostgreSQL): the
 * same rows, audit entry and events as the transaction path that runs when the fast path finds no
 * seat, and nothing at all when no seat is to be had. Real store, real WebSocket, real SMTP.
 */
describe.skipIf(!storeAvailable)(`claimSeat's fast path on another organisation's placement (${store})`, () => {
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let kungsor: string;
  let workplaceId: string;
  let kopingId: string;
  let arbogaActor: Actor;
  const clients: LiveClient[] = [];

  const post = async (title: string, capacity: number) =>
    (await server.gql(POST, { input: { title, kind: "INTERNSHIP", workplaceId, capacity, startDate: "2027-04-05" } }, koping)).data
      .postPlacement.id as string;
  const notificationsOf = (claimId: string) => server.store.reads.getRepository(Notification).findBy({ claimId });

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({
      config: {
        mail: {
          ...defaultMail,
          smtpUrl: inbox.url,
          from: "Praktikpool <noreply@pool.example.se>",
          publicUrl: "https://pool.example.se",
          digestHour: 7,
        },
      },
    });
    [koping, arboga, kungsor] = await Promise.all(["koping", "arboga", "kungsor"].map((slug) => server.login(`coordinator@${slug}.demo`)));
    workplaceId = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0].id;
    const users = server.store.reads.getRepository(User);
    const arbogaCoordinator = await users.findOneByOrFail({ email: "coordinator@arboga.demo" });
    kopingId = (await users.findOneByOrFail({ email: "coordinator@koping.demo" })).organisationId;
    arbogaActor = {
      viewer: { userId: arbogaCoordinator.id, organisationId: arbogaCoordinator.organisationId, role: Role.COORDINATOR },
      ip: "203.0.113.7",
    };
    // A coordinator of the owner who has left: never told.
    await server.dataSource.getRepository(User).insert({
      id: newId(),
      email: "left@koping.demo",
      name: "Slutat Köping",
      role: Role.COORDINATOR,
      organisationId: kopingId,
      passwordHash: "unused",
      active: false,
      createdAt: new Date(),
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await server?.close();
    await inbox?.close();
  });

  it("writes the owner's notifications, audit entry and events exactly as the transaction path does", async () => {
    const { store: s, services } = server;
    // The server's own seat-taking step, watched: what it answered for each claim.
    const taker = seatTaker(s);
    const answers: (Notification[] | null)[] = [];
    const watched: SeatTaker = async (claim, entry, notice) => {
      const answer = await taker(claim, entry, notice);
      answers.push(answer);
      return answer;
    };
    const claims = new ClaimService(
      s.reads,
      s.transact,
      services.audit,
      { holdTtlMinutes: 60 },
      watched,
      services.consents,
      services.notifications,
    );
    const announced: AuditEntry[][] = [];
    services.audit.onCommitted((entries) => announced.push(entries));
    const recorded: Notification[][] = [];
    const stopListening = services.notifications.onRecorded((rows) => recorded.push(rows));

    // `fast` has a free seat; `slow`'s seats are all held by Kungsör's hold that ran out, so the
    // fast path finds none and the transaction path expires the hold and takes the seat.
    const fast = await post("Snabbväg, ledig plats", 2);
    const slow = await post("Snabbväg, förfallen reservation", 1);
    const hold = (await server.gql(CLAIM, { p: slow }, kungsor)).data.claimSeat.id as string;
    await server.dataSource.getRepository(Claim).update({ id: hold }, { expiresAt: new Date(Date.now() - 60_000) });

    const input = (placementId: string) => ({ placementId, seats: 1 }) as ClaimSeatInput;
    const onFast = await claims.claimSeat(arbogaActor, input(fast));
    const onSlow = await claims.claimSeat(arbogaActor, input(slow));
    stopListening();
    expect(answers.map((answer) => (answer === null ? "no seat" : "committed"))).toEqual(["committed", "no seat"]);

    // The same recipients — the owner's active coordinators and admins — and the same fields.
    const owners = await server.store.reads
      .getRepository(User)
      .findBy({ organisationId: kopingId, active: true, role: In([Role.COORDINATOR, Role.ADMIN]) });
    expect(owners.length).toBeGreaterThanOrEqual(2);
    const fastRows = await notificationsOf(onFast.id);
    const slowRows = await notificationsOf(onSlow.id);
    expect(byUser(fastRows).map((row) => row.userId)).toEqual(byUser(owners.map((u) => ({ userId: u.id }))).map((u) => u.userId));
    expect(byUser(fastRows).map((row) => shape(row, onFast))).toEqual(byUser(slowRows).map((row) => shape(row, onSlow)));
    expect(fastRows.every((row) => row.event === NotificationEvent.CLAIM_ON_OUR_PLACEMENT)).toBe(true);
    expect(shape(fastRows[0]!, onFast)).toMatchObject({
      counterpartOrganisationId: arbogaActor.viewer.organisationId,
      seats: 1,
      aboutItsClaim: true,
      dueWhenTheHoldEnds: true,
    });

    // The same audit entry.
    const audit = async (claimId: string) => {
      const [entry, ...more] = await server.store.reads.getRepository(AuditEntry).findBy({ entityId: claimId });
      expect(more).toEqual([]);
      return { userId: entry!.userId, organisationId: entry!.organisationId, action: entry!.action, entity: entry!.entity, ip: entry!.ip };
    };
    expect(await audit(onFast.id)).toEqual(await audit(onSlow.id));
    expect(await audit(onFast.id)).toMatchObject({ action: "claimSeat", userId: arbogaActor.viewer.userId, ip: "203.0.113.7" });

    // Announced once each after the commit: the audit entry (live updates), then the rows as stored (push, e-mail).
    const announcedFor = (claimId: string) =>
      announced.flat().filter((entry) => entry.entityId === claimId && entry.action === "claimSeat");
    expect(announcedFor(onFast.id)).toHaveLength(1);
    expect(announcedFor(onSlow.id)).toHaveLength(1);
    for (const [claim, stored] of [
      [onFast, fastRows],
      [onSlow, slowRows],
    ] as const) {
      const batches = recorded.filter((rows) => rows.some((row) => row.claimId === claim.id));
      expect(batches).toHaveLength(1);
      const told = batches[0]!;
      expect(byUser(told).map((row) => ({ ...row, createdAt: row.createdAt.getTime(), dueAt: row.dueAt?.getTime() }))).toEqual(
        byUser(stored).map((row) => ({ ...row, createdAt: row.createdAt.getTime(), dueAt: row.dueAt?.getTime() })),
      );
    }
  });

  it("tells the owner once, live and by e-mail, about a claim that took the fast path", async () => {
    const busy = await post("Snabbväg, prenumerationens start", 30);
    const target = await post("Snabbväg, reservation som meddelas", 2);
    const later = await post("Snabbväg, nästa reservation", 2);
    const socket = liveClient(server.url, koping);
    clients.push(socket);
    const events = socket.subscribe<{ notificationReceived: { id: string; event: string; claimId: string; seats: number } }>(NOTIFIED);
    await untilSubscribed(
      events,
      (event) => event.data?.notificationReceived.event === "CLAIM_ON_OUR_PLACEMENT",
      () => server.gql(CLAIM, { p: busy }, arboga),
    );

    const claimed = await server.gql(CLAIM, { p: target }, arboga);
    expect(codes(claimed)).toEqual([]);
    const claimId = claimed.data.claimSeat.id as string;
    await events.waitFor((event) => event.data?.notificationReceived.claimId === claimId);
    const mail = await inbox.waitFor((m) => m.to.includes("coordinator@koping.demo") && m.text.includes(target));
    expect(mail.subject).toBe("Ny reservation: Snabbväg, reservation som meddelas");

    // A later claim's event and e-mail arrive; the first claim's were not sent again.
    const next = (await server.gql(CLAIM, { p: later }, arboga)).data.claimSeat.id as string;
    await events.waitFor((event) => event.data?.notificationReceived.claimId === next);
    await inbox.waitFor((m) => m.to.includes("coordinator@koping.demo") && m.text.includes(later));
    expect(events.received.filter((event) => event.data?.notificationReceived.claimId === claimId)).toHaveLength(1);
    expect(inbox.to("coordinator@koping.demo").filter((m) => m.text.includes(target))).toHaveLength(1);
    const rows = await notificationsOf(claimId);
    expect(await server.store.reads.getRepository(NotificationMail).countBy({ notificationId: In(rows.map((row) => row.id)) })).toBe(
      rows.length,
    );
  });

  it("writes nothing, no notification either, when the fast path finds no seat", async () => {
    const full = await post("Snabbväg, fullt", 1);
    expect(codes(await server.gql(CLAIM, { p: full }, kungsor))).toEqual([]);
    const before = await server.store.reads.getRepository(Placement).findOneByOrFail({ id: full });

    // The seat-taking step itself, with a claim, its audit entry and the owner's notice.
    const now = new Date();
    const claim = Object.assign(new Claim(), {
      id: newId(),
      placementId: full,
      organisationId: arbogaActor.viewer.organisationId,
      claimedById: arbogaActor.viewer.userId,
      participantId: null,
      seats: 1,
      status: ClaimStatus.HELD,
      requestedStart: null,
      requestedEnd: null,
      reason: null,
      createdAt: now,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
      decidedById: null,
    });
    const entry = server.services.audit.entryFor(arbogaActor, { action: "claimSeat", entity: "Claim", entityId: claim.id }, now);
    const answer = await seatTaker(server.store)(claim, entry, {
      event: NotificationEvent.CLAIM_ON_OUR_PLACEMENT,
      organisationIds: [kopingId],
      placementId: full,
      claimId: claim.id,
      counterpartOrganisationId: claim.organisationId,
      seats: 1,
      dueAt: claim.expiresAt,
    });
    expect(answer).toBeNull();
    expect(await server.store.reads.getRepository(Claim).countBy({ id: claim.id })).toBe(0);
    expect(await server.store.reads.getRepository(AuditEntry).countBy({ id: entry.id })).toBe(0);
    expect(await notificationsOf(claim.id)).toEqual([]);

    // And through the API: refused, the owner told of Kungsör's claim only.
    const refused = await server.gql(CLAIM, { p: full }, arboga);
    expect(codes(refused)).toEqual(["NO_FREE_SEATS"]);
    const told = await server.store.reads.getRepository(Notification).findBy({ placementId: full });
    expect(new Set(told.map((row) => row.counterpartOrganisationId))).toEqual(
      new Set([(await server.store.reads.getRepository(User).findOneByOrFail({ email: "coordinator@kungsor.demo" })).organisationId]),
    );
    expect((await server.store.reads.getRepository(Placement).findOneByOrFail({ id: full })).seatsTaken).toBe(before.seatsTaken);
  });
});
