import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface Closed {
  code: number;
  reason: string;
}

/**
 * A graphql-ws client over a real WebSocket to a test server's /graphql, signed in with `token`
 * (none: no connectionParams). It never retries, so a refusal or a server-side close shows as
 * `closed`.
 */
export function liveClient(httpUrl: string, token: string | null) {
  let resolveClosed!: (closed: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (resolveClosed = resolve));
  let resolveConnected!: () => void;
  const connected = new Promise<void>((resolve) => (resolveConnected = resolve));
  const client: Client = createClient({
    url: httpUrl.replace(/^http/, "ws") + "/graphql",
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: {
      connected: () => resolveConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        resolveClosed({ code, reason });
      },
    },
  });
  return {
    client,
    connected,
    closed,
    subscribe<T = any>(query: string, variables: Record<string, unknown> = {}) {
      return subscription<T>(client, query, variables);
    },
    dispose: () => client.dispose(),
  };
}

export type LiveClient = ReturnType<typeof liveClient>;

/** One subscription's events as they arrive, with a way to wait for one that matches. */
function subscription<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const received: { data?: T; errors?: { message: string; extensions?: Record<string, any> }[] }[] = [];
  const failures: unknown[] = [];
  let completed = false;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        received.push(value as (typeof received)[number]);
        wake();
      },
      error: (error) => {
        failures.push(error);
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    received,
    failures,
    get completed() {
      return completed;
    },
    /** Resolves with the first event (from the start) that `matches`; the test's timeout bounds the wait. */
    waitFor(matches: (event: (typeof received)[number]) => boolean): Promise<(typeof received)[number]> {
      return new Promise((resolve) => {
        const check = () => {
          const found = received.find(matches);
          if (!found) return;
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      });
    },
    /** Resolves once the subscription ended: an error, a completion, or the socket closing. */
    ended(): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (!completed && failures.length === 0) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
    stop,
  };
}

/**
 * Waits until the server has registered a subscription: repeats `touch` (a change the subscriber
 * may see) until the first event matching `matches` arrives. There is no acknowledgement of a
 * subscription in the protocol, and a change made before registration is, rightly, never sent.
 */
export async function untilSubscribed<T>(
  events: { received: { data?: T }[]; waitFor: (matches: (event: { data?: T }) => boolean) => Promise<unknown> },
  matches: (event: { data?: T }) => boolean,
  touch: (attempt: number) => Promise<unknown>,
): Promise<void> {
  let arrived = false;
  const first = events.waitFor(matches).then(() => {
    arrived = true;
  });
  for (let attempt = 0; !arrived; attempt++) {
    await touch(attempt);
    await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
}
