import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from, split } from "@apollo/client/core";
import { onError } from "@apollo/client/link/error";
import { Observable, getMainDefinition, relayStylePagination, type ObservableSubscription } from "@apollo/client/utilities";
import { currentToken } from "./composables/useSession";
import type { LiveLink } from "./live-link";
import { ownWritesLink } from "./own-writes";

/** Waits before the next attempt to open the socket: 1 s, 2 s, 4 s … up to 30 s, with jitter so tabs do not reconnect in step. */
export const reconnectDelay = (retries: number) => Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2);

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
  // The WebSocket's client (graphql-ws) is a chunk of its own, fetched when the first subscription
  // starts: the board renders from HTTP and does not wait for it.
  let live: Promise<LiveLink> | undefined;
  const openLive = () =>
    (live ??= import("./live-link").then(
      (module) => module.liveLink(() => void apollo.refetchQueries({ include: "active" })),
      (error: unknown) => {
        live = undefined;
        throw error;
      },
    ));
  const liveLazily = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        let subscription: ObservableSubscription | undefined;
        let closed = false;
        openLive().then(
          ({ link }) => {
            if (!closed) subscription = link.request(operation)?.subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
  const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
    const definition = getMainDefinition(query);
    return definition.kind === "OperationDefinition" && definition.operation === "subscription";
  };

  const apollo = new ApolloClient({
    link: split(isSubscription, liveLazily, from([ownWritesLink, expiredSession, auth, http])),
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
  apollo.onClearStore(async () => {
    if (live) (await live.catch(() => undefined))?.client.terminate();
  });
  return apollo;
}
