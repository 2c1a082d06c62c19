import { IsInt, IsOptional, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { MAX_CAPACITY } from "../placement/placement.input.js";

@InputType({ description: "Seats to hold on a placement for your organisation." })
export class ClaimSeatInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  seats!: number;

  @Field(() => ID, { nullable: true, description: "One of your organisation's participants. Other organisations never see it." })
  @IsOptional()
  participantId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  requestedStart?: string | null;

  @Field(() => LocalDate, { nullable: true })
  requestedEnd?: string | null;
}
