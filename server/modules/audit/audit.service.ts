import type { EntityManager } from "typeorm";
import { badInput } from "../../common/errors.js";
import { newId } from "../../common/columns.js";
import type { Actor, Viewer } from "../../common/viewer.js";
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

/**
 * Writes audit entries. The log is append-only: the store refuses UPDATE and DELETE on it
 * (migration 1764160000000-audit-append-only). Callers pass the transaction's manager so the entry commits or rolls
 * back together with the change it records.
 */
export class AuditService {
  constructor(private readonly reads: EntityManager) {}

  /** The actor's organisation's entries, newest first; `first` is 1–1000 and refused outside that. */
  entries(actor: Actor, first: number): Promise<AuditEntry[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE)
      throw badInput("first", "PAGE_SIZE_OUT_OF_RANGE", { min: 1, max: MAX_AUDIT_PAGE });
    return this.reads.getRepository(AuditEntry).find({
      where: { organisationId: actor.viewer.organisationId },
      order: { at: "DESC" },
      take: first,
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
