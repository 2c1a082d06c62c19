/** Saved example operations: the first tabs a new visitor sees (GraphiQL keeps later edits in localStorage). */
export const exampleTabs = [
  {
    query: `# Sign in; copy data.login.token into the Bearer-token field above.
mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user { name role organisation { slug name } }
  }
}`,
    variables: JSON.stringify({ email: "coordinator@koping.demo", password: "praktikpool" }, null, 2),
  },
  {
    query: `# The shared board: free seats in Köping and Arboga, earliest start first.
query Board($filter: BoardFilter, $first: Int!, $after: String) {
  board(filter: $filter, first: $first, after: $after, sort: START_DATE) {
    totalCount
    edges {
      node {
        id
        title
        kind
        capacity
        freeSeats
        startDate
        endDate
        municipality { code name }
        organisation { slug name }
        workplace { name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: JSON.stringify({ filter: { municipalityCodes: ["1983", "1984"], freeSeatsOnly: true }, first: 10 }, null, 2),
  },
  {
    query: `# Reserve a seat for your organisation: a claim (paste a placement id from the board).
mutation ClaimSeat($input: ClaimSeatInput!) {
  claimSeat(input: $input) {
    id
    status
    seats
    expiresAt
    placement { id freeSeats }
  }
}`,
    variables: JSON.stringify({ input: { placementId: "<placement id>", seats: 1 } }, null, 2),
  },
  {
    query: `# Your organisation's reservations (claims), most recently changed first.
query MyClaims($statuses: [ClaimStatus!]) {
  myClaims(statuses: $statuses) {
    id
    status
    seats
    expiresAt
    placement { id title freeSeats organisation { name } }
  }
}`,
    variables: JSON.stringify({ statuses: ["HELD", "CONFIRMED"] }, null, 2),
  },
];
