import { IsInt, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { AbsenceReason } from "./absence.entity.js";

@InputType({ description: "Absence on one day of an active claim; recording the same day again replaces it." })
export class RecordAbsenceInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => LocalDate, { description: "The day; within the claim's period and not after today." })
  date!: string;

  @Field(() => Int, { description: "Minutes away, 1–1440." })
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes!: number;

  @Field(() => AbsenceReason)
  reason!: AbsenceReason;

  @Field(() => String, { nullable: true, description: "A short note (at most 500 characters); never a personal identity number." })
  @Text({ min: 0, max: 500, optional: true, noIdentityNumber: true })
  note?: string | null;
}
