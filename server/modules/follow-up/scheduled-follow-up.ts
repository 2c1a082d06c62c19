import { Field, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Claim } from "../claim/claim.entity.js";
import { FollowUp } from "./follow-up.entity.js";

export enum FollowUpState {
  DONE = "DONE",
  OVERDUE = "OVERDUE",
  DUE = "DUE",
  UPCOMING = "UPCOMING",
}
registerEnumType(FollowUpState, {
  name: "FollowUpState",
  description: "Where a scheduled follow-up stands today.",
  valuesConfig: {
    DONE: { description: "Recorded." },
    OVERDUE: { description: "Its day has passed and it is not recorded." },
    DUE: { description: "Falls due within the coming days (today included)." },
    UPCOMING: { description: "Later." },
  },
});

@ObjectType({ description: "A follow-up a claim's dates and its kind's rules schedule, with its record once held." })
export class ScheduledFollowUp {
  @Field(() => String)
  stage!: string;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => FollowUpState)
  state!: FollowUpState;

  @Field(() => FollowUp, { nullable: true })
  record!: FollowUp | null;

  @Field(() => Claim)
  claim!: Claim;
}
