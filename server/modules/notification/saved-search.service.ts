import { In, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { notFound, refusal } from "../../common/errors.js";
import type { Logger } from "../../common/logger.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditEntry } from "../audit/audit-entry.entity.js";
import type { AuditService } from "../audit/audit.service.js";
import type { BoardFilter } from "../placement/board.args.js";
import { Placement } from "../placement/placement.entity.js";
import type { PlacementService } from "../placement/placement.service.js";
import { Role, User } from "../user/user.entity.js";
import { NotificationEvent } from "./notification-event.js";
import type { NotificationService } from "./notification.service.js";
import { SavedSearch } from "./saved-search.entity.js";
import { MAX_SAVED_SEARCHES, type SaveSearchInput } from "./saved-search.input.js";

/** Audit actions that make a placement newly visible on the board: posted, imported, or a draft published. */
const NEWLY_POSTED = new Set(["postPlacement", "importPlacement", "reopenPlacement"]);

/**
 * Saved board searches (bevakningar). When a placement is newly posted, every saved search whose
 * board — the same visibility rule and filter as `board` — would show it to its owner records a
 * SAVED_SEARCH_MATCH notification, once per search and placement (the dedupe key), in the process
 * that posted it, after the posting committed. Own organisation's placements are not announced.
 */
export class SavedSearchService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly placements: PlacementService,
    private readonly notifications: NotificationService,
    private readonly logger?: Logger,
  ) {}

  mine(viewer: Viewer): Promise<SavedSearch[]> {
    return this.reads.getRepository(SavedSearch).find({ where: { userId: viewer.userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  async save(actor: Actor, input: SaveSearchInput): Promise<SavedSearch> {
    const { viewer } = actor;
    return this.transact(async (manager) => {
      const count = await manager.countBy(SavedSearch, { userId: viewer.userId });
      if (count >= MAX_SAVED_SEARCHES) throw refusal("TOO_MANY_SAVED_SEARCHES", { max: MAX_SAVED_SEARCHES });
      const search = manager.create(SavedSearch, {
        id: newId(),
        userId: viewer.userId,
        organisationId: viewer.organisationId,
        name: input.name.trim(),
        filterJson: JSON.stringify(cleanFilter(input.filter ?? {})),
        createdAt: new Date(),
      });
      await manager.insert(SavedSearch, search);
      await this.audit.record(manager, actor, { action: "saveSearch", entity: "SavedSearch", entityId: search.id });
      return search;
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    return this.transact(async (manager) => {
      // Any coordinator of the organisation may tidy its saved searches; other organisations' are not found.
      const result = await manager.delete(SavedSearch, { id, organisationId: actor.viewer.organisationId });
      if (!result.affected) throw notFound("SavedSearch", "id");
      await this.audit.record(manager, actor, { action: "deleteSavedSearch", entity: "SavedSearch", entityId: id });
      return true;
    });
  }

  /** Audit listener: looks for newly posted placements in a committed transaction's entries. */
  committed(entries: readonly AuditEntry[]): void {
    const ids = entries
      .filter((entry) => NEWLY_POSTED.has(entry.action) && entry.entity === "Placement" && entry.entityId)
      .map((entry) => entry.entityId!);
    if (ids.length === 0) return;
    this.notifyMatches([...new Set(ids)]).catch((error: unknown) =>
      this.logger?.error({ err: error }, "saved searches: could not notify matches"),
    );
  }

  /** Records a SAVED_SEARCH_MATCH for every saved search that would show one of these placements; returns how many. */
  async notifyMatches(placementIds: string[]): Promise<number> {
    const searches = await this.reads.getRepository(SavedSearch).find();
    if (searches.length === 0) return 0;
    const owners = new Map(
      (await this.reads.getRepository(User).findBy({ id: In([...new Set(searches.map((search) => search.userId))]), active: true })).map(
        (user) => [user.id, user],
      ),
    );
    const placements = new Map(
      (await this.reads.getRepository(Placement).find({ select: { id: true, organisationId: true }, where: { id: In(placementIds) } })).map(
        (placement) => [placement.id, placement],
      ),
    );
    const matches: Array<{ search: SavedSearch; placement: Placement }> = [];
    for (const search of searches) {
      const owner = owners.get(search.userId);
      if (!owner || owner.role === Role.VIEWER) continue;
      const viewer: Viewer = { userId: owner.id, organisationId: owner.organisationId, role: owner.role };
      const others = placementIds.filter((id) => placements.get(id) && placements.get(id)!.organisationId !== owner.organisationId);
      for (const id of await this.placements.matchingIds(viewer, search.filter, others))
        matches.push({ search, placement: placements.get(id)! });
    }
    if (matches.length === 0) return 0;
    await this.transact(async (manager) => {
      for (const { search, placement } of matches) {
        await this.notifications.record(manager, {
          event: NotificationEvent.SAVED_SEARCH_MATCH,
          organisationIds: [],
          userIds: [search.userId],
          placementId: placement.id,
          counterpartOrganisationId: placement.organisationId,
          dedupeKey: `saved-search:${search.id}:${placement.id}`,
        });
      }
    });
    return matches.length;
  }
}

/** Keeps only the filter's conditions (no pagination, no cursor), without empty values. */
function cleanFilter(filter: BoardFilter): BoardFilter {
  const entries = Object.entries(filter).filter(
    ([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
  );
  return Object.fromEntries(entries) as BoardFilter;
}
