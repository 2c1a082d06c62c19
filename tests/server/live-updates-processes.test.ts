import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { liveClient, untilSubscribed, type LiveClient } from "../helpers/live-client.js";
import { store, storeAvailable } from "../helpers/test-server.js";
import { createTestStore, type TestStore } from "../helpers/test-stores.js";
import { buildServer, startServerProcess, stopServerProcess, type ServerProcess } from "./security/server-process.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }`;
const CLAIM = `mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id placement { id freeSeats } } }`;
const UPDATED = `subscription { placementUpdated { id freeSeats } }`;

interface Updated {
  placementUpdated: { id: string; freeSeats: number };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function login(url: string, email: string): Promise<string> {
  const result = await gql(url, `mutation($e: String!) { login(email: $e, password: "praktikpool") { token } }`, { e: email });
  return result.data.login.token;
}

/**
 * Must-show 1 and 2 across processes: two `node server/main.js` processes on one PostgreSQL
 * database, each with its own LISTEN connection; no broker between them.
 */
describe.skipIf(store !== "postgres" || !storeAvailable)("live updates across two server processes on one PostgreSQL", () => {
  let database: TestStore;
  let first: ServerProcess;
  let second: ServerProcess;
  let build: string | undefined;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    database = await createTestStore("demo");
    build = buildServer();
    const env = { DATABASE_URL: database.databaseUrl! };
    [first, second] = await Promise.all([startServerProcess(build, env), startServerProcess(build, env)]);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all([stopServerProcess(first), stopServerProcess(second)]);
    await database?.remove();
    if (build) fs.rmSync(build, { recursive: true, force: true });
  });

  it("tells a subscriber on the first process the new free seats after a claim through the second, and never a placement it may not see", async () => {
    const koping = await login(second.url, "coordinator@koping.demo");
    const kungsor = await login(second.url, "coordinator@kungsor.demo");
    const arbogaOnFirst = await login(first.url, "coordinator@arboga.demo");
    const workplace = (await gql(second.url, `{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    const organisations = (await gql(second.url, `{ organisations { id slug } }`, {}, koping)).data.organisations;
    const kungsorId = organisations.find((o: { slug: string }) => o.slug === "kungsor").id;
    const base = { kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 4, startDate: "2027-03-01" };
    const visible = (await gql(second.url, POST, { input: { ...base, title: "Lager, alla ser" } }, koping)).data.postPlacement.id;
    const hidden = (
      await gql(
        second.url,
        POST,
        { input: { ...base, title: "Lager, bara Kungsör", visibility: "SELECTED", visibleToOrganisationIds: [kungsorId] } },
        koping,
      )
    ).data.postPlacement.id;

    const socket = liveClient(first.url, arbogaOnFirst);
    clients.push(socket);
    const events = socket.subscribe<Updated>(UPDATED);
    await untilSubscribed(
      events,
      (event) => event.data?.placementUpdated.id === visible,
      (attempt) => gql(second.url, UPDATE, { id: visible, input: { description: `Kontroll ${attempt}` } }, koping),
    );

    const onHidden = await gql(second.url, CLAIM, { p: hidden }, kungsor);
    expect(onHidden.errors).toBeUndefined();
    const onVisible = await gql(second.url, CLAIM, { p: visible }, kungsor);
    expect(onVisible.data.claimSeat.placement.freeSeats).toBe(3);

    const seen = await events.waitFor((event) => event.data?.placementUpdated.freeSeats === 3);
    expect(seen.data!.placementUpdated.id).toBe(visible);
    expect(events.received.some((event) => event.data?.placementUpdated.id === hidden)).toBe(false);
  });

  it("refuses an invalid token on either process, and closes a socket on the first when its token logs out through the second", async () => {
    const bad = liveClient(second.url, "forged-token");
    clients.push(bad);
    expect((await bad.closed).code).toBe(4403);

    const token = await login(first.url, "viewer@koping.demo");
    const socket = liveClient(first.url, token);
    clients.push(socket);
    await socket.connected;
    socket.subscribe<Updated>(UPDATED);
    expect((await gql(second.url, `mutation { logout }`, {}, token)).data.logout).toBe(true);
    expect((await socket.closed).code).toBe(4401);
  });
});
