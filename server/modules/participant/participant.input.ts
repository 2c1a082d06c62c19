import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, Matches, Max, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { Licence, SwedishLevel } from "../placement/placement-kind.js";

const CODE_FORMAT = /^[A-Za-z0-9-]{3,32}$/;
const codeFormat = {
  message: "code must be 3–32 letters, digits or dashes",
  context: { reason: "INVALID_FORMAT", params: { format: "PARTICIPANT_CODE" } },
};

/** The most occupation fields one participant may be interested in. */
export const MAX_INTERESTS = 10;

@InputType({ description: "A participant known to the pool only by a code your organisation chooses." })
export class RegisterParticipantInput {
  @Field(() => String, { description: "3–32 letters, digits or dashes. Never a name or a personal identity number." })
  @Matches(CODE_FORMAT, codeFormat)
  // Checked wherever it sits in the code and however it is written, so a personnummer is never stored by mistake.
  @Text({ min: 3, max: 32, noIdentityNumber: true })
  code!: string;

  @Field(() => SwedishLevel, { defaultValue: SwedishLevel.NONE })
  swedishLevel!: SwedishLevel;

  @Field(() => [Licence], { defaultValue: [] })
  @ArrayUnique()
  @ArrayMaxSize(10)
  licences!: Licence[];

  @Field(() => [ID], { defaultValue: [], description: "JobTech occupation field ids (see `occupationFields`), at most 10." })
  @ArrayUnique()
  @ArrayMaxSize(MAX_INTERESTS)
  occupationFieldIds!: string[];

  @Field(() => String, { nullable: true, description: "SCB code of the municipality the person lives in (see `municipalities`)." })
  homeMunicipalityCode?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "First day the person can start." })
  availableFrom?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Under 18: consents then record that a guardian agreed too." })
  minor!: boolean;
}

@InputType({ description: "Changes to a participant; fields left out stay as they are." })
export class UpdateParticipantInput {
  @Field(() => String, { nullable: true, description: "A new code, by the same rules as at registration." })
  @IsOptional()
  @Matches(CODE_FORMAT, codeFormat)
  @Text({ min: 3, max: 32, noIdentityNumber: true, optional: true })
  code?: string | null;

  @Field(() => SwedishLevel, { nullable: true })
  swedishLevel?: SwedishLevel | null;

  @Field(() => [Licence], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(10)
  licences?: Licence[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(MAX_INTERESTS)
  occupationFieldIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Null removes it." })
  homeMunicipalityCode?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Null removes it." })
  availableFrom?: string | null;

  @Field(() => Boolean, { nullable: true })
  minor?: boolean | null;
}

@ArgsType()
export class ParticipantsArgs {
  @Field(() => String, { nullable: true, description: "Part of a code, in any letter case." })
  @Text({ min: 0, max: 32, optional: true })
  search?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Also list archived participants." })
  includeArchived!: boolean;

  @Field(() => Int, { defaultValue: 100, description: "How many, 1–100." })
  first!: number;

  @Field(() => ID, { nullable: true, description: "The id of the previous page's last participant." })
  after?: string | null;
}

@InputType({ description: "How long your organisation keeps participants, and what erasure removes." })
export class SetParticipantPolicyInput {
  @Field(() => Int, { description: "1–120 months." })
  @IsInt()
  @Min(1)
  @Max(120)
  inactiveMonths!: number;

  @Field(() => Boolean)
  retentionErases!: boolean;

  @Field(() => Boolean)
  keepClaimDetails!: boolean;
}
