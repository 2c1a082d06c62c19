import { Field, Int, ObjectType } from "type-graphql";
import rulesFile from "../placement/follow-up-rules.json" with { type: "json" };
import { addDays, type ClaimPeriod } from "../claim/claim-period.js";
import { PlacementKind } from "../placement/placement-kind.js";

@ObjectType({ description: "When one of a kind's follow-ups falls due (server/modules/placement/follow-up-rules.json)." })
export class FollowUpRule {
  @Field(() => String, { description: "The follow-up's key, e.g. START_2W, END, END_90D." })
  stage!: string;

  @Field(() => String, { description: "`start`: counted from the claim's first day; `end`: from its last day." })
  from!: "start" | "end";

  @Field(() => Int)
  days!: number;
}

@ObjectType({ description: "The follow-ups a kind of placement schedules." })
export class FollowUpSchedule {
  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => [FollowUpRule])
  followUps!: FollowUpRule[];
}

export const followUpSchedules: FollowUpSchedule[] = Object.values(PlacementKind).map((kind) => ({
  kind,
  followUps: (rulesFile.rules[kind] as FollowUpRule[]).map((rule) => ({ ...rule })),
}));

/**
 * The follow-ups of one claim and the day each falls due. Those counted from the end need an end;
 * those counted from the start that would fall after an (early) end are dropped.
 */
export function followUpsOf(kind: PlacementKind, period: ClaimPeriod): { stage: string; dueOn: string }[] {
  const rules = followUpSchedules.find((schedule) => schedule.kind === kind)!.followUps;
  return rules.flatMap((rule) => {
    if (rule.from === "end") return period.end ? [{ stage: rule.stage, dueOn: addDays(period.end, rule.days) }] : [];
    const dueOn = addDays(period.start, rule.days);
    return period.end && dueOn > period.end ? [] : [{ stage: rule.stage, dueOn }];
  });
}
