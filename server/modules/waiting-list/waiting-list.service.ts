import { In, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ClaimService } from "../claim/claim.service.js";
import { Participant } from "../participant/participant.entity.js";
import { PlacementStatus } from "../placement/placement-kind.js";
import { Placement } from "../placement/placement.entity.js";
import { visiblePlacements } from "../placement/placement.visibility.js";
import { swedishToday } from "../workplace/supervisor-training.js";
import { WaitingListEntry, WaitingListStatus } from "./waiting-list-entry.entity.js";
import type { JoinWaitingListInput } from "./waiting-list.input.js";

const SYSTEM = { viewer: null, ip: null };

/**
 * The queue of a full placement. Joining and leaving live here; giving freed seats to the first in
 * line is ClaimService.offerFreedSeats, called in the same transaction as whatever freed them.
 */
export class WaitingListService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly claims: ClaimService,
  ) {}

  async join(actor: Actor, input: JoinWaitingListInput): Promise<WaitingListEntry> {
    const { viewer } = actor;
    const placement = await visiblePlacements(this.reads, viewer).andWhere("placement.id = :id", { id: input.placementId }).getOne();
    if (!placement) throw notFound("Placement", "input.placementId");
    if (placement.endDate && placement.endDate < swedishToday()) {
      throw refusal("PLACEMENT_ENDED", { placementEnd: placement.endDate }, { field: "input.placementId" });
    }
    if (placement.status !== PlacementStatus.OPEN && placement.status !== PlacementStatus.PAUSED) {
      throw refusal("PLACEMENT_NOT_OPEN", { status: placement.status });
    }
    if (input.seats > placement.capacity) throw badInput("input.seats", "SEATS_OVER_CAPACITY", { capacity: placement.capacity });
    if (input.participantId) {
      const participant = await this.reads.findOneBy(Participant, { id: input.participantId, organisationId: viewer.organisationId });
      if (!participant) throw notFound("Participant", "input.participantId");
      if (participant.archivedAt) throw refusal("PARTICIPANT_ARCHIVED", {}, { field: "input.participantId" });
    }
    return this.transact(async (manager) => {
      const current = await manager.findOneByOrFail(Placement, { id: placement.id });
      const waiting = await manager.countBy(WaitingListEntry, { placementId: placement.id, status: WaitingListStatus.WAITING });
      // With nobody in line and enough seats free, a claim is the way in, not the queue.
      if (waiting === 0 && current.status === PlacementStatus.OPEN && current.freeSeats >= input.seats) {
        throw refusal("PLACEMENT_HAS_FREE_SEATS", { freeSeats: current.freeSeats });
      }
      if (
        input.participantId &&
        (await manager.existsBy(WaitingListEntry, {
          placementId: placement.id,
          participantId: input.participantId,
          status: WaitingListStatus.WAITING,
        }))
      ) {
        throw refusal("ALREADY_IN_QUEUE", {});
      }
      const entry = manager.create(WaitingListEntry, {
        id: newId(),
        placementId: placement.id,
        organisationId: viewer.organisationId,
        createdById: viewer.userId,
        participantId: input.participantId ?? null,
        seats: input.seats,
        status: WaitingListStatus.WAITING,
        claimId: null,
        createdAt: new Date(),
        endedAt: null,
      });
      await manager.insert(WaitingListEntry, entry);
      await this.audit.record(manager, actor, { action: "joinWaitingList", entity: "WaitingListEntry", entityId: entry.id });
      return entry;
    }).then((entry) => this.withPositions([entry]).then(([one]) => one));
  }

  async leave(actor: Actor, id: string): Promise<WaitingListEntry> {
    const entry = await this.reads.findOneBy(WaitingListEntry, { id, organisationId: actor.viewer.organisationId });
    if (!entry) throw notFound("WaitingListEntry", "id");
    const left = await this.transact(async (manager) => {
      const result = await manager.update(
        WaitingListEntry,
        { id, status: WaitingListStatus.WAITING },
        { status: WaitingListStatus.LEFT, endedAt: new Date() },
      );
      if (result.affected === 0) return null;
      await this.audit.record(manager, actor, { action: "leaveWaitingList", entity: "WaitingListEntry", entityId: id });
      // The one who left may have blocked a smaller request behind it.
      await this.claims.offerFreedSeats(manager, entry.placementId);
      return manager.findOneByOrFail(WaitingListEntry, { id });
    });
    if (!left) {
      const current = await this.reads.findOneByOrFail(WaitingListEntry, { id });
      throw refusal("WAITING_LIST_ENTRY_CLOSED", { status: current.status });
    }
    return left;
  }

  /** The viewer's organisation's places in line: waiting ones first (by position), then the rest, newest first. */
  async ours(viewer: Viewer, includeEnded = false): Promise<WaitingListEntry[]> {
    const entries = await this.reads.find(WaitingListEntry, {
      where: {
        organisationId: viewer.organisationId,
        ...(includeEnded ? {} : { status: In([WaitingListStatus.WAITING, WaitingListStatus.OFFERED]) }),
      },
      order: { createdAt: "DESC", id: "DESC" },
      take: 200,
    });
    return this.withPositions(entries);
  }

  /** Entries waiting for the viewer's organisation's placement (the owner's view of its queue), in line order. */
  async onOurPlacement(viewer: Viewer, placementId: string): Promise<WaitingListEntry[]> {
    const placement = await this.reads.findOneBy(Placement, { id: placementId, organisationId: viewer.organisationId });
    if (!placement) throw notFound("Placement", "placementId");
    const entries = await this.reads.find(WaitingListEntry, {
      where: { placementId, status: WaitingListStatus.WAITING },
      order: { createdAt: "ASC", id: "ASC" },
      take: 200,
    });
    return entries.map((entry, index) => Object.assign(entry, { position: index + 1 }));
  }

  /** Ends the waiting entries of a placement that closed or ended, in the caller's transaction. */
  async expireForPlacement(manager: EntityManager, placementId: string): Promise<number> {
    const result = await manager.update(
      WaitingListEntry,
      { placementId, status: WaitingListStatus.WAITING },
      { status: WaitingListStatus.EXPIRED, endedAt: new Date() },
    );
    if (result.affected) {
      await this.audit.record(manager, SYSTEM, { action: "expireWaitingList", entity: "Placement", entityId: placementId });
    }
    return result.affected ?? 0;
  }

  /** Ends the entries of placements whose end date has passed (the hold sweeper calls it). */
  async expireEnded(today = swedishToday()): Promise<number> {
    const ended: { placementId: string }[] = await this.reads
      .getRepository(WaitingListEntry)
      .createQueryBuilder("entry")
      .select("DISTINCT entry.placementId", "placementId")
      .innerJoin(Placement, "placement", "placement.id = entry.placementId")
      .where("entry.status = :waiting", { waiting: WaitingListStatus.WAITING })
      .andWhere("placement.endDate < :today", { today })
      .limit(100)
      .getRawMany();
    if (!ended.length) return 0;
    return this.transact(async (manager) => {
      let count = 0;
      for (const { placementId } of ended) count += await this.expireForPlacement(manager, placementId);
      return count;
    });
  }

  /** Sets `position` (1 = first in line) on the WAITING entries among `entries`. */
  private async withPositions(entries: WaitingListEntry[]): Promise<WaitingListEntry[]> {
    const placementIds = [...new Set(entries.filter((e) => e.status === WaitingListStatus.WAITING).map((e) => e.placementId))];
    if (!placementIds.length) return entries;
    const line = await this.reads.find(WaitingListEntry, {
      where: { placementId: In(placementIds), status: WaitingListStatus.WAITING },
      select: { id: true, placementId: true, createdAt: true },
      order: { createdAt: "ASC", id: "ASC" },
    });
    const positions = new Map<string, number>();
    const counters = new Map<string, number>();
    for (const row of line) {
      const next = (counters.get(row.placementId) ?? 0) + 1;
      counters.set(row.placementId, next);
      positions.set(row.id, next);
    }
    for (const entry of entries) entry.position = positions.get(entry.id) ?? null;
    return entries;
  }
}
