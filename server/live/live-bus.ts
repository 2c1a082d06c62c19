import pg from "pg";
import type { Logger } from "../common/logger.js";
import type { Store } from "../db/store.js";

/**
 * What changed, as ids only: each process that receives it reads the rows again and decides per
 * subscriber what it may see, so nothing private ever travels on the bus.
 */
export interface LiveMessage {
  /** Placements whose seats, status or details changed, or that were posted. */
  placements?: string[];
  /** Claims that were made or moved (their placements changed seats or status). */
  claims?: string[];
  /** Workplaces whose details changed (their placements show them). */
  workplaces?: string[];
  /** Users whose sessions, role or account changed: their sockets are checked again. */
  users?: string[];
  /** Users who have new notifications. */
  notifications?: string[];
}

export type LiveListener = (message: LiveMessage) => void;

/**
 * Carries committed changes to every server process on the store. Publish only after commit
 * (server/db/store.ts `afterCommit`), so what a subscriber is told is what the store holds.
 */
export interface LiveBus {
  readonly kind: "memory" | "postgres";
  publish(message: LiveMessage): void;
  /** Returns the function that stops listening. */
  listen(listener: LiveListener): () => void;
  close(): Promise<void>;
}

/** The NOTIFY channel; per database, so stores never hear each other. */
export const LIVE_CHANNEL = "praktikpool_live";

/** NOTIFY payloads must stay under 8,000 bytes: ids go in chunks of this many (36-character uuids). */
const IDS_PER_NOTIFY = 100;

const KEYS = ["placements", "claims", "workplaces", "users", "notifications"] as const;

/** Splits a message so that no part carries more than IDS_PER_NOTIFY ids. */
export function chunkMessage(message: LiveMessage): LiveMessage[] {
  const parts: LiveMessage[] = [];
  let current: LiveMessage = {};
  let size = 0;
  for (const key of KEYS) {
    for (const id of new Set(message[key] ?? [])) {
      if (size === IDS_PER_NOTIFY) {
        parts.push(current);
        current = {};
        size = 0;
      }
      (current[key] ??= []).push(id);
      size++;
    }
  }
  if (size > 0) parts.push(current);
  return parts;
}

function parseMessage(payload: string | undefined): LiveMessage | null {
  try {
    const value = JSON.parse(payload ?? "") as Record<string, unknown>;
    const message: LiveMessage = {};
    for (const key of KEYS) {
      const ids = value[key];
      if (Array.isArray(ids)) message[key] = ids.filter((id): id is string => typeof id === "string");
    }
    return message;
  } catch {
    return null;
  }
}

/** Opens the store's bus: PostgreSQL LISTEN/NOTIFY across processes, or in memory for SQLite's one process. */
export async function openLiveBus(store: Store, logger: Logger): Promise<LiveBus> {
  if (store.kind === "postgres") {
    const url = (store.writer.options as { url?: string }).url;
    return postgresBus(url!, logger);
  }
  return memoryBus();
}

function fanOut(listeners: Set<LiveListener>, message: LiveMessage, logger?: Logger) {
  for (const listener of listeners) {
    try {
      listener(message);
    } catch (error) {
      logger?.error({ err: error }, "live listener failed");
    }
  }
}

/** SQLite: one process holds every subscriber, so publishing is a call (on the next tick, after the writer's turn). */
function memoryBus(): LiveBus {
  const listeners = new Set<LiveListener>();
  return {
    kind: "memory",
    publish(message) {
      setImmediate(() => fanOut(listeners, message));
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}

/**
 * PostgreSQL: one dedicated connection per process LISTENs (it is not part of the pool, so a busy
 * pool never delays delivery) and also sends the NOTIFYs. Every process, the sender included,
 * hears each message once. If the connection drops it reconnects with backoff; messages sent
 * meanwhile are missed, which the clients cover by refetching when their own socket reconnects.
 */
async function postgresBus(url: string, logger: Logger): Promise<LiveBus> {
  const listeners = new Set<LiveListener>();
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: "praktikpool-live" });
    next.on("notification", (notification) => {
      if (notification.channel !== LIVE_CHANNEL) return;
      const message = parseMessage(notification.payload);
      if (message) fanOut(listeners, message, logger);
    });
    next.on("error", (error) => {
      logger.warn({ err: error }, "live updates: the LISTEN connection failed; reconnecting");
      if (client === next) client = null;
      next.end().catch(() => undefined);
      schedule();
    });
    await next.connect();
    await next.query(`LISTEN ${LIVE_CHANNEL}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    failures = 0;
  };
  const schedule = () => {
    if (closed || retry) return;
    const delay = Math.min(30_000, 250 * 2 ** failures++);
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((error: unknown) => {
        logger.warn({ err: error }, "live updates: reconnecting the LISTEN connection failed");
        schedule();
      });
    }, delay);
    retry.unref();
  };

  // One NOTIFY at a time on the connection, in order: pg queues overlapping queries on one client
  // itself today, but warns that this is deprecated (pg 9 drops it).
  let sending: Promise<void> = Promise.resolve();
  await connect();
  return {
    kind: "postgres",
    publish(message) {
      const target = client;
      if (!target) return;
      const parts = chunkMessage(message).map((part) => JSON.stringify(part));
      sending = sending.then(async () => {
        for (const part of parts) {
          await target.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, part]).catch((error: unknown) => {
            logger.warn({ err: error }, "live updates: NOTIFY failed");
          });
        }
      });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      listeners.clear();
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
