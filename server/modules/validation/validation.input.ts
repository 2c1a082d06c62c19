import { ArrayMaxSize, ArrayUnique, IsOptional, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { ChecklistKind, Industry, ValidationLevel } from "./checklist-kind.js";

/** The most items one checklist may hold, and the most one recording may cover. */
export const MAX_CHECKLIST_ITEMS = 100;

@InputType({ description: "One item of a checklist: its section (group) and wording." })
export class ChecklistItemInput {
  @Field(() => String, { description: "The group, 1–200 characters, e.g. “Hygien och livsmedelssäkerhet”." })
  @Text({ max: 200, noIdentityNumber: true })
  section!: string;

  @Field(() => String, { description: "What is validated, 1–500 characters." })
  @Text({ max: 500, noIdentityNumber: true })
  text!: string;
}

@InputType({ description: "A new checklist template for the pool; it starts as version 1." })
export class CreateChecklistTemplateInput {
  @Field(() => ChecklistKind)
  kind!: ChecklistKind;

  @Field(() => Industry, { nullable: true, description: "For vocational checklists." })
  industry?: Industry | null;

  @Field(() => String)
  @Text({ min: 3, max: 200, noIdentityNumber: true })
  name!: string;

  @Field(() => String, { defaultValue: "" })
  @Text({ min: 0, max: 1000, multiline: true, noIdentityNumber: true })
  description!: string;

  @Field(() => [ChecklistItemInput], { description: `The items in order, sections by their first item; 1–${MAX_CHECKLIST_ITEMS}.` })
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ValidateNested({ each: true })
  items!: ChecklistItemInput[];
}

@InputType({ description: "A new version of a template: its name, description and whole item list as they should be from now on." })
export class ReviseChecklistTemplateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Left out: as in the current version." })
  @Text({ min: 3, max: 200, noIdentityNumber: true, optional: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Left out: as in the current version." })
  @Text({ min: 0, max: 1000, multiline: true, noIdentityNumber: true, optional: true })
  description?: string | null;

  @Field(() => [ChecklistItemInput])
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ValidateNested({ each: true })
  items!: ChecklistItemInput[];
}

@InputType({ description: "Attach a template's current version to one of your organisation's placements, as the placement's own copy." })
export class AttachChecklistInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => ID)
  templateId!: string;
}

@InputType({ description: "A new wording for an item of a placement's checklist." })
export class RewordChecklistItemInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String)
  @Text({ max: 500, noIdentityNumber: true })
  text!: string;
}

@InputType({ description: "Tailor a placement's checklist with the supervisor: add, drop and reword items, in one change." })
export class TailorPlacementChecklistInput {
  @Field(() => ID)
  checklistId!: string;

  @Field(() => [ChecklistItemInput], {
    defaultValue: [],
    description: "New items, placed last in their section (or last, in a new section).",
  })
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ValidateNested({ each: true })
  add!: ChecklistItemInput[];

  @Field(() => [ID], { defaultValue: [], description: "Items to drop; what was observed on them stays." })
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ArrayUnique()
  remove!: string[];

  @Field(() => [RewordChecklistItemInput], { defaultValue: [], description: "Items to reword: each becomes a new item in the same place." })
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ValidateNested({ each: true })
  reword!: RewordChecklistItemInput[];
}

@InputType({ description: "Start validating your organisation's participant against one of the placement's checklists." })
export class StartValidationInput {
  @Field(() => ID, { description: "A confirmed or active claim of your organisation." })
  claimId!: string;

  @Field(() => ID, { description: "One of the placement's checklists." })
  checklistId!: string;

  @Field(() => String, { nullable: true, description: "The supervisor who validates; left out: the placement's supervisor." })
  @Text({ max: 200, noIdentityNumber: true, optional: true })
  supervisorName?: string | null;

  @Field(() => String, { nullable: true, description: "The supervisor's title, e.g. “Kökschef”." })
  @Text({ max: 200, noIdentityNumber: true, optional: true })
  supervisorTitle?: string | null;
}

@InputType({ description: "What was observed for one item." })
export class ObservedItemInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ValidationLevel)
  level!: ValidationLevel;
}

@InputType({ description: "Observations made on one day by one observer, for one or more items of a validation." })
export class RecordValidationInput {
  @Field(() => ID)
  validationId!: string;

  @Field(() => LocalDate, { description: "The day it was observed; not in the future." })
  observedOn!: string;

  @Field(() => String, { description: "Who observed it, e.g. “Anna Lindqvist, handledare”." })
  @Text({ max: 200, noIdentityNumber: true })
  observer!: string;

  @Field(() => [ObservedItemInput])
  @IsOptional()
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ValidateNested({ each: true })
  items!: ObservedItemInput[];
}
