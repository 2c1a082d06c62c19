import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { AbsenceReason } from "./absence.entity.js";

@ObjectType({ description: "An absence of more than 15 minutes on one day: a deviation (avvikelse) for Arbetsförmedlingen." })
export class AfDeviation {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => Int)
  minutes!: number;

  @Field(() => AbsenceReason)
  reason!: AbsenceReason;
}

@ObjectType({ description: "One participant's claim in the monthly report to Arbetsförmedlingen." })
export class AfReportRow {
  @Field(() => ID)
  claimId!: string;

  @Field(() => String, { nullable: true, description: "The participant's pseudonymous code; null when erased or never given." })
  participantCode!: string | null;

  @Field(() => String)
  placementTitle!: string;

  @Field(() => String)
  workplaceName!: string;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate, { nullable: true })
  periodEnd!: string | null;

  @Field(() => Int, { description: "Weekdays of the claim in the month (up to today) not absent the whole day." })
  daysPresent!: number;

  @Field(() => Int, { description: "Weekdays of the claim in the month, up to today." })
  daysScheduled!: number;

  @Field(() => [AfDeviation])
  deviations!: AfDeviation[];
}

@ObjectType({ description: "The monthly activity and absence report to Arbetsförmedlingen for your organisation." })
export class AfReport {
  @Field(() => String, { description: "YYYY-MM." })
  month!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => [AfReportRow])
  rows!: AfReportRow[];
}
