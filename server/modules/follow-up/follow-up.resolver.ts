import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CurrentActor } from "../../common/current-actor.js";
import { badInput } from "../../common/errors.js";
import type { Actor } from "../../common/viewer.js";
import type { Context } from "../../context.js";
import { Absence } from "../absence/absence.entity.js";
import { MONTH } from "../absence/absence.service.js";
import { Claim } from "../claim/claim.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Role } from "../user/user.entity.js";
import { FollowUp } from "./follow-up.entity.js";
import { RecordFollowUpInput } from "./follow-up.input.js";
import { FollowUpSchedule, followUpSchedules } from "./follow-up-rules.js";
import { ScheduledFollowUp } from "./scheduled-follow-up.js";

@Resolver(() => Claim)
export class ClaimFollowUpResolver {
  @FieldResolver(() => [ScheduledFollowUp], {
    description:
      "The claim's follow-ups by its dates and its kind's rules, with their records. Only the claiming organisation sees them (empty for others).",
  })
  followUps(@Root() claim: Claim, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<ScheduledFollowUp[]> {
    return context.services.followUps.ofClaim(actor.viewer, claim);
  }

  @FieldResolver(() => [Outcome], {
    description: "What came of the claim, at its end and after 90 days. Only the claiming organisation sees them.",
  })
  outcomes(@Root() claim: Claim, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Outcome[]> {
    return context.services.outcomes.ofClaim(actor.viewer, claim);
  }

  @FieldResolver(() => [Absence], {
    description: "Absence recorded for the claim, in one month (YYYY-MM) or all. Only the claiming organisation sees it.",
  })
  absences(
    @Root() claim: Claim,
    @Arg("month", () => String, { nullable: true, description: "YYYY-MM" }) month: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Absence[]> {
    if (month != null && !MONTH.test(month)) throw badInput("month", "INVALID_FORMAT", { format: "MONTH" });
    return context.services.absences.ofClaim(actor.viewer, claim, month ?? null);
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Authorized()
  @Query(() => [ScheduledFollowUp], {
    description: "Your organisation's follow-ups that are overdue or due within `withinDays` (0–90, default 14), soonest first.",
  })
  followUpsDue(
    @Arg("withinDays", () => Int, { defaultValue: 14 }) withinDays: number,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<ScheduledFollowUp[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 90)
      throw badInput("withinDays", "NUMBER_OUT_OF_RANGE", { min: 0, max: 90 });
    return context.services.followUps.due(actor.viewer, withinDays);
  }

  @Authorized()
  @Query(() => [FollowUpSchedule], { description: "When each kind's follow-ups fall due (server/modules/placement/follow-up-rules.json)." })
  followUpRules(): FollowUpSchedule[] {
    return followUpSchedules;
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => FollowUp, {
    description: "Record a follow-up held for one of your organisation's claims (the same stage again replaces it).",
  })
  recordFollowUp(
    @Arg("input", () => RecordFollowUpInput) input: RecordFollowUpInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.followUps.record(actor, input);
  }
}
