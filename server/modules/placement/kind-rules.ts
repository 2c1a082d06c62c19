import { Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../../common/errors.js";
import rulesFile from "./kind-rules.json" with { type: "json" };
import { PlacementKind } from "./placement-kind.js";

@ObjectType({ description: "How long a kind of placement may last, and why." })
export class PlacementKindRule {
  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => Int, { description: "Longest period one placement or one claim may cover, in months." })
  maxMonths!: number;

  @Field(() => String)
  note!: string;
}

export const kindRules: PlacementKindRule[] = Object.values(PlacementKind).map((kind) => ({
  kind,
  ...rulesFile.rules[kind],
}));

/** The date `months` calendar months after `date` (both "YYYY-MM-DD"), clamped to the month's last day. */
function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Refuses a period longer than the kind allows (e.g. arbetsträning over 12 months). */
export function checkDuration(kind: PlacementKind, start: string, end: string | null, field: string): void {
  if (end === null) return;
  const rule = kindRules.find((r) => r.kind === kind)!;
  if (end > addMonths(start, rule.maxMonths)) {
    throw badInput(field, "PERIOD_TOO_LONG", { kind, maxMonths: rule.maxMonths });
  }
}
