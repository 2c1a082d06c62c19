import type { GraphQLResponse } from "./test-server.js";

export const SLUGS = ["koping", "arboga", "kungsor", "arbetsformedlingen", "forsakringskassan"] as const;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const CLAIM = `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id status } }`;
export const JOIN = `mutation($input: JoinWaitingListInput!) { joinWaitingList(input: $input) { id status position placement { id } claim { id status } } }`;
export const MINE = `{ myWaitingList { id status position placement { id } claim { id status organisation { slug } } } }`;

/** GraphQL against one endpoint: a test server's gql, or real HTTP to a server process. */
export type Gql = (query: string, variables?: Record<string, unknown>, token?: string) => Promise<GraphQLResponse>;

/** A placement of Köping's with `capacity` seats. */
export async function postFull(gql: Gql, token: string, capacity: number, title = "Köprov"): Promise<string> {
  const workplaces = await gql(`{ workplaces { id } }`, {}, token);
  const posted = await gql(
    POST,
    { input: { title, kind: "INTERNSHIP", workplaceId: workplaces.data.workplaces[0].id, capacity, startDate: "2027-03-01" } },
    token,
  );
  return posted.data.postPlacement.id;
}

/**
 * The storm of must-show 3, over two GraphQL endpoints (the same server, or two processes on one
 * store): Köping's 20-seat placement is full (10 holds of Arboga's, 10 of Kungsör's); 100 entries
 * from the five organisations queue at once; then Arboga releases its 10 and Köping declines
 * Kungsör's 10, all at once, half through each endpoint.
 */
export async function storm(gqlA: Gql, gqlB: Gql, tokenA: Record<string, string>, tokenB: Record<string, string>) {
  const placementId = await postFull(gqlA, tokenA.koping, 20, "Köstorm");
  const arbogaClaims: string[] = [];
  const kungsorClaims: string[] = [];
  for (let i = 0; i < 10; i++) {
    arbogaClaims.push((await gqlA(CLAIM, { input: { placementId } }, tokenA.arboga)).data.claimSeat.id);
    kungsorClaims.push((await gqlA(CLAIM, { input: { placementId } }, tokenA.kungsor)).data.claimSeat.id);
  }
  const joined = await Promise.all(
    Array.from({ length: 100 }, (_, i) => {
      const slug = SLUGS[i % SLUGS.length];
      return i % 2 ? gqlA(JOIN, { input: { placementId } }, tokenA[slug]) : gqlB(JOIN, { input: { placementId } }, tokenB[slug]);
    }),
  );
  if (joined.some((r) => r.errors)) throw new Error(`join failed: ${JSON.stringify(joined.find((r) => r.errors)!.errors)}`);
  const line = async () => {
    const lists = await Promise.all(SLUGS.map((slug) => gqlA(MINE, {}, tokenA[slug])));
    return lists.flatMap((r) => r.data.myWaitingList as any[]).filter((e) => e.placement.id === placementId);
  };
  const before = await line();
  const positionOf = new Map(before.map((e) => [e.id, e.position as number]));
  const frees = await Promise.all([
    ...arbogaClaims.map((id, i) =>
      (i % 2 ? gqlA : gqlB)(`mutation($id: ID!) { releaseClaim(id: $id) { status } }`, { id }, (i % 2 ? tokenA : tokenB).arboga),
    ),
    ...kungsorClaims.map((id, i) =>
      (i % 2 ? gqlB : gqlA)(
        `mutation($id: ID!) { declineClaim(id: $id, reason: "Storm") { status } }`,
        { id },
        (i % 2 ? tokenB : tokenA).koping,
      ),
    ),
  ]);
  if (frees.some((r) => r.errors)) throw new Error(`freeing failed: ${JSON.stringify(frees.find((r) => r.errors)!.errors)}`);
  const after = await line();
  const offered = after.filter((e) => e.status === "OFFERED");
  const owner = await gqlA(`{ claimsAwaitingDecision(first: 100) { id placement { id } } }`, {}, tokenA.koping);
  const held = (owner.data.claimsAwaitingDecision as any[]).filter((c) => c.placement.id === placementId);
  return {
    placementId,
    offeredPositions: offered.map((e) => positionOf.get(e.id)!).sort((a, b) => a - b),
    newHeld: held.filter((c) => offered.some((e) => e.claim?.id === c.id)).length,
    stillWaitingPositions: after
      .filter((e) => e.status === "WAITING")
      .map((e) => e.position)
      .sort((a, b) => a - b),
  };
}
