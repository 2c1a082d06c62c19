import { ArrayMaxSize, ArrayUnique } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Text, type TextRule } from "../../common/validation.js";
import { FeedbackKind, FeedbackTag } from "./feedback.entity.js";

export const FEEDBACK_TEXT_MAX = 2000;

/** Feedback is read by every partner that sees the placement: the one text rule, never an identity number. */
export const FEEDBACK_TEXT: TextRule = { min: 3, max: FEEDBACK_TEXT_MAX, multiline: true, noIdentityNumber: true };

@InputType({ description: "A recommendation or warning about another organisation's placement." })
export class LeavePlacementFeedbackInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => FeedbackKind)
  kind!: FeedbackKind;

  @Field(() => String, {
    description:
      "3–2,000 characters about the placement, never about a participant: a personal identity number or one of your organisation's participant codes is refused.",
  })
  @Text(FEEDBACK_TEXT)
  text!: string;

  @Field(() => [FeedbackTag], { defaultValue: [], description: "What it is about (any of the five, each at most once)." })
  @ArrayUnique()
  @ArrayMaxSize(5)
  tags!: FeedbackTag[];
}

@InputType({ description: "The placement's organisation's answer to a recommendation or warning." })
export class AnswerPlacementFeedbackInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "3–2,000 characters, by the same rule as the feedback itself." })
  @Text(FEEDBACK_TEXT)
  text!: string;
}
