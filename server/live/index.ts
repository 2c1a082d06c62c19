import type { GraphQLSchema, ValidationRule } from "graphql";
import type { Logger } from "../common/logger.js";
import type { LiveLimits, RequestLimits } from "../config.js";
import type { Store } from "../db/store.js";
import type { Services } from "../services.js";
import { openLiveBus } from "./live-bus.js";
import { liveMessageOf } from "./live-events.js";
import { liveSockets } from "./live-socket.js";
import { NotificationFeed } from "./notification-feed.js";
import { PlacementFeed } from "./placement-feed.js";

export interface LiveUpdatesDeps {
  store: Store;
  services: Services;
  schema: GraphQLSchema;
  limits: RequestLimits;
  liveLimits: LiveLimits;
  validationRules: ValidationRule[];
  hideSuggestions: boolean;
  logger: Logger;
}

/**
 * Live updates for one server process: every committed write is announced on the store's bus
 * (PostgreSQL LISTEN/NOTIFY across processes, in memory on SQLite) as ids; every process hears
 * it and tells its own subscribers what they may see. `attach` adds the WebSocket to an HTTP server.
 */
export async function createLiveUpdates(deps: LiveUpdatesDeps) {
  const { store, services, logger } = deps;
  const bus = await openLiveBus(store, logger);
  const placements = new PlacementFeed(services, logger);
  const notifications = new NotificationFeed(services, logger);
  const feeds = { placements, notifications };
  const sockets = liveSockets({ ...deps, feeds });
  services.audit.onCommitted((entries) => {
    const message = liveMessageOf(entries);
    if (message) bus.publish(message);
  });
  services.notifications.onRecorded((rows) => bus.publish({ notifications: rows.map((row) => row.id) }));
  bus.listen((message) => {
    placements.receive(message);
    notifications.receive(message);
    if (message.users?.length) {
      sockets.recheck(message.users).catch((error: unknown) => logger.error({ err: error }, "live updates: could not check sockets again"));
    }
  });
  return {
    bus,
    feeds,
    sockets,
    /** Serves subscriptions on this HTTP server's /graphql. */
    attach: sockets.attach,
    /** Closes the sockets (clients reconnect elsewhere) and stops listening. */
    async close() {
      await sockets.close();
      await bus.close();
    },
  };
}

export type LiveUpdates = Awaited<ReturnType<typeof createLiveUpdates>>;
