import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient, type Client } from "graphql-ws";
import { reconnectDelay } from "./apollo";
import { setLiveStatus } from "./composables/useLiveStatus";
import { currentToken } from "./composables/useSession";

export interface LiveLink {
  link: GraphQLWsLink;
  client: Client;
}

/**
 * The WebSocket for subscriptions (graphql-ws on /graphql, same origin). It opens when the first
 * subscription starts, carries the session's token in connectionParams, and reconnects with
 * backoff while someone is signed in. After a reconnect the active queries refetch, since
 * changes made while it was closed were not sent.
 */
export function liveLink(onReconnected: () => void): LiveLink {
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
