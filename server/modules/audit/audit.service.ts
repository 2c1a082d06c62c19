import { Brackets, type EntityManager } from "typeorm";
import { badInput } from "../../common/errors.js";
import { newId } from "../../common/columns.js";
import { pageSize } from "../../common/page-size.js";
import { decodeCursor, encodeCursor } from "../../common/pagination.js";
import { checkText } from "../../common/validation.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import { AUDIT_ACTION_MAX, AUDIT_ENTITY_MAX } from "./audit.args.js";
import { AuditEntry } from "./audit-entry.entity.js";

export interface AuditEvent {
  action: string;
  entity?: string;
  entityId?: string | null;
  /** The organisation the event concerns when there is no signed-in viewer (e.g. a failed sign-in to a known account). */
  organisationId?: string | null;
}

/** The largest page of the audit log one request may read. */
export const MAX_AUDIT_PAGE = 1000;

/** Who did what, from where. `ip` comes from the request; services only name the event. */
export interface AuditActor {
  viewer: Viewer | null;
  ip: string | null;
}

/** What the audit log is filtered by (AuditLogFilter on the API, query parameters of the export). */
export interface AuditFilter {
  userId?: string | null;
  action?: string | null;
  entity?: string | null;
  entityId?: string | null;
  from?: Date | null;
  until?: Date | null;
}

/** Where a page of the log starts: after the entry this cursor names (newest first). */
export const auditCursor = (entry: AuditEntry) => encodeCursor([entry.at.toISOString(), entry.id]);

/**
 * Writes audit entries. The log is append-only: the store refuses UPDATE and DELETE on it
 * (migration 1764160000000-audit-append-only). Callers pass the transaction's manager so the entry commits or rolls
 * back together with the change it records.
 */
export class AuditService {
  constructor(private readonly reads: EntityManager) {}

  /**
   * The actor's organisation's entries, newest first, matching `filter`, after the entry `after`
   * names. `first` is 1–1000 and refused outside that, as are a malformed cursor and a period that
   * ends before it starts.
   */
  entries(actor: Actor, first: number, filter: AuditFilter = {}, after: string | null = null): Promise<AuditEntry[]> {
    pageSize(first, MAX_AUDIT_PAGE);
    checkText("filter.action", filter.action, { max: AUDIT_ACTION_MAX, optional: true });
    checkText("filter.entity", filter.entity, { max: AUDIT_ENTITY_MAX, optional: true });
    if (filter.from && filter.until && filter.until.getTime() < filter.from.getTime())
      throw badInput("filter.until", "END_BEFORE_START", {});
    const position = after === null ? null : decodeCursor(after, "timestamp");
    const query = this.reads
      .getRepository(AuditEntry)
      .createQueryBuilder("entry")
      .where("entry.organisationId = :organisationId", { organisationId: actor.viewer.organisationId });
    if (filter.userId) query.andWhere("entry.userId = :userId", { userId: filter.userId });
    if (filter.action) query.andWhere("entry.action = :action", { action: filter.action });
    if (filter.entity) query.andWhere("entry.entity = :entity", { entity: filter.entity });
    if (filter.entityId) query.andWhere("entry.entityId = :entityId", { entityId: filter.entityId });
    if (filter.from) query.andWhere("entry.at >= :from", { from: filter.from });
    if (filter.until) query.andWhere("entry.at < :until", { until: filter.until });
    if (position) {
      const [at, id] = [new Date(position[0]), position[1]];
      // Entries written in one transaction share their instant, so the id breaks the tie.
      query.andWhere(new Brackets((where) => where.where("entry.at < :at", { at }).orWhere("entry.at = :at AND entry.id < :id", { id })));
    }
    return query.orderBy("entry.at", "DESC").addOrderBy("entry.id", "DESC").take(first).getMany();
  }

  /** The actions that occur in the actor's organisation's log, for choosing a filter. */
  async actions(actor: Actor): Promise<string[]> {
    const rows = await this.reads
      .getRepository(AuditEntry)
      .createQueryBuilder("entry")
      .select("DISTINCT entry.action", "action")
      .where("entry.organisationId = :organisationId", { organisationId: actor.viewer.organisationId })
      .orderBy("action", "ASC")
      .getRawMany<{ action: string }>();
    return rows.map((row) => row.action);
  }

  /**
   * The row `record` would insert for one event, for a hot path that writes it with its own
   * statement in the same transaction as the change (claimSeat's seat-taking step).
   */
  entryFor(actor: AuditActor, event: AuditEvent, at: Date): AuditEntry {
    return Object.assign(new AuditEntry(), {
      id: newId(),
      at,
      userId: actor.viewer?.userId ?? null,
      organisationId: actor.viewer?.organisationId ?? event.organisationId ?? null,
      action: event.action,
      entity: event.entity ?? null,
      entityId: event.entityId ?? null,
      ip: actor.ip?.slice(0, 64) ?? null,
    });
  }

  /** Returns the new entries' ids, in the order of `events` (an entry may refer to another, e.g. a sign-in's outcome to its attempt). */
  async record(manager: EntityManager, actor: AuditActor, events: AuditEvent | AuditEvent[]): Promise<string[]> {
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return [];
    const at = new Date();
    const entries = list.map((event) =>
      manager.create(AuditEntry, {
        id: newId(),
        at,
        userId: actor.viewer?.userId ?? null,
        organisationId: actor.viewer?.organisationId ?? event.organisationId ?? null,
        action: event.action,
        entity: event.entity ?? null,
        entityId: event.entityId ?? null,
        ip: actor.ip?.slice(0, 64) ?? null,
      }),
    );
    await manager.insert(AuditEntry, entries);
    return entries.map((entry) => entry.id);
  }
}
