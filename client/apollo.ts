import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from "@apollo/client/core";
import { onError } from "@apollo/client/link/error";
import { relayStylePagination } from "@apollo/client/utilities";
import { currentToken } from "./composables/useSession";

/**
 * One Apollo client for the app. Placements are normalised by id, so a claim's answer
 * (placement { id freeSeats }) updates every card, row and page that shows that placement.
 */
export function createApolloClient(options: { onUnauthenticated: () => void }) {
  const auth = new ApolloLink((operation, forward) => {
    const token = currentToken();
    if (token) operation.setContext(({ headers = {} }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
    return forward(operation);
  });

  const expiredSession = onError(({ graphQLErrors }) => {
    if (graphQLErrors?.some((error) => error.extensions?.code === "UNAUTHENTICATED")) options.onUnauthenticated();
  });

  // Same origin only; JSON body, which also satisfies the server's CSRF prevention.
  const http = new HttpLink({ uri: "/graphql", headers: { "content-type": "application/json" } });

  return new ApolloClient({
    link: from([expiredSession, auth, http]),
    cache: new InMemoryCache({
      typePolicies: {
        // One list per filter and sort; "Visa fler" appends the next page of the cursor connection.
        Query: { fields: { board: relayStylePagination(["filter", "sort"]) } },
        Municipality: { keyFields: ["code"] },
        Organisation: { keyFields: ["id"] },
        // Holdings have no id: always take the server's latest list.
        Placement: { fields: { seatHoldings: { merge: false }, ourClaims: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { errorPolicy: "none" }, mutate: { errorPolicy: "none" } },
  });
}
