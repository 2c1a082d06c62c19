import { In, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { addDays, claimPeriod, swedishToday, USED_STATUSES, insertOrUpdate } from "../claim/claim-period.js";
import { Claim } from "../claim/claim.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { FollowUp } from "./follow-up.entity.js";
import type { RecordFollowUpInput } from "./follow-up.input.js";
import { followUpsOf } from "./follow-up-rules.js";
import { FollowUpState, type ScheduledFollowUp } from "./scheduled-follow-up.js";

/** A claim of the viewer's organisation with its placement, or RECORD_NOT_FOUND (another's claim is not found either). */
export async function ownClaim(reads: EntityManager, viewer: Viewer, claimId: string, field = "input.claimId") {
  const claim = await reads.getRepository(Claim).findOneBy({ id: claimId });
  if (!claim || claim.organisationId !== viewer.organisationId) throw notFound("Claim", field);
  const placement = await reads.getRepository(Placement).findOneByOrFail({ id: claim.placementId });
  return { claim, placement };
}

/**
 * Follow-ups (uppföljning): scheduled from each claim's dates by its kind's rules, recorded by the
 * claiming organisation, which alone reads them (they are about its participant).
 */
export class FollowUpService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  /** The schedule of claims with their records, each with its state on `today`. */
  private schedule(claims: Claim[], placements: Map<string, Placement>, records: FollowUp[], today: string, withinDays: number) {
    const recorded = new Map(records.map((record) => [`${record.claimId}:${record.stage}`, record]));
    const horizon = addDays(today, withinDays);
    return claims.flatMap((claim) => {
      const placement = placements.get(claim.placementId)!;
      return followUpsOf(placement.kind, claimPeriod(claim, placement)).map(({ stage, dueOn }): ScheduledFollowUp => {
        const record = recorded.get(`${claim.id}:${stage}`) ?? null;
        const state = record
          ? FollowUpState.DONE
          : dueOn < today
            ? FollowUpState.OVERDUE
            : dueOn <= horizon
              ? FollowUpState.DUE
              : FollowUpState.UPCOMING;
        return { stage, dueOn, state, record, claim };
      });
    });
  }

  /** Every follow-up of one of the organisation's claims; another organisation's claim has none to show. */
  async ofClaim(viewer: Viewer, claim: Claim, today = swedishToday()): Promise<ScheduledFollowUp[]> {
    if (claim.organisationId !== viewer.organisationId || !USED_STATUSES.includes(claim.status)) return [];
    const placement = await this.reads.getRepository(Placement).findOneByOrFail({ id: claim.placementId });
    const records = await this.reads.getRepository(FollowUp).findBy({ claimId: claim.id });
    return this.schedule([claim], new Map([[placement.id, placement]]), records, today, 14);
  }

  /**
   * The organisation's follow-ups that are overdue or due within `withinDays`, soonest first: what
   * My organisation shows. `claimedById` narrows it to one coordinator's claims (their calendar).
   */
  async due(viewer: Viewer, withinDays = 14, today = swedishToday(), options: { claimedById?: string; all?: boolean } = {}) {
    const claims = await this.reads.getRepository(Claim).findBy({
      organisationId: viewer.organisationId,
      status: In([...USED_STATUSES]),
      ...(options.claimedById ? { claimedById: options.claimedById } : {}),
    });
    if (!claims.length) return [];
    const placementIds = [...new Set(claims.map((claim) => claim.placementId))];
    const placements = new Map((await this.reads.getRepository(Placement).findBy({ id: In(placementIds) })).map((p) => [p.id, p]));
    const records = await this.reads.getRepository(FollowUp).findBy({ claimId: In(claims.map((claim) => claim.id)) });
    return this.schedule(claims, placements, records, today, withinDays)
      .filter((item) => options.all || item.state === FollowUpState.OVERDUE || item.state === FollowUpState.DUE)
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.claim.id.localeCompare(b.claim.id));
  }

  async record(actor: Actor, input: RecordFollowUpInput, today = swedishToday()): Promise<FollowUp> {
    const { claim, placement } = await ownClaim(this.reads, actor.viewer, input.claimId);
    if (!USED_STATUSES.includes(claim.status)) throw refusal("FOLLOW_UP_BEFORE_START", { status: claim.status });
    const scheduled = followUpsOf(placement.kind, claimPeriod(claim, placement));
    const stage = scheduled.find((item) => item.stage === input.stage);
    if (!stage) throw badInput("input.stage", "FOLLOW_UP_STAGE_UNKNOWN", { stages: scheduled.map((item) => item.stage) });
    if (input.heldOn > today) throw badInput("input.heldOn", "DATE_IN_FUTURE", {});
    return insertOrUpdate(() =>
      this.transact(async (manager) => {
        const existing = await manager.findOneBy(FollowUp, { claimId: claim.id, stage: stage.stage });
        const values = {
          dueOn: stage.dueOn,
          heldOn: input.heldOn,
          attendance: input.attendance,
          tasks: input.tasks?.trim() ?? "",
          concerns: input.concerns?.trim() ?? "",
          nextStep: input.nextStep?.trim() ?? "",
          notes: input.notes?.trim() ?? "",
          recordedById: actor.viewer.userId,
          recordedAt: new Date(),
        };
        const id = existing?.id ?? newId();
        if (existing) await manager.update(FollowUp, { id }, values);
        else
          await manager.insert(FollowUp, {
            id,
            claimId: claim.id,
            organisationId: claim.organisationId,
            stage: stage.stage,
            ...values,
          });
        await this.audit.record(manager, actor, { action: "recordFollowUp", entity: "FollowUp", entityId: id });
        return manager.findOneByOrFail(FollowUp, { id });
      }),
    );
  }
}
