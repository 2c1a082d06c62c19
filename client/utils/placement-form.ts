import { PlacementStatus, SwedishLevel, Visibility, type Licence, type PlacementKind } from "../graphql/generated/graphql";
import type { InputLimits } from "../composables/usePlacementRules";

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
  swedishLevel: SwedishLevel.NONE,
  licences: [],
  other: "",
  visibility: Visibility.ALL_PARTNERS,
  visibleTo: [],
  publish: true,
});

type Translate = (key: string, named?: Record<string, unknown>) => string;

const isWholeIn = (value: number | "", min: number, max: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

/**
 * Field → message for every rule broken. Keys are the server's field paths without `input.`,
 * so client and server errors land beside the same field. The bounds are the server's
 * (`inputLimits`); before they arrive only what needs no bound is checked.
 */
export function validatePlacementForm(
  values: PlacementFormValues,
  t: Translate,
  limits: InputLimits | null,
  mode: "post" | "edit" = "post",
): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = t("form.errors.required");
  else if (limits && (title.length < limits.titleMin || title.length > limits.titleMax))
    errors.title = t("form.errors.titleLength", { min: limits.titleMin, max: limits.titleMax });
  if (!values.kind) errors.kind = t("form.errors.required");
  if (mode === "post" && !values.workplaceId) errors.workplaceId = t("form.errors.required");
  if (values.capacity === "") errors.capacity = t("form.errors.required");
  else if (limits && !isWholeIn(values.capacity, 1, limits.capacityMax))
    errors.capacity = t("form.errors.capacityRange", { max: limits.capacityMax });
  if (!values.startDate) errors.startDate = t("form.errors.required");
  if (values.startDate && values.endDate && values.endDate < values.startDate) errors.endDate = t("form.errors.endBeforeStart");
  if (limits && values.hoursPerWeek !== "" && !isWholeIn(values.hoursPerWeek, 1, limits.hoursPerWeekMax))
    errors.hoursPerWeek = t("form.errors.hoursRange", { max: limits.hoursPerWeekMax });
  if (limits && values.description.length > limits.descriptionMax)
    errors.description = t("form.errors.tooLong", { max: limits.descriptionMax });
  if (limits && values.other.length > limits.otherRequirementsMax)
    errors["requirements.other"] = t("form.errors.tooLong", { max: limits.otherRequirementsMax });
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

/** The form's values for a placement being edited. */
export function formValuesOf(placement: {
  title: string;
  kind: PlacementKind;
  workplace: { id: string };
  supervisor?: { id: string } | null;
  occupationField?: { id: string } | null;
  capacity: number;
  startDate: string;
  endDate?: string | null;
  hoursPerWeek?: number | null;
  description: string;
  requirements: { swedishLevel: SwedishLevel; licences: Licence[]; other?: string | null };
  visibility: Visibility;
  visibleTo: { id: string }[];
  status: string;
}): PlacementFormValues {
  return {
    title: placement.title,
    kind: placement.kind,
    workplaceId: placement.workplace.id,
    supervisorId: placement.supervisor?.id ?? "",
    occupationFieldId: placement.occupationField?.id ?? "",
    capacity: placement.capacity,
    startDate: placement.startDate,
    endDate: placement.endDate ?? "",
    hoursPerWeek: placement.hoursPerWeek ?? "",
    description: placement.description,
    swedishLevel: placement.requirements.swedishLevel,
    licences: [...placement.requirements.licences],
    other: placement.requirements.other ?? "",
    visibility: placement.visibility,
    visibleTo: placement.visibleTo.map((organisation) => organisation.id),
    publish: placement.status === PlacementStatus.OPEN,
  };
}
