import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Participant } from "../participant/participant.entity.js";
import { Licence, SwedishLevel, swedishLevelOrder } from "./placement-kind.js";
import type { Placement } from "./placement.entity.js";

/** One thing the fit of a placement to a person is judged on. */
export enum FitCheck {
  SWEDISH_LEVEL = "SWEDISH_LEVEL",
  LICENCE = "LICENCE",
  OCCUPATION_INTEREST = "OCCUPATION_INTEREST",
  HOME_MUNICIPALITY = "HOME_MUNICIPALITY",
  PERIOD = "PERIOD",
}
registerEnumType(FitCheck, {
  name: "FitCheck",
  description: "What fit is judged on. SWEDISH_LEVEL and LICENCE are requirements; the others only rank.",
  valuesConfig: {
    SWEDISH_LEVEL: { description: "The placement's required level of Swedish against the person's." },
    LICENCE: { description: "One licence the placement requires (see `licence`)." },
    OCCUPATION_INTEREST: { description: "The placement's occupation field is one the person is interested in." },
    HOME_MUNICIPALITY: { description: "The placement is in the person's home municipality." },
    PERIOD: { description: "The placement still runs when the person is available." },
  },
});

@ObjectType({ description: "One check of a placement against a person, met or not." })
export class FitReason {
  @Field(() => FitCheck)
  check!: FitCheck;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => Boolean, {
    description: "True for requirements (Swedish level, licences): not meeting one means the placement does not fit.",
  })
  requirement!: boolean;

  @Field(() => Licence, { nullable: true, description: "LICENCE: the licence required." })
  licence!: Licence | null;

  @Field(() => SwedishLevel, { nullable: true, description: "SWEDISH_LEVEL: the level required." })
  requiredLevel!: SwedishLevel | null;
}

@ObjectType({ description: "How a placement fits one of your participants, and why (not)." })
export class PlacementFit {
  @Field(() => Boolean, { description: "The person meets every requirement (Swedish level, licences)." })
  fits!: boolean;

  @Field(() => Int, {
    description: "The BEST_FIT rank value: higher is better (requirements 8, interest 4, home municipality 2, period 1).",
  })
  score!: number;

  @Field(() => [FitReason], { description: "Every check, requirements first." })
  reasons!: FitReason[];
}

export const FIT_WEIGHTS = { requirements: 8, interest: 4, municipality: 2, period: 1 } as const;

const placementLicences = (placement: Placement): Licence[] => (placement.licences ? (placement.licences.split(",") as Licence[]) : []);

/** What the person lacks of the placement's requirements, as codes: "SWEDISH_LEVEL:FLUENT", "LICENCE:FORKLIFT". */
export function unmetRequirements(placement: Placement, participant: Participant): string[] {
  const missing: string[] = [];
  if (swedishLevelOrder.indexOf(participant.swedishLevel) < swedishLevelOrder.indexOf(placement.swedishLevel)) {
    missing.push(`SWEDISH_LEVEL:${placement.swedishLevel}`);
  }
  const held = new Set(participant.heldLicences);
  for (const licence of placementLicences(placement)) if (!held.has(licence)) missing.push(`LICENCE:${licence}`);
  return missing;
}

/** The fit of one placement to one person, with the same weights as the BEST_FIT sort's SQL. */
export function placementFit(placement: Placement, participant: Participant): PlacementFit {
  const held = new Set(participant.heldLicences);
  const reason = (check: FitCheck, met: boolean, extra: Partial<FitReason> = {}): FitReason => ({
    check,
    met,
    requirement: check === FitCheck.SWEDISH_LEVEL || check === FitCheck.LICENCE,
    licence: null,
    requiredLevel: null,
    ...extra,
  });
  const reasons = [
    reason(
      FitCheck.SWEDISH_LEVEL,
      swedishLevelOrder.indexOf(participant.swedishLevel) >= swedishLevelOrder.indexOf(placement.swedishLevel),
      {
        requiredLevel: placement.swedishLevel,
      },
    ),
    ...placementLicences(placement).map((licence) => reason(FitCheck.LICENCE, held.has(licence), { licence })),
    reason(FitCheck.OCCUPATION_INTEREST, !!placement.occupationFieldId && participant.interestIds.includes(placement.occupationFieldId)),
    reason(FitCheck.HOME_MUNICIPALITY, participant.homeMunicipalityCode === placement.municipalityCode),
    reason(FitCheck.PERIOD, !participant.availableFrom || !placement.endDate || placement.endDate >= participant.availableFrom),
  ];
  const fits = reasons.every((r) => !r.requirement || r.met);
  const met = (check: FitCheck) => reasons.some((r) => r.check === check && r.met);
  const score =
    (fits ? FIT_WEIGHTS.requirements : 0) +
    (met(FitCheck.OCCUPATION_INTEREST) ? FIT_WEIGHTS.interest : 0) +
    (met(FitCheck.HOME_MUNICIPALITY) ? FIT_WEIGHTS.municipality : 0) +
    (met(FitCheck.PERIOD) ? FIT_WEIGHTS.period : 0);
  return { fits, score, reasons };
}

/** The SQL conditions for "meets the requirements" — the same rule the fitsParticipantId filter applies. */
export function meetsRequirementsSql(participant: Participant): { sql: string; parameters: Record<string, unknown> } {
  const fitting = swedishLevelOrder.slice(0, swedishLevelOrder.indexOf(participant.swedishLevel) + 1);
  const held = new Set(participant.heldLicences);
  // Licence codes are enum constants and none is a substring of another, so they are inlined as literals.
  const licences = Object.values(Licence)
    .filter((licence) => !held.has(licence))
    .map((licence) => `placement.licences NOT LIKE '%${licence}%'`);
  return { sql: ["placement.swedishLevel IN (:...fitLevels)", ...licences].join(" AND "), parameters: { fitLevels: fitting } };
}
