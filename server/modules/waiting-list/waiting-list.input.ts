import { IsInt, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { MAX_CAPACITY } from "../placement/placement.input.js";

@InputType({ description: "A place in line for seats on a full placement (ställ i kö)." })
export class JoinWaitingListInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "One of your organisation's participants. The placement's organisation sees it only under consent.",
  })
  participantId?: string | null;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  seats!: number;
}
