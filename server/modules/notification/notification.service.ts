import { In, IsNull, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput } from "../../common/errors.js";
import { pageSize } from "../../common/page-size.js";
import type { Viewer } from "../../common/viewer.js";
import { afterCommit, type Transact } from "../../db/store.js";
import { Role, User } from "../user/user.entity.js";
import { Notification } from "./notification.entity.js";
import type { NotificationEvent } from "./notification-event.js";

/** What happened, for whom: recorded by the service that made it happen, inside its transaction. */
export interface NotificationInput {
  event: NotificationEvent;
  /** Every active coordinator and admin of these organisations gets it. */
  organisationIds: string[];
  /** And these users, whatever their role. */
  userIds?: string[];
  placementId?: string | null;
  claimId?: string | null;
  counterpartOrganisationId?: string | null;
  seats?: number | null;
  dueAt?: Date | null;
  /** Once per user per key: a reminder recorded again for the same due item is skipped. */
  dedupeKey?: string | null;
}

export type NotificationListener = (rows: Notification[]) => void;

/**
 * Who of an organisation's users is told about its events: the active coordinators and admins.
 * The one statement of that rule, as SQL over `"user"` aliased `alias`: `recipients` below uses
 * it, and so does the claim fast path (server/modules/claim/seat-taking.ts), inside its own
 * statements, so both write rows for the same users.
 */
export const organisationRecipient = (alias: string) =>
  `${alias}."active" = TRUE AND ${alias}."role" IN ('${Role.COORDINATOR}', '${Role.ADMIN}')`;

/** One recipient of a notification; `notificationId` when the row's id was made by the store. */
export interface Recipient {
  userId: string;
  organisationId: string;
  notificationId?: string;
}

/** The rows `record` writes for `input`, one per recipient: also what the claim fast path writes. */
export function notificationRows(input: NotificationInput, recipients: readonly Recipient[], now: Date): Notification[] {
  return recipients.map((recipient) =>
    Object.assign(new Notification(), {
      id: recipient.notificationId ?? newId(),
      userId: recipient.userId,
      organisationId: recipient.organisationId,
      event: input.event,
      placementId: input.placementId ?? null,
      claimId: input.claimId ?? null,
      counterpartOrganisationId: input.counterpartOrganisationId ?? null,
      seats: input.seats ?? null,
      dueAt: input.dueAt ?? null,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: now,
      readAt: null,
    }),
  );
}

export const DEFAULT_NOTIFICATION_PAGE = 50;

/**
 * The one record of every notification. Delivery (the list, push over WebSocket, e-mail) reads
 * these rows; nothing is told twice or told about a write that rolled back.
 */
export class NotificationService {
  private readonly listeners = new Set<NotificationListener>();

  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
  ) {}

  /** Listeners hear each committed batch of new rows, in this process only. Returns the unsubscribe. */
  onRecorded(listener: NotificationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes one row per recipient in the caller's transaction; the rows it returns are the ones written. */
  async record(manager: EntityManager, input: NotificationInput): Promise<Notification[]> {
    const recipients = await this.recipients(manager, input);
    if (recipients.length === 0) return [];
    const rows = notificationRows(
      input,
      recipients.map((user) => ({ userId: user.id, organisationId: user.organisationId })),
      new Date(),
    );
    // ON CONFLICT DO NOTHING (PostgreSQL) / INSERT OR IGNORE (SQLite): a second process recording
    // the same reminder at the same moment skips it instead of failing its transaction.
    await manager.createQueryBuilder().insert().into(Notification).values(rows).orIgnore().execute();
    const written = input.dedupeKey ? await manager.findBy(Notification, { id: In(rows.map((row) => row.id)) }) : rows;
    if (written.length) afterCommit(manager, () => this.committed(written));
    return written;
  }

  /**
   * Tells the listeners about committed rows: `record`'s commit hook, and the claim fast path,
   * which inserts its rows in its own statements. Call only after the commit.
   */
  committed(rows: Notification[]): void {
    if (rows.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(rows);
      } catch (error) {
        // A listener's failure must not turn a committed write into an error for its caller.
        process.emitWarning(`a notification listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** The viewer's notifications, newest first; `after` is the id of the previous page's last row. */
  async mine(viewer: Viewer, first = DEFAULT_NOTIFICATION_PAGE, after: string | null = null): Promise<Notification[]> {
    const take = pageSize(first);
    const query = this.reads
      .getRepository(Notification)
      .createQueryBuilder("notification")
      .where("notification.userId = :userId", { userId: viewer.userId });
    if (after != null) {
      const anchor = await this.reads.getRepository(Notification).findOneBy({ id: after, userId: viewer.userId });
      if (!anchor) throw badInput("after", "INVALID_CURSOR", {});
      query.andWhere(
        `("notification"."createdAt", "notification"."id") < (SELECT "anchor"."createdAt", "anchor"."id" FROM "notification" "anchor" WHERE "anchor"."id" = :after)`,
        { after },
      );
    }
    return query.orderBy("notification.createdAt", "DESC").addOrderBy("notification.id", "DESC").take(take).getMany();
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.reads.getRepository(Notification).countBy({ userId: viewer.userId, readAt: IsNull() });
  }

  /**
   * Marks the viewer's own notifications read (all unread ones when `ids` is empty); returns how
   * many changed. Not audited: it is the reader's own inbox state and changes nothing another user sees.
   */
  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    const now = new Date();
    return this.transact(async (manager) => {
      const where = { userId: viewer.userId, readAt: IsNull(), ...(ids?.length ? { id: In(ids) } : {}) };
      const result = await manager.update(Notification, where, { readAt: now });
      return result.affected ?? 0;
    });
  }

  private async recipients(manager: EntityManager, input: NotificationInput): Promise<User[]> {
    const byOrganisation = input.organisationIds.length
      ? await manager
          .getRepository(User)
          .createQueryBuilder("user")
          .where(`"user"."organisationId" IN (:...organisationIds)`, { organisationIds: input.organisationIds })
          .andWhere(organisationRecipient(`"user"`))
          .getMany()
      : [];
    const named = input.userIds?.length ? await manager.findBy(User, { id: In(input.userIds), active: true }) : [];
    const unique = new Map([...byOrganisation, ...named].map((user) => [user.id, user]));
    return [...unique.values()];
  }
}
