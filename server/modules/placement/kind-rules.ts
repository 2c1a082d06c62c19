import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { badInput } from "../../common/errors.js";
import { Sector } from "../workplace/workplace.entity.js";
import rulesFile from "./kind-rules.json" with { type: "json" };
import { PlacementKind } from "./placement-kind.js";

/** Trainee jobs come in two kinds with their own caps (DOMAIN.md): at a municipal employer or at any other. */
export enum TraineeType {
  INTERNAL = "INTERNAL",
  EXTERNAL = "EXTERNAL",
}
registerEnumType(TraineeType, {
  name: "TraineeType",
  description: "Internal (municipal employer) or external (private employer) trainee job; decided by the workplace's sector.",
  valuesConfig: {
    INTERNAL: { description: "At a PUBLIC workplace: renewed every 2–3 months, at most 18 months." },
    EXTERNAL: { description: "At a PRIVATE or NON_PROFIT workplace: renewed 3 months at a time, at most 12 months." },
  },
});

/** A trainee job at a public workplace is internal; anywhere else it is external. */
export const traineeTypeOf = (kind: PlacementKind, sector: Sector | null | undefined): TraineeType | null =>
  kind !== PlacementKind.TRAINEE ? null : sector === Sector.PUBLIC ? TraineeType.INTERNAL : TraineeType.EXTERNAL;

@ObjectType({ description: "The period rules of one trainee variant." })
export class TraineeVariantRule {
  @Field(() => TraineeType)
  traineeType!: TraineeType;

  @Field(() => Int, { description: "Longest total period, renewals included, in months." })
  maxMonths!: number;

  @Field(() => Int, { description: "How far one renewal may extend a claim, in months." })
  renewalStepMonths!: number;

  @Field(() => String)
  note!: string;
}

@ObjectType({ description: "How long a kind of placement may last, and why." })
export class PlacementKindRule {
  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => Int, { description: "Longest period one placement or one claim may cover, in months." })
  maxMonths!: number;

  @Field(() => Boolean, { description: "True when a placement of this kind must have an end date (no standing placements)." })
  requiresEndDate!: boolean;

  @Field(() => Int, { nullable: true, description: "The usual length in weeks, offered as the default end date." })
  defaultWeeks!: number | null;

  @Field(() => [Int], { nullable: true, description: "Calendar months (1–12) the whole period must lie in; null for any." })
  months!: number[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "How far one renewClaim may extend a claim, in months; null when the kind is not renewed.",
  })
  renewalStepMonths!: number | null;

  @Field(() => [TraineeVariantRule], { description: "Trainee jobs only: the internal and external variants." })
  variants!: TraineeVariantRule[];

  @Field(() => String)
  note!: string;
}

interface RuleEntry {
  maxMonths: number;
  note: string;
  requiresEndDate?: boolean;
  defaultWeeks?: number;
  months?: number[];
  renewalStepMonths?: number;
  variants?: Record<TraineeType, { maxMonths: number; renewalStepMonths: number; note: string }>;
}

const entries = rulesFile.rules as Record<PlacementKind, RuleEntry>;

export const kindRules: PlacementKindRule[] = Object.values(PlacementKind).map((kind) => {
  const entry = entries[kind];
  return {
    kind,
    maxMonths: entry.maxMonths,
    requiresEndDate: entry.requiresEndDate ?? false,
    defaultWeeks: entry.defaultWeeks ?? null,
    months: entry.months ?? null,
    renewalStepMonths: entry.renewalStepMonths ?? null,
    variants: Object.entries(entry.variants ?? {}).map(([traineeType, variant]) => ({
      traineeType: traineeType as TraineeType,
      ...variant,
    })),
    note: entry.note,
  };
});

/** The rule that applies to one placement: its kind's, or its trainee variant's where it has one. */
export interface PeriodRule {
  kind: PlacementKind;
  traineeType: TraineeType | null;
  maxMonths: number;
  renewalStepMonths: number | null;
  requiresEndDate: boolean;
  defaultWeeks: number | null;
  months: number[] | null;
}

export function periodRule(kind: PlacementKind, traineeType: TraineeType | null): PeriodRule {
  const rule = kindRules.find((r) => r.kind === kind)!;
  const variant = traineeType ? rule.variants.find((v) => v.traineeType === traineeType) : undefined;
  return {
    kind,
    traineeType: variant ? traineeType : null,
    maxMonths: variant?.maxMonths ?? rule.maxMonths,
    renewalStepMonths: variant?.renewalStepMonths ?? rule.renewalStepMonths,
    requiresEndDate: rule.requiresEndDate,
    defaultWeeks: rule.defaultWeeks,
    months: rule.months,
  };
}

/** The date `months` calendar months after `date` (both "YYYY-MM-DD"), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Refuses a period longer than the kind (or trainee variant) allows, e.g. arbetsträning over 12 months. */
export function checkDuration(
  kind: PlacementKind,
  start: string,
  end: string | null,
  field: string,
  traineeType: TraineeType | null = null,
): void {
  if (end === null) return;
  const rule = periodRule(kind, traineeType);
  if (end > addMonths(start, rule.maxMonths)) {
    throw badInput(field, "PERIOD_TOO_LONG", { kind, maxMonths: rule.maxMonths });
  }
}

/**
 * A placement's period under its kind's rules: an end date where the kind needs one (arbetsprövning,
 * feriejobb), the season where it has one (feriejobb in June–August of one year), and the longest
 * period. `newEnd` says the end date is being set now, so an end in the past is refused.
 */
export function checkPlacementPeriod(
  rule: PeriodRule,
  start: string,
  end: string | null,
  field: string,
  options: { today: string; newEnd: boolean },
): void {
  if (end !== null && end < start) throw badInput(field, "END_BEFORE_START", {});
  if (end !== null && options.newEnd && end < options.today) throw badInput(field, "END_IN_PAST", { today: options.today });
  if (end === null && rule.requiresEndDate) {
    throw badInput(field, "END_DATE_REQUIRED", { kind: rule.kind, defaultWeeks: rule.defaultWeeks ?? null });
  }
  checkDuration(rule.kind, start, end, field, rule.traineeType);
  if (rule.months && end !== null) {
    const month = (date: string) => Number(date.slice(5, 7));
    if (!rule.months.includes(month(start)) || !rule.months.includes(month(end)) || start.slice(0, 4) !== end.slice(0, 4)) {
      throw badInput(field, "OUTSIDE_SEASON", { kind: rule.kind, months: rule.months.map(String) });
    }
  }
}
