import { Field, ID, InputType } from "type-graphql";
import { EarlyEndReason, OutcomeCategory, OutcomeDetail, OutcomeStage } from "./outcome-kind.js";

@InputType({ description: "What came of one of your organisation's claims; recording the same stage again replaces it." })
export class RecordOutcomeInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => OutcomeStage)
  stage!: OutcomeStage;

  @Field(() => OutcomeCategory)
  category!: OutcomeCategory;

  @Field(() => OutcomeDetail, { nullable: true, description: "Required for WORK, STUDIES and PROGRAMME: one of the category's details." })
  detail?: OutcomeDetail | null;

  @Field(() => Boolean, { nullable: true, description: "WORK only: whether the employment is subsidised." })
  subsidised?: boolean | null;

  @Field(() => EarlyEndReason, { nullable: true, description: "Required at the end of a claim that ended early; refused otherwise." })
  earlyEndReason?: EarlyEndReason | null;
}
