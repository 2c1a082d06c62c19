import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotificationEvent } from "../../server/modules/notification/notification-event.js";
import type { Notification } from "../../server/modules/notification/notification.entity.js";
import { Organisation } from "../../server/modules/organisation/organisation.entity.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const MINE = `query($first: Int, $after: String) { myNotifications(first: $first, after: $after) { id event seats claimId dueAt readAt placement { id } counterpart { slug } } unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

describe.skipIf(!storeAvailable)(`notification records (${store})`, () => {
  let server: TestServer;
  let arboga: Organisation;
  let koping: Organisation;
  let arbogaCoordinator: string;

  beforeAll(async () => {
    server = await startTestServer();
    const organisations = await server.store.reads.getRepository(Organisation).find();
    arboga = organisations.find((organisation) => organisation.slug === "arboga")!;
    koping = organisations.find((organisation) => organisation.slug === "koping")!;
    arbogaCoordinator = await server.login("coordinator@arboga.demo");
  });
  afterAll(() => server?.close());

  const record = (input: Parameters<TestServer["services"]["notifications"]["record"]>[1]) =>
    server.store.transact((manager) => server.services.notifications.record(manager, input));

  it("reaches every coordinator and admin of the organisation, not its viewers and not other organisations", async () => {
    const rows = await record({
      event: NotificationEvent.CLAIM_ON_OUR_PLACEMENT,
      organisationIds: [arboga.id],
      seats: 2,
      counterpartOrganisationId: koping.id,
    });
    expect(rows.length).toBe(2);
    const coordinator = await server.gql(MINE, {}, arbogaCoordinator);
    expect(coordinator.errors).toBeUndefined();
    expect(coordinator.data.myNotifications[0]).toMatchObject({
      event: "CLAIM_ON_OUR_PLACEMENT",
      seats: 2,
      counterpart: { slug: "koping" },
      readAt: null,
    });
    const viewer = await server.gql(MINE, {}, await server.login("viewer@arboga.demo"));
    expect(viewer.data.myNotifications).toEqual([]);
    const other = await server.gql(MINE, {}, await server.login("coordinator@koping.demo"));
    expect(other.data.myNotifications.map((row: { id: string }) => row.id)).not.toContain(coordinator.data.myNotifications[0].id);
  });

  it("records a reminder once per due item and user, however often it is recorded", async () => {
    const dueAt = new Date(Date.now() + 3_600_000);
    const first = await record({
      event: NotificationEvent.HOLD_EXPIRING,
      organisationIds: [koping.id],
      dueAt,
      dedupeKey: "hold-expiring:claim-1",
    });
    const again = await Promise.all(
      [1, 2, 3].map(() =>
        record({ event: NotificationEvent.HOLD_EXPIRING, organisationIds: [koping.id], dueAt, dedupeKey: "hold-expiring:claim-1" }),
      ),
    );
    expect(first.length).toBe(2);
    expect(again.flat()).toEqual([]);
  });

  it("tells listeners after the commit, and never about a transaction that rolled back", async () => {
    const heard: Notification[][] = [];
    const stop = server.services.notifications.onRecorded((rows) => heard.push(rows));
    try {
      await expect(
        server.store.transact(async (manager) => {
          await server.services.notifications.record(manager, { event: NotificationEvent.CLAIM_DECIDED, organisationIds: [koping.id] });
          expect(heard).toEqual([]);
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(heard).toEqual([]);
      const rows = await record({ event: NotificationEvent.CLAIM_DECIDED, organisationIds: [koping.id] });
      expect(heard).toEqual([rows]);
    } finally {
      stop();
    }
  });

  it("counts unread notifications and marks chosen ones, then all, read — only the reader's own", async () => {
    await record({ event: NotificationEvent.WAITING_LIST_OFFER, organisationIds: [arboga.id], seats: 1 });
    await record({ event: NotificationEvent.SAVED_SEARCH_MATCH, organisationIds: [arboga.id] });
    const before = await server.gql(MINE, {}, arbogaCoordinator);
    expect(before.data.unreadNotificationCount).toBe(before.data.myNotifications.length);
    const newest = before.data.myNotifications[0].id;
    const other = await server.gql(MARK, { ids: [newest] }, await server.login("coordinator@koping.demo"));
    expect(other.data.markNotificationsRead).toBe(0);
    const one = await server.gql(MARK, { ids: [newest] }, arbogaCoordinator);
    expect(one.data.markNotificationsRead).toBe(1);
    const all = await server.gql(MARK, {}, arbogaCoordinator);
    expect(all.data.markNotificationsRead).toBe(before.data.unreadNotificationCount - 1);
    const after = await server.gql(MINE, {}, arbogaCoordinator);
    expect(after.data.unreadNotificationCount).toBe(0);
  });

  it("pages newest first and refuses a cursor that is not the reader's", async () => {
    for (let index = 0; index < 3; index++) await record({ event: NotificationEvent.CLAIM_DECIDED, organisationIds: [arboga.id] });
    const all = (await server.gql(MINE, { first: 100 }, arbogaCoordinator)).data.myNotifications as Array<{ id: string }>;
    const firstPage = (await server.gql(MINE, { first: 2 }, arbogaCoordinator)).data.myNotifications as Array<{ id: string }>;
    const secondPage = (await server.gql(MINE, { first: 2, after: firstPage[1].id }, arbogaCoordinator)).data.myNotifications as Array<{
      id: string;
    }>;
    expect([...firstPage, ...secondPage].map((row) => row.id)).toEqual(all.slice(0, 4).map((row) => row.id));
    const kopingRows = await record({ event: NotificationEvent.CLAIM_DECIDED, organisationIds: [koping.id] });
    const foreign = await server.gql(MINE, { after: kopingRows[0].id }, arbogaCoordinator);
    expect(codes(foreign)).toEqual(["BAD_USER_INPUT"]);
    expect(foreign.errors?.[0].extensions?.reason).toBe("INVALID_CURSOR");
  });
});
