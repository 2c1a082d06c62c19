import type { Licence, PlacementKind, SwedishLevel, Visibility } from "../graphql/generated/graphql";

/** What the placement form edits; converted to PostPlacementInput / UpdatePlacementInput on submit. */
export interface PlacementFormValues {
  title: string;
  kind: PlacementKind | "";
  workplaceId: string;
  supervisorId: string;
  occupationFieldId: string;
  capacity: number | "";
  startDate: string;
  endDate: string;
  hoursPerWeek: number | "";
  description: string;
  swedishLevel: SwedishLevel;
  licences: Licence[];
  other: string;
  /** ALL_PARTNERS, or SELECTED with the organisations in visibleTo. */
  visibility: Visibility;
  visibleTo: string[];
  publish: boolean;
}

export const emptyPlacementForm = (): PlacementFormValues => ({
  title: "",
  kind: "",
  workplaceId: "",
  supervisorId: "",
  occupationFieldId: "",
  capacity: 1,
  startDate: "",
  endDate: "",
  hoursPerWeek: "",
  description: "",
  swedishLevel: "NONE",
  licences: [],
  other: "",
  visibility: "ALL_PARTNERS",
  visibleTo: [],
  publish: true,
});

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** The limits of server/modules/placement/placement.input.ts, so the form refuses what the server would. */
export const LIMITS = { titleMin: 3, titleMax: 200, capacityMax: 500, hoursMax: 60, descriptionMax: 5000, otherMax: 1000 } as const;

const isWholeIn = (value: number | "", min: number, max: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

/**
 * Field → message for every rule broken. Keys are the server's field paths without `input.`,
 * so client and server errors land beside the same field.
 */
export function validatePlacementForm(values: PlacementFormValues, t: Translate, mode: "post" | "edit" = "post"): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = t("form.errors.required");
  else if (title.length < LIMITS.titleMin || title.length > LIMITS.titleMax) errors.title = t("form.errors.titleLength");
  if (!values.kind) errors.kind = t("form.errors.required");
  if (mode === "post" && !values.workplaceId) errors.workplaceId = t("form.errors.required");
  if (values.capacity === "") errors.capacity = t("form.errors.required");
  else if (!isWholeIn(values.capacity, 1, LIMITS.capacityMax)) errors.capacity = t("form.errors.capacityRange");
  if (!values.startDate) errors.startDate = t("form.errors.required");
  if (values.startDate && values.endDate && values.endDate < values.startDate) errors.endDate = t("form.errors.endBeforeStart");
  if (values.hoursPerWeek !== "" && !isWholeIn(values.hoursPerWeek, 1, LIMITS.hoursMax)) errors.hoursPerWeek = t("form.errors.hoursRange");
  if (values.description.length > LIMITS.descriptionMax) errors.description = t("form.errors.tooLong", { max: LIMITS.descriptionMax });
  if (values.other.length > LIMITS.otherMax) errors["requirements.other"] = t("form.errors.tooLong", { max: LIMITS.otherMax });
  if (values.visibility === "SELECTED" && values.visibleTo.length === 0)
    errors.visibleToOrganisationIds = t("form.errors.chooseOrganisation");
  return errors;
}

/** The fields both inputs share, with empty text sent as null. */
export function placementInputOf(values: PlacementFormValues) {
  return {
    title: values.title.trim(),
    kind: values.kind as PlacementKind,
    supervisorId: values.supervisorId || null,
    occupationFieldId: values.occupationFieldId || null,
    capacity: Number(values.capacity),
    startDate: values.startDate,
    endDate: values.endDate || null,
    hoursPerWeek: values.hoursPerWeek === "" ? null : Number(values.hoursPerWeek),
    description: values.description.trim(),
    requirements: { swedishLevel: values.swedishLevel, licences: values.licences, other: values.other.trim() || null },
    visibility: values.visibility,
    visibleToOrganisationIds: values.visibility === "SELECTED" ? values.visibleTo : [],
  };
}
