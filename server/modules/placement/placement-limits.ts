import { Field, Int, ObjectType } from "type-graphql";

/**
 * The bounds the placement and claim inputs enforce, in one place: the inputs' validators read
 * them and `inputLimits` publishes them, so a form can say the limit before it is broken.
 */
export const inputLimits = {
  titleMin: 3,
  titleMax: 200,
  descriptionMax: 5000,
  otherRequirementsMax: 1000,
  // Far above any real placement, low enough to catch a typo like 1500.
  capacityMax: 500,
  hoursPerWeekMax: 60,
  reasonMax: 1000,
} as const;

@ObjectType({ description: "The bounds the placement and claim inputs enforce; forms show them before the server refuses." })
export class InputLimits {
  @Field(() => Int, { description: "Shortest placement title, in characters." })
  titleMin!: number;

  @Field(() => Int, { description: "Longest placement title, in characters." })
  titleMax!: number;

  @Field(() => Int, { description: "Longest placement description, in characters." })
  descriptionMax!: number;

  @Field(() => Int, { description: "Longest text of other requirements, in characters." })
  otherRequirementsMax!: number;

  @Field(() => Int, { description: "Most seats one placement may have." })
  capacityMax!: number;

  @Field(() => Int, { description: "Most hours per week a placement may have." })
  hoursPerWeekMax!: number;

  @Field(() => Int, { description: "Longest reason for declining or ending a claim early, in characters." })
  reasonMax!: number;
}
