import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from, split } from "@apollo/client/core";
import { onError } from "@apollo/client/link/error";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition, relayStylePagination } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import { currentToken } from "./composables/useSession";
import { setLiveStatus } from "./composables/useLiveStatus";
import { ownWritesLink } from "./composables/useOwnWrites";

/** Waits before the next attempt to open the socket: 1 s, 2 s, 4 s … up to 30 s, with jitter so tabs do not reconnect in step. */
export const reconnectDelay = (retries: number) => Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2);

/**
 * The WebSocket for subscriptions (graphql-ws on /graphql, same origin). It opens when the first
 * subscription starts, carries the session's token in connectionParams, and reconnects with
 * backoff while someone is signed in. After a reconnect the active queries refetch, since
 * changes made while it was closed were not sent.
 */
function liveLink(onReconnected: () => void) {
  let everConnected = false;
  const client = createClient({
    url: () => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    connectionParams: () => ({ authorization: `Bearer ${currentToken() ?? ""}` }),
    lazy: true,
    lazyCloseTimeout: 5000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => currentToken() !== null,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
    on: {
      connected: () => {
        setLiveStatus("live");
        if (everConnected) onReconnected();
        everConnected = true;
      },
      closed: () => setLiveStatus(currentToken() ? "paused" : "connecting"),
    },
  });
  return { link: new GraphQLWsLink(client), client };
}

/**
 * One Apollo client for the app. Placements are normalised by id, so a claim's answer
 * (placement { id freeSeats }) and every live update update every card, row and page that shows
 * that placement. Subscriptions go over the WebSocket, everything else over HTTP.
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
  const live = liveLink(() => void apollo.refetchQueries({ include: "active" }));
  const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
    const definition = getMainDefinition(query);
    return definition.kind === "OperationDefinition" && definition.operation === "subscription";
  };

  const apollo = new ApolloClient({
    link: split(isSubscription, live.link, from([ownWritesLink, expiredSession, auth, http])),
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
  // A new sign-in (or a sign-out) needs a socket with the new token.
  apollo.onClearStore(async () => live.client.terminate());
  return apollo;
}
