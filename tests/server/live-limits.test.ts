import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultLiveLimits } from "../../server/config.js";
import { TOO_MANY_SOCKETS } from "../../server/live/live-socket.js";
import { liveClient, untilSubscribed, type LiveClient } from "../helpers/live-client.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }`;
const UPDATED = `subscription { placementUpdated { id description } }`;

interface Updated {
  placementUpdated: { id: string; description: string | null };
}

type Failure = { extensions: { code: string; reason: string; params: Record<string, unknown> } }[];

/**
 * How much one client may hold open on the live-updates WebSocket of one process (the defaults:
 * LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET 20, LIVE_MAX_SOCKETS_PER_USER 10), over real WebSockets.
 */
describe.skipIf(!storeAvailable)(`limits on live-update sockets (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let placement: string;
  let touches = 0;
  const clients: LiveClient[] = [];
  const connect = (token: string) => {
    const client = liveClient(server.url, token);
    clients.push(client);
    return client;
  };
  /** A change every subscriber sees; returns the description it set. */
  const touch = async () => {
    const description = `Ändrad ${++touches}`;
    await server.gql(UPDATE, { id: placement, input: { description } }, koping);
    return description;
  };
  const updates = (description: string) => (event: { data?: Updated }) =>
    event.data?.placementUpdated.id === placement && event.data.placementUpdated.description === description;

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    const workplace = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    const input = { kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 2, startDate: "2027-03-01", title: "Lagerarbete" };
    placement = (await server.gql(POST, { input }, koping)).data.postPlacement.id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await server?.close();
  });

  it("refuses a socket's 21st subscription with its reason while the first 20 still receive updates, and a completed one frees its slot", async () => {
    const max = defaultLiveLimits.maxSubscriptionsPerSocket;
    const socket = connect(await server.login("coordinator@arboga.demo"));
    const open = Array.from({ length: max }, () => socket.subscribe<Updated>(UPDATED));
    const refused = socket.subscribe<Updated>(UPDATED);
    await refused.ended();
    expect((refused.failures[0] as Failure)[0].extensions).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      reason: "SOCKET_TOO_MANY_SUBSCRIPTIONS",
      params: { maxSubscriptions: max },
    });

    for (const events of open) await untilSubscribed(events, (event) => event.data?.placementUpdated.id === placement, touch);
    const later = await touch();
    await Promise.all(open.map((events) => events.waitFor(updates(later))));
    expect(refused.received).toEqual([]);

    // Completing one lets the next in; the one after that is refused again.
    open[0].stop();
    const next = socket.subscribe<Updated>(UPDATED);
    const over = socket.subscribe<Updated>(UPDATED);
    await over.ended();
    expect((over.failures[0] as Failure)[0].extensions.reason).toBe("SOCKET_TOO_MANY_SUBSCRIPTIONS");
    await untilSubscribed(next, (event) => event.data?.placementUpdated.id === placement, touch);
    expect(next.failures).toEqual([]);
    const last = await touch();
    await Promise.all([next, ...open.slice(1)].map((events) => events.waitFor(updates(last))));
    expect(open[0].received.some(updates(last))).toBe(false);
  });

  it("closes a user's 11th socket in this process with 4013 and its reason, lets other users in, and lets the user in again once one closes", async () => {
    const max = defaultLiveLimits.maxSocketsPerUser;
    const token = await server.login("viewer@koping.demo");
    const sockets = Array.from({ length: max }, () => connect(token));
    await Promise.all(sockets.map((socket) => socket.connected));

    // Another sign-in of the same user counts too: the limit is per user, not per token.
    const again = (await server.gql(`mutation { login(email: "viewer@koping.demo", password: "praktikpool") { token } }`)).data.login
      .token as string;
    expect(await connect(again).closed).toEqual({ code: TOO_MANY_SOCKETS, reason: "SOCKET_TOO_MANY_SOCKETS" });
    const other = connect(await server.login("viewer@arboga.demo"));
    await other.connected;

    const before = server.live.sockets.connections;
    await sockets[0].dispose();
    await vi.waitFor(() => expect(server.live.sockets.connections).toBe(before - 1), { timeout: 10_000 });
    const back = connect(token);
    await back.connected;
    const events = back.subscribe<Updated>(UPDATED);
    await untilSubscribed(events, (event) => event.data?.placementUpdated.id === placement, touch);
  });
});
