import { ArrayMaxSize, ArrayMinSize, ArrayUnique } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text, type TextRule } from "../../common/validation.js";

/** Where the signed consent is kept: a case or document number in the organisation's own system, never a personal identity number. */
export const DOCUMENT_REFERENCE: TextRule = { min: 0, max: 200, optional: true, noIdentityNumber: true };

@InputType({
  description: "The parts of a consent the claim form records in the same step as the claim (it covers the placement's organisation).",
})
export class ClaimConsentInput {
  @Field(() => LocalDate, { description: "Last day the consent is valid." })
  validUntil!: string;

  @Field(() => String, {
    nullable: true,
    description: "Where the signed consent is kept in your own case system (at most 200 characters).",
  })
  @Text(DOCUMENT_REFERENCE)
  documentReference?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "For a minor: a guardian agreed too (required then)." })
  guardianAgreed!: boolean;
}

@InputType({ description: "A participant's documented consent to share their details with named organisations." })
export class RecordConsentInput extends ClaimConsentInput {
  @Field(() => ID, { description: "One of your organisation's participants." })
  participantId!: string;

  @Field(() => [ID], { description: "The organisations that may see the participant's details (1–20)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  organisationIds!: string[];
}
