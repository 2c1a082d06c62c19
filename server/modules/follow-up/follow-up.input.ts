import { Field, ID, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, Max, Min } from "class-validator";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { FollowUpAttendance } from "./follow-up.entity.js";

/** Notes about a person: the one text rule, and never a personal identity number. */
const NOTE = { multiline: true, noIdentityNumber: true, min: 0, optional: true } as const;

@InputType({ description: "A follow-up held for one of your organisation's claims; recording the same stage again replaces it." })
export class RecordFollowUpInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => String, { description: "Which scheduled follow-up (ScheduledFollowUp.stage)." })
  @Text({ max: 32 })
  stage!: string;

  @Field(() => LocalDate, { description: "The day it was held; not after today." })
  heldOn!: string;

  @Field(() => FollowUpAttendance)
  attendance!: FollowUpAttendance;

  @Field(() => String, { nullable: true, description: "How the tasks go (at most 2,000 characters)." })
  @Text({ ...NOTE, max: 2000 })
  tasks?: string | null;

  @Field(() => String, { nullable: true, description: "Concerns raised (at most 2,000 characters)." })
  @Text({ ...NOTE, max: 2000 })
  concerns?: string | null;

  @Field(() => String, { nullable: true, description: "The agreed next step (at most 2,000 characters)." })
  @Text({ ...NOTE, max: 2000 })
  nextStep?: string | null;

  @Field(() => String, { nullable: true, description: "Notes (at most 4,000 characters)." })
  @Text({ ...NOTE, max: 4000 })
  notes?: string | null;
}

@InputType({ description: "Which follow-ups to list." })
export class FollowUpsDueFilter {
  @Field(() => Int, { defaultValue: 14, description: "Also list follow-ups due within this many days (0–90)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(90)
  withinDays!: number;
}
