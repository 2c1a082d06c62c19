import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotificationEvent } from "../../server/modules/notification/notification-event.js";
import { User } from "../../server/modules/user/user.entity.js";
import { liveClient, untilSubscribed, type LiveClient } from "../helpers/live-client.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }`;
const CLAIM = `mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id placement { id freeSeats } } }`;
const RELEASE = `mutation($id: ID!) { releaseClaim(id: $id) { id status } }`;
const UPDATED = `subscription { placementUpdated { id title freeSeats status organisation { slug } } }`;

interface Updated {
  placementUpdated: { id: string; title: string; freeSeats: number; status: string; organisation: { slug: string } };
}

/**
 * `placementUpdated` over a real WebSocket on the server's own port and path, on one server
 * process (several processes: live-updates-processes.test.ts).
 */
describe.skipIf(!storeAvailable)(`live updates over WebSocket (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  let kungsor: string;
  let visible: string;
  let hidden: string;
  const clients: LiveClient[] = [];
  const connect = (token: string | null) => {
    const client = liveClient(server.url, token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [koping, arboga, kungsor] = await Promise.all(["koping", "arboga", "kungsor"].map((slug) => server.login(`coordinator@${slug}.demo`)));
    const workplace = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    const organisations = (await server.gql(`{ organisations { id slug } }`, {}, koping)).data.organisations;
    const kungsorId = organisations.find((o: { slug: string }) => o.slug === "kungsor").id;
    const base = { kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 4, startDate: "2027-03-01" };
    visible = (await server.gql(POST, { input: { ...base, title: "Lagerarbete, alla ser" } }, koping)).data.postPlacement.id;
    hidden = (
      await server.gql(
        POST,
        { input: { ...base, title: "Lagerarbete, bara Kungsör", visibility: "SELECTED", visibleToOrganisationIds: [kungsorId] } },
        koping,
      )
    ).data.postPlacement.id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await server?.close();
  });

  it("sends a subscriber the new free seats after another organisation's claim, and never a placement its organisation may not see", async () => {
    const socket = connect(arboga);
    const events = socket.subscribe<Updated>(UPDATED);
    await untilSubscribed(
      events,
      (event) => event.data?.placementUpdated.id === visible,
      (attempt) => server.gql(UPDATE, { id: visible, input: { description: `Kontroll ${attempt}` } }, koping),
    );

    // Kungsör claims on the hidden placement first, then on the visible one.
    const onHidden = await server.gql(CLAIM, { p: hidden }, kungsor);
    expect(codes(onHidden)).toEqual([]);
    const onVisible = await server.gql(CLAIM, { p: visible }, kungsor);
    expect(onVisible.data.claimSeat.placement.freeSeats).toBe(3);

    const seen = await events.waitFor((event) => event.data?.placementUpdated.freeSeats === 3);
    expect(seen.data!.placementUpdated).toMatchObject({ id: visible, freeSeats: 3, status: "OPEN", organisation: { slug: "koping" } });
    expect(events.received.some((event) => event.data?.placementUpdated.id === hidden)).toBe(false);
    expect(events.received.every((event) => !event.errors)).toBe(true);

    // A seat given back shows too.
    expect(codes(await server.gql(RELEASE, { id: onVisible.data.claimSeat.id }, kungsor))).toEqual([]);
    await events.waitFor((event) => event.data?.placementUpdated.id === visible && event.data.placementUpdated.freeSeats === 4);
    expect(events.received.some((event) => event.data?.placementUpdated.id === hidden)).toBe(false);
  });

  it("sends the organisation that may see the hidden placement its changes", async () => {
    const socket = connect(kungsor);
    const events = socket.subscribe<Updated>(UPDATED);
    await untilSubscribed(
      events,
      (event) => event.data?.placementUpdated.id === hidden,
      (attempt) => server.gql(UPDATE, { id: hidden, input: { description: `Kontroll ${attempt}` } }, koping),
    );
    expect(codes(await server.gql(UPDATE, { id: hidden, input: { title: "Lagerarbete, bara Kungsör (ny)" } }, koping))).toEqual([]);
    await events.waitFor((event) => event.data?.placementUpdated.title === "Lagerarbete, bara Kungsör (ny)");
  });

  it("sends a newly posted placement to those who may see it", async () => {
    const socket = connect(arboga);
    const events = socket.subscribe<Updated>(UPDATED);
    await untilSubscribed(
      events,
      (event) => event.data?.placementUpdated.id === visible,
      (attempt) => server.gql(UPDATE, { id: visible, input: { description: `Ny kontroll ${attempt}` } }, koping),
    );
    const workplace = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    const posted = await server.gql(
      POST,
      { input: { kind: "WORK_TRAINING", workplaceId: workplace.id, capacity: 2, startDate: "2027-04-01", title: "Nyss upplagd" } },
      koping,
    );
    const id = posted.data.postPlacement.id;
    const seen = await events.waitFor((event) => event.data?.placementUpdated.id === id);
    expect(seen.data!.placementUpdated).toMatchObject({ title: "Nyss upplagd", freeSeats: 2 });
  });

  it("refuses a socket with an invalid token, and one with none", async () => {
    expect((await connect("not-a-real-token").closed).code).toBe(4403);
    expect((await connect(null).closed).code).toBe(4403);
  });

  it("closes a signed-in socket when its token logs out", async () => {
    const token = (await server.gql(`mutation { login(email: "viewer@arboga.demo", password: "praktikpool") { token } }`)).data.login.token;
    const socket = connect(token);
    await socket.connected;
    const events = socket.subscribe<Updated>(UPDATED);
    expect((await server.gql(`mutation { logout }`, {}, token)).data.logout).toBe(true);
    expect((await socket.closed).code).toBe(4401);
    await events.ended();
  });

  it("closes a user's sockets when an admin ends their sessions or deactivates them", async () => {
    const admin = await server.login("admin@kungsor.demo");
    const users = (await server.gql(`{ users { id email } }`, {}, admin)).data.users as { id: string; email: string }[];
    const viewer = users.find((user) => user.email === "viewer@kungsor.demo")!;
    const token = (await server.gql(`mutation { login(email: "viewer@kungsor.demo", password: "praktikpool") { token } }`)).data.login
      .token;
    const ended = connect(token);
    await ended.connected;
    expect(codes(await server.gql(`mutation($id: ID!) { endUserSessions(userId: $id) }`, { id: viewer.id }, admin))).toEqual([]);
    expect((await ended.closed).code).toBe(4401);

    const again = (await server.gql(`mutation { login(email: "viewer@kungsor.demo", password: "praktikpool") { token } }`)).data.login
      .token;
    const deactivated = connect(again);
    await deactivated.connected;
    const result = await server.gql(`mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`, { id: viewer.id }, admin);
    expect(codes(result)).toEqual([]);
    expect((await deactivated.closed).code).toBe(4401);
  });

  it("takes subscriptions only, with the HTTP endpoint's limits and error shape", async () => {
    const socket = connect(arboga);
    const query = socket.subscribe(`{ me { id } }`);
    await query.ended();
    expect((query.failures[0] as { extensions: { reason: string } }[])[0].extensions.reason).toBe("SOCKET_SUBSCRIPTIONS_ONLY");

    const nested = (depth: number): string => (depth === 0 ? "id" : `ourClaims { placement { ${nested(depth - 1)} } }`);
    const deep = `subscription { placementUpdated { ${nested(7)} } }`;
    const tooDeep = socket.subscribe(deep);
    await tooDeep.ended();
    expect((tooDeep.failures[0] as { extensions: { reason: string } }[])[0].extensions.reason).toBe("QUERY_TOO_DEEP");

    const unknown = socket.subscribe(`subscription { placementUpdated { noSuchField } }`);
    await unknown.ended();
    expect((unknown.failures[0] as { extensions: { code: string } }[])[0].extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      reason: "INVALID_QUERY",
    });

    const broken = socket.subscribe(`subscription { placementUpdated { id `);
    await broken.ended();
    expect((broken.failures[0] as { extensions: { reason: string } }[])[0].extensions.reason).toBe("QUERY_SYNTAX");
  });

  it("sends each user their own new notifications and nobody else's", async () => {
    const users = await server.store.reads.getRepository(User).findBy({});
    const idOf = (email: string) => users.find((user) => user.email === email)!.id;
    const record = (userId: string, seats: number) =>
      server.store.transact((manager) =>
        server.services.notifications.record(manager, {
          event: NotificationEvent.CLAIM_ON_OUR_PLACEMENT,
          organisationIds: [],
          userIds: [userId],
          seats,
        }),
      );
    const NOTIFIED = `subscription { notificationReceived { id event seats readAt } }`;
    const mine = connect(arboga).subscribe<{ notificationReceived: { id: string; seats: number } }>(NOTIFIED);
    const admin = connect(await server.login("admin@arboga.demo")).subscribe<{ notificationReceived: { id: string; seats: number } }>(
      NOTIFIED,
    );
    let seats = 100;
    await untilSubscribed(
      mine,
      (event) => (event.data?.notificationReceived.seats ?? 0) >= 100,
      () => record(idOf("coordinator@arboga.demo"), seats++),
    );
    await untilSubscribed(
      admin,
      (event) => (event.data?.notificationReceived.seats ?? 0) >= 100,
      () => record(idOf("admin@arboga.demo"), seats++),
    );
    await record(idOf("coordinator@arboga.demo"), 7);
    await record(idOf("admin@arboga.demo"), 8);
    const seen = await mine.waitFor((event) => event.data?.notificationReceived.seats === 7);
    expect(seen.data!.notificationReceived).toMatchObject({ event: "CLAIM_ON_OUR_PLACEMENT", readAt: null });
    await admin.waitFor((event) => event.data?.notificationReceived.seats === 8);
    expect(admin.received.some((event) => event.data?.notificationReceived.seats === 7)).toBe(false);
    expect(mine.received.some((event) => event.data?.notificationReceived.seats === 8)).toBe(false);
  });

  it("says which placements still match a board filter, by the board's own rule and visibility", async () => {
    const MATCHING = `query($filter: BoardFilter, $ids: [ID!]!) { placementsMatching(filter: $filter, ids: $ids) }`;
    const all = await server.gql(MATCHING, { filter: {}, ids: [visible, hidden] }, arboga);
    expect(all.data.placementsMatching).toEqual([visible]);
    const byText = await server.gql(MATCHING, { filter: { text: "lagerarbete" }, ids: [visible, hidden] }, arboga);
    expect(byText.data.placementsMatching).toEqual([visible]);
    const otherText = await server.gql(MATCHING, { filter: { text: "sjuksköterska" }, ids: [visible] }, arboga);
    expect(otherText.data.placementsMatching).toEqual([]);
    const none = await server.gql(MATCHING, { filter: { kinds: ["SUMMER_JOB"] }, ids: [visible] }, arboga);
    expect(none.data.placementsMatching).toEqual([]);
    const tooMany = await server.gql(MATCHING, { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) }, arboga);
    expect(codes(tooMany)).toEqual(["BAD_USER_INPUT"]);
  });
});
