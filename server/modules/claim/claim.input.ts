import { IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { ClaimConsentInput } from "../consent/consent.input.js";
import { DeclineCategory } from "./claim-status.js";
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

  @Field(() => LocalDate, { nullable: true, description: "First day asked for; within the placement's period." })
  requestedStart?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day asked for; within the placement's period." })
  requestedEnd?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Required when the participant lacks what the placement requires (Swedish level, licences): why to go ahead anyway. The placement's organisation reads it.",
  })
  @Text({ max: inputLimits.reasonMax, multiline: true, noIdentityNumber: true, min: 0, optional: true })
  overrideReason?: string | null;

  @Field(() => ClaimConsentInput, {
    nullable: true,
    description: "Record the participant's consent in the same step; it covers the placement's organisation.",
  })
  @IsOptional()
  @ValidateNested()
  consent?: ClaimConsentInput | null;
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

  @Field(() => DeclineCategory, { nullable: true, description: "The kind of reason, from a short list (beside the free text)." })
  category?: DeclineCategory | null;
}

@ArgsType()
export class RenewClaimArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate, { description: "The new last day: later than the current end, at most one renewal step on, never past the cap." })
  until!: string;
}

@ArgsType()
export class EndClaimEarlyArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Why the placement ended early (1–1,000 characters)." })
  @Text({ ...REASON, blankReason: "REASON_REQUIRED" })
  reason!: string;
}
