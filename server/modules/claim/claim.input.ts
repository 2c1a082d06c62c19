import { IsInt, IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text, type TextRule } from "../../common/validation.js";
import { MAX_CAPACITY } from "../placement/placement.input.js";
import { inputLimits } from "../placement/placement-limits.js";

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

/** A reason is free text another organisation reads: the one text rule, and never a personal identity number. */
const REASON: TextRule = { max: inputLimits.reasonMax, multiline: true, noIdentityNumber: true };

@ArgsType()
export class DeclineClaimArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Why, in a few words the claimant will read (at most 1,000 characters)." })
  @Text({ ...REASON, min: 0, optional: true })
  reason?: string | null;
}

@ArgsType()
export class EndClaimEarlyArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Why the placement ended early (1–1,000 characters)." })
  @Text({ ...REASON, blankReason: "REASON_REQUIRED" })
  reason!: string;
}
