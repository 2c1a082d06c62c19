import { In } from "typeorm";
import type { Logger } from "../common/logger.js";
import type { Viewer } from "../common/viewer.js";
import { Notification } from "../modules/notification/notification.entity.js";
import type { Services } from "../services.js";
import { Inbox } from "./inbox.js";
import type { LiveMessage } from "./live-bus.js";

/** This process's `notificationReceived` subscribers: each gets its own user's new rows, nobody else's. */
export class NotificationFeed {
  private readonly byUser = new Map<string, Set<Inbox<Notification>>>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly services: Services,
    private readonly logger: Logger,
  ) {}

  subscribe(viewer: Viewer): Inbox<Notification> {
    let set = this.byUser.get(viewer.userId);
    if (!set) this.byUser.set(viewer.userId, (set = new Set()));
    const inbox: Inbox<Notification> = new Inbox(() => {
      set.delete(inbox);
      if (set.size === 0) this.byUser.delete(viewer.userId);
    });
    set.add(inbox);
    return inbox;
  }

  receive(message: LiveMessage): void {
    if (this.byUser.size === 0 || !message.notifications?.length) return;
    const ids = message.notifications;
    this.queue = this.queue
      .then(() => this.deliver(ids))
      .catch((error: unknown) => this.logger.error({ err: error }, "live updates: could not deliver notifications"));
  }

  private async deliver(ids: string[]): Promise<void> {
    const rows = await this.services.store.reads.getRepository(Notification).findBy({ id: In(ids) });
    for (const row of rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
      for (const inbox of this.byUser.get(row.userId) ?? []) inbox.push(row.id, row);
    }
  }
}
