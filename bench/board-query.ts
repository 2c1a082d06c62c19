/** The board page under test; arguments inline, as the baseline reads them (see baseline-server.ts). */
export const boardQuery = (first: number, after: string | null = null) =>
  `{ board(first: ${first}${after ? `, after: "${after}"` : ""}) { totalCount edges { cursor node { id title kind capacity freeSeats status startDate endDate organisation { id slug name } workplace { id name municipality { code name } } seatHoldings { organisation { slug } seats } } } pageInfo { hasNextPage endCursor } } }`;
/** A POST /graphql body for that page (server and baseline get the same bytes). */
export const boardBody = (first: number, after: string | null = null) => JSON.stringify({ query: boardQuery(first, after) });
/** One claimSeat call for one seat, as a client sends it: one operation text, the placement in variables. */
export const claimBody = (placementId: string) =>
  JSON.stringify({
    query: `mutation ClaimSeat($input: ClaimSeatInput!) { claimSeat(input: $input) { id status seats } }`,
    variables: { input: { placementId, seats: 1 } },
  });
