import { In, LessThanOrEqual, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import { DEFAULT_CLAIM_PAGE, pageSize } from "../../common/page-size.js";
import type { AuditActor, AuditService } from "../audit/audit.service.js";
import { Participant } from "../participant/participant.entity.js";
import { PlacementStatus } from "../placement/placement-kind.js";
import { Placement } from "../placement/placement.entity.js";
import { visiblePlacements } from "../placement/placement.visibility.js";
import { checkDuration } from "../placement/kind-rules.js";
import { Role, roleRank } from "../user/user.entity.js";
import { ClaimAction, ClaimStatus, LIVE_STATUSES } from "./claim-status.js";
import { Claim } from "./claim.entity.js";
import type { ClaimSeatInput } from "./claim.input.js";
import type { SeatTaker } from "./seat-taking.js";

/** Who may move a claim: the organisation that owns the placement, the one that claimed, or either. */
type Party = "owner" | "claimant" | "either";

interface Transition {
  action: string;
  by: Party;
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  reason?: string | null;
}

const isLive = (status: ClaimStatus) => LIVE_STATUSES.includes(status);

/** Every change a viewer may make to a claim: the mutations and `allowedActions` both read this table. */
const claimTransitions = {
  [ClaimAction.CONFIRM]: { action: "confirmClaim", by: "owner", from: [ClaimStatus.HELD], to: ClaimStatus.CONFIRMED },
  [ClaimAction.DECLINE]: { action: "declineClaim", by: "owner", from: [ClaimStatus.HELD, ClaimStatus.CONFIRMED], to: ClaimStatus.DECLINED },
  [ClaimAction.RELEASE]: {
    action: "releaseClaim",
    by: "claimant",
    from: [ClaimStatus.HELD, ClaimStatus.CONFIRMED],
    to: ClaimStatus.RELEASED,
  },
  [ClaimAction.START]: { action: "startClaim", by: "either", from: [ClaimStatus.CONFIRMED], to: ClaimStatus.ACTIVE },
  [ClaimAction.COMPLETE]: { action: "completeClaim", by: "either", from: [ClaimStatus.ACTIVE], to: ClaimStatus.COMPLETED },
  [ClaimAction.END_EARLY]: { action: "endClaimEarly", by: "either", from: [ClaimStatus.ACTIVE], to: ClaimStatus.ENDED_EARLY },
} as const satisfies Record<ClaimAction, Transition>;

const partyAllows = (by: Party, isOwner: boolean, isClaimant: boolean) =>
  ({ owner: isOwner, claimant: isClaimant, either: isOwner || isClaimant })[by];

/**
 * Every rule about claims. The seat invariant — live claims never hold more seats than the
 * placement's capacity — is kept by changing `placement.seatsTaken` only with conditional
 * UPDATEs inside the same transaction as the claim row, so it holds on SQLite (one queued
 * writer) and on PostgreSQL with any number of server processes (row lock on the UPDATE).
 */
export class ClaimService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly options: { holdTtlMinutes: number },
    private readonly takeSeats: SeatTaker,
  ) {}

  async claimSeat(actor: Actor, input: ClaimSeatInput): Promise<Claim> {
    const { viewer } = actor;
    const placement = await visiblePlacements(this.reads, viewer).andWhere("placement.id = :id", { id: input.placementId }).getOne();
    if (!placement) throw notFound("Placement", "input.placementId");
    if (input.participantId) {
      const participant = await this.reads
        .getRepository(Participant)
        .findOneBy({ id: input.participantId, organisationId: viewer.organisationId });
      if (!participant) throw notFound("Participant", "input.participantId");
      if (participant.archivedAt) throw refusal("PARTICIPANT_ARCHIVED", {}, { field: "input.participantId" });
    }
    const requestedStart = input.requestedStart ?? null;
    const requestedEnd = input.requestedEnd ?? null;
    if (requestedStart && requestedEnd && requestedEnd < requestedStart) {
      throw badInput("input.requestedEnd", "END_BEFORE_START", {});
    }
    if (requestedStart && placement.endDate && requestedStart > placement.endDate) {
      throw badInput("input.requestedStart", "START_AFTER_PLACEMENT_END", { placementEnd: placement.endDate });
    }
    if (requestedStart) checkDuration(placement.kind, requestedStart, requestedEnd, "input.requestedEnd");
    if (input.seats > placement.capacity) {
      throw badInput("input.seats", "SEATS_OVER_CAPACITY", { capacity: placement.capacity });
    }

    const now = new Date();
    const claim = Object.assign(new Claim(), {
      id: newId(),
      placementId: placement.id,
      organisationId: viewer.organisationId,
      claimedById: viewer.userId,
      participantId: input.participantId ?? null,
      seats: input.seats,
      status: ClaimStatus.HELD,
      requestedStart,
      requestedEnd,
      reason: null,
      createdAt: now,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + this.options.holdTtlMinutes * 60_000),
      decidedById: null,
    });
    // The common case in one transaction of three statements (one round trip on PostgreSQL).
    const entry = this.audit.entryFor(actor, { action: "claimSeat", entity: "Claim", entityId: claim.id }, now);
    if (await this.takeSeats(claim, entry)) return claim;
    // No seat at the first try: due holds may be in the way; otherwise say why.
    return this.transact(async (manager) => {
      // Holds that ran out but were not swept yet must not keep the seat from this claim.
      await this.expireHolds(manager, { placementId: placement.id }, now);
      const taken = await manager
        .createQueryBuilder()
        .update(Placement)
        .set({ seatsTaken: () => `"seatsTaken" + :seats` })
        .where("id = :id AND status = :open", { id: placement.id, open: PlacementStatus.OPEN })
        .andWhere(`"seatsTaken" + :seats <= "capacity"`)
        .setParameter("seats", input.seats)
        .execute();
      if (taken.affected === 0) {
        const current = await manager.findOneByOrFail(Placement, { id: placement.id });
        if (current.status !== PlacementStatus.OPEN) {
          throw refusal("PLACEMENT_NOT_OPEN", { status: current.status });
        }
        throw refusal("NOT_ENOUGH_FREE_SEATS", { freeSeats: current.freeSeats, requested: input.seats });
      }
      await manager.insert(Claim, claim);
      await this.audit.record(manager, actor, { action: "claimSeat", entity: "Claim", entityId: claim.id });
      return claim;
    });
  }

  confirm(actor: Actor, id: string) {
    return this.transition(actor, id, claimTransitions.CONFIRM);
  }

  decline(actor: Actor, id: string, reason: string | null) {
    return this.transition(actor, id, { ...claimTransitions.DECLINE, reason });
  }

  release(actor: Actor, id: string) {
    return this.transition(actor, id, claimTransitions.RELEASE);
  }

  start(actor: Actor, id: string) {
    return this.transition(actor, id, claimTransitions.START);
  }

  complete(actor: Actor, id: string) {
    return this.transition(actor, id, claimTransitions.COMPLETE);
  }

  endEarly(actor: Actor, id: string, reason: string) {
    return this.transition(actor, id, { ...claimTransitions.END_EARLY, reason });
  }

  /**
   * What the viewer may do with the claim now, by the table the mutations use: a viewer with
   * the VIEWER role does nothing, a hold past its time can no longer be decided.
   */
  allowedActions(viewer: Viewer, claim: Claim, placementOrganisationId: string, now = new Date()): ClaimAction[] {
    if (roleRank[viewer.role] < roleRank[Role.COORDINATOR]) return [];
    if (claim.status === ClaimStatus.HELD && claim.expiresAt && claim.expiresAt <= now) return [];
    const isOwner = placementOrganisationId === viewer.organisationId;
    const isClaimant = claim.organisationId === viewer.organisationId;
    return Object.values(ClaimAction).filter((name) => {
      const transition: Transition = claimTransitions[name];
      return partyAllows(transition.by, isOwner, isClaimant) && transition.from.includes(claim.status);
    });
  }

  /** A claim the viewer's organisation made, or one on its placements; null otherwise. */
  async findVisible(viewer: Viewer, id: string): Promise<Claim | null> {
    const claim = await this.reads.getRepository(Claim).findOneBy({ id });
    if (!claim) return null;
    if (claim.organisationId === viewer.organisationId) return claim;
    const ownsPlacement = await this.reads
      .getRepository(Placement)
      .existsBy({ id: claim.placementId, organisationId: viewer.organisationId });
    return ownsPlacement ? claim : null;
  }

  /** The viewer's organisation's claims, most recently changed first; `first` is 1–100, `after` the previous page's last id. */
  ourClaims(viewer: Viewer, statuses: ClaimStatus[] | null, first = DEFAULT_CLAIM_PAGE, after: string | null = null): Promise<Claim[]> {
    const take = pageSize(first);
    const query = this.reads
      .getRepository(Claim)
      .createQueryBuilder("claim")
      .where("claim.organisationId = :organisationId", { organisationId: viewer.organisationId });
    if (statuses?.length) query.andWhere("claim.status IN (:...statuses)", { statuses });
    return this.page(query, "updatedAt", "DESC", take, after);
  }

  /** Claims of any organisation on the viewer's organisation's placements, most recently changed first. */
  onOurPlacements(
    viewer: Viewer,
    statuses: ClaimStatus[] | null,
    first = DEFAULT_CLAIM_PAGE,
    after: string | null = null,
  ): Promise<Claim[]> {
    const take = pageSize(first);
    const query = this.reads
      .getRepository(Claim)
      .createQueryBuilder("claim")
      .innerJoin(Placement, "placement", "placement.id = claim.placementId")
      .where("placement.organisationId = :organisationId", { organisationId: viewer.organisationId });
    if (statuses?.length) query.andWhere("claim.status IN (:...statuses)", { statuses });
    return this.page(query, "updatedAt", "DESC", take, after);
  }

  /** Holds on the viewer's organisation's placements that wait for a decision, soonest to expire first. */
  awaitingDecision(viewer: Viewer, first = DEFAULT_CLAIM_PAGE, after: string | null = null): Promise<Claim[]> {
    const take = pageSize(first);
    const query = this.reads
      .getRepository(Claim)
      .createQueryBuilder("claim")
      .innerJoin(Placement, "placement", "placement.id = claim.placementId")
      .where("placement.organisationId = :organisationId", { organisationId: viewer.organisationId })
      .andWhere("claim.status = :held", { held: ClaimStatus.HELD })
      .andWhere("claim.expiresAt > :now", { now: new Date() });
    return this.page(query, "expiresAt", "ASC", take, after);
  }

  /**
   * One page of a claim list in (sort, id) order, after the claim `after` when given. The position
   * is compared in SQL against the stored row, so no timestamp makes a round trip through a
   * millisecond JavaScript Date. An `after` that is not in the list is refused.
   */
  private async page(
    query: SelectQueryBuilder<Claim>,
    sort: "updatedAt" | "expiresAt",
    direction: "ASC" | "DESC",
    take: number,
    after: string | null,
  ): Promise<Claim[]> {
    if (after != null) {
      const inList = await query.clone().andWhere("claim.id = :after", { after }).getExists();
      if (!inList) throw badInput("after", "INVALID_CURSOR", {});
      const beyond = direction === "DESC" ? "<" : ">";
      query.andWhere(
        `("claim"."${sort}", "claim"."id") ${beyond} (SELECT "anchor"."${sort}", "anchor"."id" FROM "claim" "anchor" WHERE "anchor"."id" = :after)`,
        { after },
      );
    }
    return query.orderBy(`claim.${sort}`, direction).addOrderBy("claim.id", direction).take(take).getMany();
  }

  /** Declines every hold on a placement that is being closed; runs in the caller's transaction. */
  async declineHeldClaims(manager: EntityManager, actor: Actor, placementId: string, reason: string): Promise<void> {
    const held = await manager.findBy(Claim, { placementId, status: ClaimStatus.HELD });
    for (const claim of held) {
      await this.apply(manager, actor, claim, {
        action: "declineClaim",
        by: "owner",
        from: [ClaimStatus.HELD],
        to: ClaimStatus.DECLINED,
        reason,
      });
    }
  }

  /**
   * Returns the seats of holds whose time ran out. Called by the sweeper on a timer and by
   * claimSeat before it counts seats, so expiry never depends on someone looking.
   */
  async expireDueHolds(now = new Date()): Promise<number> {
    return this.transact((manager) => this.expireHolds(manager, {}, now));
  }

  private async expireHolds(manager: EntityManager, where: { placementId?: string }, now: Date): Promise<number> {
    const due = await manager.find(Claim, {
      where: { ...where, status: ClaimStatus.HELD, expiresAt: LessThanOrEqual(now) },
      take: 1000,
    });
    let expired = 0;
    for (const claim of due) {
      const changed = await this.apply(manager, { viewer: null, ip: null }, claim, {
        action: "expireClaim",
        by: "either",
        from: [ClaimStatus.HELD],
        to: ClaimStatus.EXPIRED,
      });
      if (changed) expired++;
    }
    return expired;
  }

  private async transition(actor: Actor, id: string, transition: Transition): Promise<Claim> {
    const claim = await this.findVisible(actor.viewer, id);
    if (!claim) throw notFound("Claim", "id");
    const placement = await this.reads.getRepository(Placement).findOneByOrFail({ id: claim.placementId });
    const isOwner = placement.organisationId === actor.viewer.organisationId;
    const isClaimant = claim.organisationId === actor.viewer.organisationId;
    if (!partyAllows(transition.by, isOwner, isClaimant)) {
      throw refusal(transition.by === "owner" ? "OWNER_ONLY" : "CLAIMANT_ONLY", {});
    }
    const now = new Date();
    const result = await this.transact(async (manager) => {
      const current = await manager.findOneByOrFail(Claim, { id });
      if (current.status === ClaimStatus.HELD && current.expiresAt && current.expiresAt <= now) {
        await this.expireHolds(manager, { placementId: current.placementId }, now);
        return "expired" as const;
      }
      if (!(await this.apply(manager, actor, current, transition, now))) return current.status;
      return manager.findOneByOrFail(Claim, { id });
    });
    if (result === "expired") throw refusal("HOLD_EXPIRED", {});
    if (!(result instanceof Claim)) {
      throw refusal("CLAIM_STATUS_CHANGED", { status: result, action: transition.action, allowedFrom: transition.from });
    }
    return result;
  }

  /**
   * Moves one claim if it is still in one of `from` (checked in the UPDATE itself), and gives
   * its seats back when it stops being live. Returns whether it moved.
   */
  private async apply(manager: EntityManager, actor: AuditActor, claim: Claim, transition: Transition, now = new Date()) {
    const result = await manager.update(
      Claim,
      { id: claim.id, status: In([...transition.from]) },
      {
        status: transition.to,
        updatedAt: now,
        ...(transition.to === ClaimStatus.HELD ? {} : { expiresAt: null }),
        ...(transition.reason !== undefined ? { reason: transition.reason } : {}),
        ...(actor.viewer && transition.by === "owner" ? { decidedById: actor.viewer.userId } : {}),
      },
    );
    if (result.affected === 0) return false;
    // Every `from` status is live, so a move to a non-live status frees the claim's seats.
    if (!isLive(transition.to)) {
      await manager
        .createQueryBuilder()
        .update(Placement)
        .set({ seatsTaken: () => `"seatsTaken" - :seats` })
        .where("id = :id", { id: claim.placementId })
        .setParameter("seats", claim.seats)
        .execute();
    }
    await this.audit.record(manager, actor, { action: transition.action, entity: "Claim", entityId: claim.id });
    return true;
  }
}
