import { IsInt, Max, Min } from "class-validator";
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";

export enum PeriodUnit {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  YEAR = "YEAR",
}
registerEnumType(PeriodUnit, { name: "PeriodUnit", description: "Statistics cover whole months, quarters or years." });

export enum StatisticsDimension {
  MUNICIPALITY = "MUNICIPALITY",
  ORGANISATION = "ORGANISATION",
  KIND = "KIND",
  OCCUPATION_FIELD = "OCCUPATION_FIELD",
}
registerEnumType(StatisticsDimension, {
  name: "StatisticsDimension",
  description: "What a statistics table's rows are.",
  valuesConfig: {
    MUNICIPALITY: { description: "The placement's municipality." },
    ORGANISATION: { description: "The organisation that owns (offers) the placement." },
    KIND: { description: "The kind of placement." },
    OCCUPATION_FIELD: { description: "The placement's occupation field (JobTech)." },
  },
});

/** The most units one table covers, per unit. */
export const MAX_UNITS: Record<PeriodUnit, number> = { MONTH: 24, QUARTER: 8, YEAR: 5 };

@InputType({ description: "A period of whole months, quarters or years, and what the rows are." })
export class StatisticsInput {
  @Field(() => PeriodUnit)
  unit!: PeriodUnit;

  @Field(() => LocalDate, { description: "The first day of the first month, quarter or year." })
  start!: string;

  @Field(() => Int, { defaultValue: 1, description: "How many units: months 1–24, quarters 1–8, years 1–5." })
  @IsInt()
  @Min(1)
  @Max(24)
  count!: number;

  @Field(() => StatisticsDimension)
  dimension!: StatisticsDimension;
}

@ObjectType({
  description: 'A number in a statistics table; null and suppressed when it would show a group of fewer than 5 people ("färre än 5").',
})
export class StatisticValue {
  @Field(() => Float, { nullable: true, description: "Null when suppressed." })
  value!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

@ObjectType({ description: "A count per category (an outcome, an early-end reason), suppressed like every count of people." })
export class CategoryCount {
  @Field(() => String, { description: "The category's code (OutcomeCategory, EarlyEndReason, or NOT_RECORDED / NOT_YET_DUE)." })
  category!: string;

  @Field(() => StatisticValue)
  count!: StatisticValue;
}

@ObjectType({ description: "Counts per category with their sum." })
export class CategoryCounts {
  @Field(() => StatisticValue)
  total!: StatisticValue;

  @Field(() => [CategoryCount])
  byCategory!: CategoryCount[];
}

@ObjectType({ description: "One group of a statistics table (or the table's total)." })
export class StatisticsRow {
  @Field(() => String, { description: "The group's code: municipality code, organisation slug, kind, occupation field id, or TOTAL." })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: "Seats on placements offered at some time in the period (not about people: never suppressed)." })
  seatsOffered!: number;

  @Field(() => Float, { description: "Seats × weeks offered within the period." })
  seatWeeksOffered!: number;

  @Field(() => StatisticValue, { description: "Seats × weeks people were at the workplace within the period." })
  seatWeeksUsed!: StatisticValue;

  @Field(() => StatisticValue)
  seatWeeksEmpty!: StatisticValue;

  @Field(() => StatisticValue, { description: "seatWeeksUsed / seatWeeksOffered, 0–1." })
  fillRate!: StatisticValue;

  @Field(() => StatisticValue, {
    description: "People at a workplace during the period (seats of active, completed or early-ended claims).",
  })
  participants!: StatisticValue;

  @Field(() => StatisticValue, {
    description: "Of those, seats used by an organisation other than the placement's owner: what the pool adds.",
  })
  otherOrganisation!: StatisticValue;

  @Field(() => StatisticValue, { description: "Of those, seats used by the placement's own organisation." })
  ownOrganisation!: StatisticValue;

  @Field(() => StatisticValue, { description: "otherOrganisation / participants, 0–1." })
  otherOrganisationShare!: StatisticValue;

  @Field(() => StatisticValue, {
    description: "Median days from posting to the first claim, of placements posted in the period that were claimed.",
  })
  medianDaysToFirstClaim!: StatisticValue;

  @Field(() => StatisticValue, { description: "Holds that ran out unconfirmed during the period." })
  expiredHolds!: StatisticValue;

  @Field(() => CategoryCounts, { description: "Claims that ended early in the period, by reason." })
  earlyEnds!: CategoryCounts;

  @Field(() => CategoryCounts, { description: "Claims that ended in the period, by their outcome at the end." })
  outcomesAtEnd!: CategoryCounts;

  @Field(() => CategoryCounts, { description: "The same claims, by their outcome 90 days after the end." })
  outcomesAfter90Days!: CategoryCounts;
}

@ObjectType({
  description:
    'A statistics table: one row per group and a total, groups of fewer than 5 people suppressed ("färre än 5"), with complementary suppression so totals do not give them back.',
})
export class StatisticsTable {
  @Field(() => StatisticsDimension)
  dimension!: StatisticsDimension;

  @Field(() => PeriodUnit)
  unit!: PeriodUnit;

  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate, { description: "The period's last day." })
  until!: string;

  @Field(() => Int, { description: "The smallest group shown (5)." })
  minGroup!: number;

  @Field(() => [StatisticsRow])
  rows!: StatisticsRow[];

  @Field(() => StatisticsRow)
  total!: StatisticsRow;
}
