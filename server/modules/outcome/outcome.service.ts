import type { EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { addDays, claimPeriod, ENDED_STATUSES, swedishToday, insertOrUpdate } from "../claim/claim-period.js";
import { ClaimStatus } from "../claim/claim-status.js";
import type { Claim } from "../claim/claim.entity.js";
import { ownClaim } from "../follow-up/follow-up.service.js";
import { OutcomeCategory, OutcomeStage, outcomeDetails } from "./outcome-kind.js";
import { Outcome } from "./outcome.entity.js";
import type { RecordOutcomeInput } from "./outcome.input.js";

/** Days after a claim's end when its second outcome is asked for. */
export const FOLLOW_UP_DAYS = 90;

/**
 * Outcomes: what a claim led to, recorded by the claiming organisation when the claim ends and
 * again 90 days later. Per claim, only that organisation reads them; the placement's owner and
 * the steering group see counts (statistics.service.ts), suppressed under five.
 */
export class OutcomeService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  async ofClaim(viewer: Viewer, claim: Claim): Promise<Outcome[]> {
    if (claim.organisationId !== viewer.organisationId) return [];
    return this.reads.getRepository(Outcome).find({ where: { claimId: claim.id }, order: { stage: "ASC" } });
  }

  async record(actor: Actor, input: RecordOutcomeInput, today = swedishToday()): Promise<Outcome> {
    const { claim, placement } = await ownClaim(this.reads, actor.viewer, input.claimId);
    if (!ENDED_STATUSES.includes(claim.status)) throw refusal("OUTCOME_BEFORE_END", { status: claim.status });
    if (input.stage === OutcomeStage.DAYS_90) {
      const dueOn = addDays(claimPeriod(claim, placement).end!, FOLLOW_UP_DAYS);
      if (today < dueOn) throw refusal("OUTCOME_NOT_DUE", { dueOn });
    }
    const allowed = outcomeDetails[input.category] ?? [];
    const detail = input.detail ?? null;
    if (allowed.length ? !detail || !allowed.includes(detail) : detail !== null) {
      throw badInput("input.detail", "OUTCOME_DETAIL_MISMATCH", { category: input.category, details: [...allowed] });
    }
    const subsidised = input.subsidised ?? null;
    if (subsidised !== null && input.category !== OutcomeCategory.WORK) throw badInput("input.subsidised", "INVALID_VALUE", {});
    const needsReason = input.stage === OutcomeStage.AT_END && claim.status === ClaimStatus.ENDED_EARLY;
    const earlyEndReason = input.earlyEndReason ?? null;
    if (needsReason && !earlyEndReason) throw badInput("input.earlyEndReason", "EARLY_END_REASON_REQUIRED", {});
    if (!needsReason && earlyEndReason) throw badInput("input.earlyEndReason", "INVALID_VALUE", {});
    return insertOrUpdate(() =>
      this.transact(async (manager) => {
        const existing = await manager.findOneBy(Outcome, { claimId: claim.id, stage: input.stage });
        const values = {
          category: input.category,
          detail,
          subsidised: input.category === OutcomeCategory.WORK ? subsidised : null,
          earlyEndReason,
          recordedById: actor.viewer.userId,
          recordedAt: new Date(),
        };
        const id = existing?.id ?? newId();
        if (existing) await manager.update(Outcome, { id }, values);
        else await manager.insert(Outcome, { id, claimId: claim.id, organisationId: claim.organisationId, stage: input.stage, ...values });
        await this.audit.record(manager, actor, { action: "recordOutcome", entity: "Outcome", entityId: id });
        return manager.findOneByOrFail(Outcome, { id });
      }),
    );
  }
}
