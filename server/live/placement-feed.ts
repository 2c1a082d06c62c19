import { In } from "typeorm";
import type { Logger } from "../common/logger.js";
import type { Viewer } from "../common/viewer.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { Placement } from "../modules/placement/placement.entity.js";
import { visiblePlacements } from "../modules/placement/placement.visibility.js";
import type { Services } from "../services.js";
import { Inbox } from "./inbox.js";
import type { LiveMessage } from "./live-bus.js";

interface Subscriber {
  viewer: Viewer;
  inbox: Inbox<Placement>;
}

/**
 * This process's `placementUpdated` subscribers. For each message from the bus it reads the
 * changed placements once, asks the visibility rule (placement.visibility.ts, the one the queries
 * use) once per organisation that has subscribers here, and gives each subscriber only what its
 * organisation may see. Messages are handled one at a time, in the order they arrive.
 */
export class PlacementFeed {
  private readonly subscribers = new Set<Subscriber>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly services: Services,
    private readonly logger: Logger,
  ) {}

  get size(): number {
    return this.subscribers.size;
  }

  subscribe(viewer: Viewer): Inbox<Placement> {
    const subscriber: Subscriber = { viewer, inbox: new Inbox<Placement>(() => this.subscribers.delete(subscriber)) };
    this.subscribers.add(subscriber);
    return subscriber.inbox;
  }

  receive(message: LiveMessage): void {
    if (this.subscribers.size === 0) return;
    if (!message.placements?.length && !message.claims?.length && !message.workplaces?.length) return;
    this.queue = this.queue
      .then(() => this.deliver(message))
      .catch((error: unknown) => this.logger.error({ err: error }, "live updates: could not deliver placement changes"));
  }

  /** Resolves when every message received so far has been handled (tests, shutdown). */
  settled(): Promise<void> {
    return this.queue;
  }

  private async deliver(message: LiveMessage): Promise<void> {
    const { reads } = this.services.store;
    const ids = new Set(message.placements ?? []);
    if (message.claims?.length) {
      const claims = await reads.getRepository(Claim).find({ select: { id: true, placementId: true }, where: { id: In(message.claims) } });
      for (const claim of claims) ids.add(claim.placementId);
    }
    if (message.workplaces?.length) {
      const atWorkplaces = await reads
        .getRepository(Placement)
        .find({ select: { id: true }, where: { workplaceId: In(message.workplaces) } });
      for (const placement of atWorkplaces) ids.add(placement.id);
    }
    if (ids.size === 0 || this.subscribers.size === 0) return;
    const placements = await reads.getRepository(Placement).findBy({ id: In([...ids]) });
    if (placements.length === 0) return;
    const found = placements.map((placement) => placement.id);

    const viewerOf = new Map<string, Viewer>();
    for (const { viewer } of this.subscribers) viewerOf.set(viewer.organisationId, viewer);
    const visibleTo = new Map<string, Set<string>>();
    for (const [organisationId, viewer] of viewerOf) {
      const rows = await visiblePlacements(reads, viewer)
        .select("placement.id", "id")
        .andWhere("placement.id IN (:...found)", { found })
        .getRawMany<{ id: string }>();
      visibleTo.set(organisationId, new Set(rows.map((row) => row.id)));
    }
    for (const { viewer, inbox } of this.subscribers) {
      const visible = visibleTo.get(viewer.organisationId);
      if (!visible) continue;
      for (const placement of placements) if (visible.has(placement.id)) inbox.push(placement.id, placement);
    }
  }
}
