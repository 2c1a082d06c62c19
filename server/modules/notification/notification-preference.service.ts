import type { EntityManager } from "typeorm";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { NotificationDelivery } from "./notification-delivery.js";
import { NotificationEvent } from "./notification-event.js";
import { NotificationPreference } from "./notification-preference.entity.js";
import type { SetNotificationPreferenceInput } from "./saved-search.input.js";

/** Each user's e-mail choice per event; an event without a row is e-mailed at once. */
export class NotificationPreferenceService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  /** One entry per event, in the enum's order, with the default filled in. */
  async mine(viewer: Viewer): Promise<NotificationPreference[]> {
    const rows = await this.reads.getRepository(NotificationPreference).findBy({ userId: viewer.userId });
    const chosen = new Map(rows.map((row) => [row.event, row.delivery]));
    return Object.values(NotificationEvent).map((event) =>
      Object.assign(new NotificationPreference(), {
        userId: viewer.userId,
        event,
        delivery: chosen.get(event) ?? NotificationDelivery.IMMEDIATE,
      }),
    );
  }

  async set(actor: Actor, input: SetNotificationPreferenceInput): Promise<NotificationPreference> {
    const row = Object.assign(new NotificationPreference(), { userId: actor.viewer.userId, event: input.event, delivery: input.delivery });
    await this.transact(async (manager) => {
      await manager.upsert(NotificationPreference, row, ["userId", "event"]);
      await this.audit.record(manager, actor, {
        action: "setNotificationPreference",
        entity: "NotificationPreference",
        entityId: actor.viewer.userId,
      });
    });
    return row;
  }
}
