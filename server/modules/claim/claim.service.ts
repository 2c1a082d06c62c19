import { In, IsNull, LessThanOrEqual, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import { tryExclusive } from "../../db/serialise.js";
import { DEFAULT_CLAIM_PAGE, pageSize } from "../../common/page-size.js";
import type { AuditActor, AuditService } from "../audit/audit.service.js";
import { Participant } from "../participant/participant.entity.js";
import { PlacementStatus } from "../placement/placement-kind.js";
import { Placement } from "../placement/placement.entity.js";
import { visiblePlacements } from "../placement/placement.visibility.js";
import { addMonths, checkDuration, daysBetween, periodRule, traineeTypeOf, type PeriodRule } from "../placement/kind-rules.js";
import { unmetRequirements } from "../placement/fit.js";
import type { ConsentService } from "../consent/consent.service.js";
import { NotificationEvent } from "../notification/notification-event.js";
import type { NotificationInput, NotificationService } from "../notification/notification.service.js";
import { WaitingListEntry, WaitingListStatus } from "../waiting-list/waiting-list-entry.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { swedishToday } from "../workplace/supervisor-training.js";
import { ClaimRenewal } from "./claim-renewal.entity.js";
import { Role, roleRank } from "../user/user.entity.js";
import { ClaimAction, ClaimStatus, LIVE_STATUSES, type DeclineCategory } from "./claim-status.js";
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
  declineCategory?: DeclineCategory | null;
}

/** What the renewal rules say about one claim now (Claim.renewal). */
export interface RenewalState {
  rule: PeriodRule;
  currentEnd: string | null;
  capEnd: string | null;
  latest: string | null;
  daysToCap: number | null;
}

/** Days before the cap from which a claim shows a warning (Claim.renewal.nearCap). */
export const CAP_WARNING_DAYS = 30;

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
    private readonly consents: ConsentService,
    private readonly notifications: NotificationService,
  ) {}

  async claimSeat(actor: Actor, input: ClaimSeatInput): Promise<Claim> {
    const { viewer } = actor;
    const placement = await visiblePlacements(this.reads, viewer).andWhere("placement.id = :id", { id: input.placementId }).getOne();
    if (!placement) throw notFound("Placement", "input.placementId");
    let participant: Participant | null = null;
    if (input.participantId) {
      participant = await this.reads
        .getRepository(Participant)
        .findOneBy({ id: input.participantId, organisationId: viewer.organisationId });
      if (!participant) throw notFound("Participant", "input.participantId");
      if (participant.archivedAt) throw refusal("PARTICIPANT_ARCHIVED", {}, { field: "input.participantId" });
    }
    const requestedStart = input.requestedStart ?? null;
    const requestedEnd = input.requestedEnd ?? null;
    await this.checkClaimPeriod(placement, requestedStart, requestedEnd);
    if (input.seats > placement.capacity) {
      throw badInput("input.seats", "SEATS_OVER_CAPACITY", { capacity: placement.capacity });
    }
    const unmet = participant ? unmetRequirements(placement, participant) : [];
    const overrideReason = input.overrideReason?.trim() || null;
    if (unmet.length && !overrideReason) throw badInput("input.overrideReason", "REQUIREMENTS_NOT_MET", { missing: unmet });
    if (input.consent) {
      if (!participant) throw badInput("input.participantId", "VALUE_REQUIRED", {});
      this.consents.check(participant, input.consent, "input.consent");
    }

    const now = new Date();
    const claim = Object.assign(new Claim(), {
      id: newId(),
      placementId: placement.id,
      organisationId: viewer.organisationId,
      claimedById: viewer.userId,
      participantId: participant?.id ?? null,
      seats: input.seats,
      status: ClaimStatus.HELD,
      requestedStart,
      requestedEnd,
      reason: null,
      declineCategory: null,
      overrideReason: unmet.length ? overrideReason : null,
      unmetRequirements: unmet.join(","),
      createdAt: now,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + this.options.holdTtlMinutes * 60_000),
      decidedById: null,
    });
    // A claim on another organisation's placement tells that organisation: the same notice on
    // either path, written in the claim's transaction.
    const notice: NotificationInput | null =
      placement.organisationId === viewer.organisationId
        ? null
        : {
            event: NotificationEvent.CLAIM_ON_OUR_PLACEMENT,
            organisationIds: [placement.organisationId],
            placementId: placement.id,
            claimId: claim.id,
            counterpartOrganisationId: viewer.organisationId,
            seats: claim.seats,
            dueAt: claim.expiresAt,
          };
    // The fast path writes the claim, its audit row and the notice. A claim that must write more in
    // the same transaction — a consent, what the person lacks — takes the one transaction below.
    if (!unmet.length && !input.consent) {
      // The common case in one transaction of a few statements (one round trip on PostgreSQL).
      const entry = this.audit.entryFor(actor, { action: "claimSeat", entity: "Claim", entityId: claim.id }, now);
      const notified = await this.takeSeats(claim, entry, notice);
      if (notified) {
        // Committed: announce it as `record` would have, in its order — live updates
        // (server/live/) and saved searches, then the notifications' push and e-mail.
        this.audit.committed([entry]);
        this.notifications.committed(notified);
        return claim;
      }
    }
    // No seat at the first try (or more to write): due holds may be in the way; otherwise say why.
    return this.transact(async (manager) => {
      // Holds that ran out but were not swept yet must not keep the seat from this claim.
      await this.expireHolds(manager, { placementId: placement.id }, now);
      if (!(await this.takeSeatsIn(manager, placement.id, input.seats))) {
        const current = await manager.findOneByOrFail(Placement, { id: placement.id });
        if (current.status !== PlacementStatus.OPEN) {
          throw refusal("PLACEMENT_NOT_OPEN", { status: current.status });
        }
        throw refusal("NOT_ENOUGH_FREE_SEATS", { freeSeats: current.freeSeats, requested: input.seats });
      }
      await manager.insert(Claim, claim);
      await this.audit.record(manager, actor, { action: "claimSeat", entity: "Claim", entityId: claim.id });
      if (notice) await this.notifications.record(manager, notice);
      if (input.consent && participant) await this.consents.insert(manager, actor, participant, [placement.organisationId], input.consent);
      return claim;
    });
  }

  /**
   * A claim's period under the placement's: no claim on a placement that has ended, and a requested
   * period within the placement's and within its kind's (or trainee variant's) longest period.
   */
  private async checkClaimPeriod(placement: Placement, requestedStart: string | null, requestedEnd: string | null): Promise<void> {
    const today = swedishToday();
    if (placement.endDate && placement.endDate < today) {
      throw refusal("PLACEMENT_ENDED", { placementEnd: placement.endDate }, { field: "input.placementId" });
    }
    if (requestedStart && requestedEnd && requestedEnd < requestedStart) {
      throw badInput("input.requestedEnd", "END_BEFORE_START", {});
    }
    if (requestedStart && placement.endDate && requestedStart > placement.endDate) {
      throw badInput("input.requestedStart", "START_AFTER_PLACEMENT_END", { placementEnd: placement.endDate });
    }
    const period = { placementStart: placement.startDate, placementEnd: placement.endDate };
    if (requestedStart && requestedStart < placement.startDate) throw badInput("input.requestedStart", "OUTSIDE_PLACEMENT_PERIOD", period);
    if (requestedEnd && (requestedEnd < placement.startDate || (placement.endDate && requestedEnd > placement.endDate))) {
      throw badInput("input.requestedEnd", "OUTSIDE_PLACEMENT_PERIOD", period);
    }
    if (requestedStart) {
      const rule = await this.ruleOf(placement);
      checkDuration(placement.kind, requestedStart, requestedEnd, "input.requestedEnd", rule.traineeType);
    }
  }

  /** The period rule of a placement: its kind's, or its trainee variant's by the workplace's sector. */
  async ruleOf(placement: Placement, workplace?: Workplace | null): Promise<PeriodRule> {
    const place = workplace ?? (await this.reads.getRepository(Workplace).findOneBy({ id: placement.workplaceId }));
    return periodRule(placement.kind, traineeTypeOf(placement.kind, place?.sector));
  }

  /**
   * Takes seats on an open placement with a conditional UPDATE — the one way seats are taken, so the
   * seat invariant holds under any concurrency. Returns false when they are not free (or it is not open).
   */
  private async takeSeatsIn(manager: EntityManager, placementId: string, seats: number): Promise<boolean> {
    const taken = await manager
      .createQueryBuilder()
      .update(Placement)
      .set({ seatsTaken: () => `"seatsTaken" + :seats` })
      .where("id = :id AND status = :open", { id: placementId, open: PlacementStatus.OPEN })
      .andWhere(`"seatsTaken" + :seats <= "capacity"`)
      .setParameter("seats", seats)
      .execute();
    return taken.affected !== 0;
  }

  private async insertHeldClaim(
    manager: EntityManager,
    fields: Pick<
      Claim,
      | "placementId"
      | "organisationId"
      | "claimedById"
      | "participantId"
      | "seats"
      | "requestedStart"
      | "requestedEnd"
      | "overrideReason"
      | "unmetRequirements"
    > & { now: Date },
  ): Promise<Claim> {
    const { now, ...rest } = fields;
    const claim = manager.create(Claim, {
      id: newId(),
      ...rest,
      status: ClaimStatus.HELD,
      reason: null,
      declineCategory: null,
      createdAt: now,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + this.options.holdTtlMinutes * 60_000),
      decidedById: null,
    });
    await manager.insert(Claim, claim);
    return claim;
  }

  /** Tells the claiming organisation that the placement's organisation decided (in the decision's transaction). */
  private async recordDecision(manager: EntityManager, claim: Claim): Promise<void> {
    const placement = await manager.findOneByOrFail(Placement, { id: claim.placementId });
    if (placement.organisationId === claim.organisationId) return;
    await this.notifications.record(manager, {
      event: NotificationEvent.CLAIM_DECIDED,
      organisationIds: [claim.organisationId],
      userIds: [claim.claimedById],
      placementId: placement.id,
      claimId: claim.id,
      counterpartOrganisationId: placement.organisationId,
      seats: claim.seats,
    });
  }

  /**
   * Gives freed seats to the first entries in the placement's queue as HELD claims of their
   * organisations, in the caller's transaction (the one that freed them). Strictly in line: when
   * the first entry asks for more seats than are free, nobody behind it jumps ahead. The entry is
   * taken first (a conditional UPDATE, so a concurrent leave or offer wins once), then its seats.
   */
  async offerFreedSeats(manager: EntityManager, placementId: string, now = new Date()): Promise<Claim[]> {
    const offered: Claim[] = [];
    for (;;) {
      const next = await manager
        .getRepository(WaitingListEntry)
        .createQueryBuilder("entry")
        .where("entry.placementId = :placementId AND entry.status = :waiting", { placementId, waiting: WaitingListStatus.WAITING })
        .orderBy("entry.createdAt", "ASC")
        .addOrderBy("entry.id", "ASC")
        .getOne();
      if (!next) break;
      const moved = await manager.update(
        WaitingListEntry,
        { id: next.id, status: WaitingListStatus.WAITING },
        { status: WaitingListStatus.OFFERED, endedAt: now },
      );
      if (moved.affected === 0) continue;
      if (!(await this.takeSeatsIn(manager, placementId, next.seats))) {
        await manager.update(WaitingListEntry, { id: next.id }, { status: WaitingListStatus.WAITING, endedAt: null });
        break;
      }
      const claim = await this.insertHeldClaim(manager, {
        placementId,
        organisationId: next.organisationId,
        claimedById: next.createdById,
        participantId: next.participantId,
        seats: next.seats,
        requestedStart: null,
        requestedEnd: null,
        overrideReason: null,
        unmetRequirements: "",
        now,
      });
      await manager.update(WaitingListEntry, { id: next.id }, { claimId: claim.id });
      await this.audit.record(manager, { viewer: null, ip: null }, [
        { action: "offerWaitingListSeat", entity: "Claim", entityId: claim.id, organisationId: next.organisationId },
      ]);
      const placement = await manager.findOneByOrFail(Placement, { id: placementId });
      await this.notifications.record(manager, {
        event: NotificationEvent.WAITING_LIST_OFFER,
        organisationIds: [next.organisationId],
        userIds: [next.createdById],
        placementId,
        claimId: claim.id,
        counterpartOrganisationId: placement.organisationId,
        seats: claim.seats,
        dueAt: claim.expiresAt,
      });
      offered.push(claim);
    }
    return offered;
  }

  confirm(actor: Actor, id: string) {
    return this.transition(actor, id, claimTransitions.CONFIRM);
  }

  decline(actor: Actor, id: string, reason: string | null, declineCategory: DeclineCategory | null = null) {
    return this.transition(actor, id, { ...claimTransitions.DECLINE, reason, declineCategory });
  }

  /**
   * Extends a confirmed or active claim's period to `until`: later than its current end, at most one
   * renewal step (the kind's, or the trainee variant's) past it, never past the cap counted from the
   * claim's start, and within the placement's period. Either party may renew; each renewal is kept.
   */
  async renew(actor: Actor, id: string, until: string): Promise<Claim> {
    const claim = await this.findVisible(actor.viewer, id);
    if (!claim) throw notFound("Claim", "id");
    if (claim.status !== ClaimStatus.CONFIRMED && claim.status !== ClaimStatus.ACTIVE) {
      throw refusal("CLAIM_NOT_RENEWABLE", { status: claim.status });
    }
    const placement = await this.reads.getRepository(Placement).findOneByOrFail({ id: claim.placementId });
    const state = await this.renewalState(claim, placement);
    const { rule, currentEnd, capEnd, latest } = state;
    if (rule.renewalStepMonths === null) throw badInput("id", "RENEWAL_NOT_ALLOWED", { kind: placement.kind });
    if (!currentEnd || !capEnd || !latest) throw badInput("id", "RENEWAL_NEEDS_END", {});
    if (until <= currentEnd) throw badInput("until", "RENEWAL_NOT_LATER", { currentEnd });
    if (until > capEnd) throw badInput("until", "RENEWAL_CAP_REACHED", { capMonths: rule.maxMonths, capEnd });
    const stepEnd = addMonths(currentEnd, rule.renewalStepMonths);
    if (until > stepEnd) throw badInput("until", "RENEWAL_STEP_TOO_LONG", { stepMonths: rule.renewalStepMonths, latest });
    if (placement.endDate && until > placement.endDate) {
      throw badInput("until", "OUTSIDE_PLACEMENT_PERIOD", { placementStart: placement.startDate, placementEnd: placement.endDate });
    }
    const now = new Date();
    const renewed = await this.transact(async (manager) => {
      // Only if nobody changed the claim since it was read: the same status and the same end.
      const result = await manager.update(
        Claim,
        {
          id,
          status: In([ClaimStatus.CONFIRMED, ClaimStatus.ACTIVE]),
          ...(claim.requestedEnd === null ? { requestedEnd: IsNull() } : { requestedEnd: claim.requestedEnd }),
        },
        { requestedEnd: until, requestedStart: claim.requestedStart ?? placement.startDate, updatedAt: now },
      );
      if (result.affected === 0) return null;
      await manager.insert(ClaimRenewal, {
        id: newId(),
        claimId: id,
        previousEnd: currentEnd,
        newEnd: until,
        renewedById: actor.viewer.userId,
        renewedAt: now,
      });
      await this.audit.record(manager, actor, { action: "renewClaim", entity: "Claim", entityId: id });
      return manager.findOneByOrFail(Claim, { id });
    });
    if (!renewed) {
      const current = await this.reads.getRepository(Claim).findOneByOrFail({ id });
      throw refusal("CLAIM_STATUS_CHANGED", {
        status: current.status,
        action: "renewClaim",
        allowedFrom: [ClaimStatus.CONFIRMED, ClaimStatus.ACTIVE],
      });
    }
    return renewed;
  }

  /** Where a claim stands under its renewal rules: current end, the cap's last day and the latest next end. */
  async renewalState(claim: Claim, placement: Placement, workplace?: Workplace | null, today = swedishToday()): Promise<RenewalState> {
    const rule = await this.ruleOf(placement, workplace);
    const start = claim.requestedStart ?? placement.startDate;
    const currentEnd = claim.requestedEnd ?? placement.endDate;
    const capEnd = addMonths(start, rule.maxMonths);
    const stepEnd = currentEnd && rule.renewalStepMonths !== null ? addMonths(currentEnd, rule.renewalStepMonths) : null;
    const bounds = [capEnd, stepEnd, placement.endDate].filter((d): d is string => d !== null);
    const latest = currentEnd && stepEnd ? bounds.reduce((a, b) => (a < b ? a : b)) : null;
    return { rule, currentEnd, capEnd, latest, daysToCap: daysBetween(today, capEnd) };
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
    return this.transact(async (manager) => {
      // With several processes on one PostgreSQL, one sweeps and the others skip the round; each
      // hold is expired once anyway, by the conditional UPDATE in apply().
      if (!(await tryExclusive(manager, "hold-sweeper"))) return 0;
      return this.expireHolds(manager, {}, now);
    });
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
        ...(transition.declineCategory !== undefined ? { declineCategory: transition.declineCategory } : {}),
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
    if (transition.action === "confirmClaim" || transition.action === "declineClaim") await this.recordDecision(manager, claim);
    if (!isLive(transition.to)) await this.offerFreedSeats(manager, claim.placementId, now);
    return true;
  }
}
