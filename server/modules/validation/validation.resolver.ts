import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { CurrentActor } from "../../common/current-actor.js";
import { LocalDate } from "../../common/scalars.js";
import type { Actor } from "../../common/viewer.js";
import type { Context } from "../../context.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { Role } from "../user/user.entity.js";
import { ChecklistTemplate, ChecklistTemplateItem, ChecklistTemplateVersion } from "./checklist.entity.js";
import { ChecklistKind, ValidationLevel } from "./checklist-kind.js";
import { PlacementChecklist, PlacementChecklistItem } from "./placement-checklist.entity.js";
import { Validation, ValidationRecord } from "./validation.entity.js";
import {
  AttachChecklistInput,
  CreateChecklistTemplateInput,
  RecordValidationInput,
  ReviseChecklistTemplateInput,
  StartValidationInput,
  TailorPlacementChecklistInput,
} from "./validation.input.js";

@ObjectType({ description: "One item's progress in a validation: every observation of it, oldest first, and the latest." })
class ValidationItemProgress {
  @Field(() => PlacementChecklistItem)
  item!: PlacementChecklistItem;

  @Field(() => [ValidationRecord])
  records!: ValidationRecord[];

  @Field(() => ValidationRecord, { nullable: true, description: "The latest observation; null while there is none." })
  latest!: ValidationRecord | null;
}

@ObjectType({ description: "One validated item in a skills summary: where it stands now, and how it got there." })
class SkillsSummaryItem {
  @Field(() => String)
  section!: string;

  @Field(() => String)
  text!: string;

  @Field(() => ValidationLevel, { description: "The latest level." })
  level!: ValidationLevel;

  @Field(() => LocalDate, { description: "When the latest level was observed (the whole history is on the validation)." })
  observedOn!: string;
}

@ObjectType({ description: "One validation in a skills summary: what was validated, where, when, and by which supervisor." })
class SkillsSummaryValidation {
  @Field(() => ID)
  validationId!: string;

  @Field(() => String)
  checklistName!: string;

  @Field(() => ChecklistKind)
  kind!: ChecklistKind;

  @Field(() => String)
  placementTitle!: string;

  @Field(() => String)
  workplaceName!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => String)
  placementOrganisationName!: string;

  @Field(() => String, { nullable: true })
  supervisorName!: string | null;

  @Field(() => String, { nullable: true })
  supervisorTitle!: string | null;

  @Field(() => LocalDate, { nullable: true })
  firstObservedOn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  lastObservedOn!: string | null;

  @Field(() => [SkillsSummaryItem])
  items!: SkillsSummaryItem[];
}

@ObjectType({
  description:
    "A skills summary (kompetensintyg) for one participant: every validation with observations. Only the pseudonymous code, never a name or identity number; a name may be typed when printing (the PDF route), and is never stored.",
})
class SkillsSummary {
  @Field(() => ID)
  participantId!: string;

  @Field(() => String)
  participantCode!: string;

  @Field(() => String, { description: "The organisation that issues it (the participant's)." })
  organisationName!: string;

  @Field(() => LocalDate)
  generatedOn!: string;

  @Field(() => [SkillsSummaryValidation])
  validations!: SkillsSummaryValidation[];
}

@Resolver(() => ChecklistTemplate)
export class ChecklistTemplateResolver {
  @Authorized()
  @Query(() => [ChecklistTemplate], {
    description: "The pool's checklist templates, each as its current version: vocational by industry, then language, then assessment.",
  })
  async checklistTemplates(@Ctx() context: Context): Promise<ChecklistTemplate[]> {
    const rows = await context.services.checklists.templates();
    for (const row of rows) context.loaders.checklistVersionById.prime(row.version.id, row.version);
    return rows.map((row) => row.template);
  }

  @Authorized()
  @Query(() => ChecklistTemplate, { nullable: true, description: "One template of the pool, with its versions; null when there is none." })
  checklistTemplate(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<ChecklistTemplate | null> {
    return context.services.checklists.template(id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => ChecklistTemplate, { description: "Add a checklist template to the pool (version 1). Audited." })
  createChecklistTemplate(
    @Arg("input", () => CreateChecklistTemplateInput) input: CreateChecklistTemplateInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.checklists.create(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => ChecklistTemplate, {
    description:
      "Revise a template of the pool: a new version with the whole item list. Placements' copies and everything observed stay as they were. Audited.",
  })
  reviseChecklistTemplate(
    @Arg("input", () => ReviseChecklistTemplateInput) input: ReviseChecklistTemplateInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.checklists.revise(actor, input);
  }

  private async current(template: ChecklistTemplate, context: Context): Promise<ChecklistTemplateVersion> {
    return (await context.loaders.checklistVersionById.load(template.currentVersionId!))!;
  }

  @FieldResolver(() => String)
  async name(@Root() template: ChecklistTemplate, @Ctx() context: Context): Promise<string> {
    return (await this.current(template, context)).name;
  }

  @FieldResolver(() => String)
  async description(@Root() template: ChecklistTemplate, @Ctx() context: Context): Promise<string> {
    return (await this.current(template, context)).description;
  }

  @FieldResolver(() => ChecklistTemplateVersion, { description: "The current version." })
  currentVersion(@Root() template: ChecklistTemplate, @Ctx() context: Context): Promise<ChecklistTemplateVersion> {
    return this.current(template, context);
  }

  @FieldResolver(() => [ChecklistTemplateItem], { description: "The current version's items in order." })
  async items(@Root() template: ChecklistTemplate, @Ctx() context: Context): Promise<ChecklistTemplateItem[]> {
    return context.loaders.checklistItemsByVersionId.load(template.currentVersionId!);
  }

  @FieldResolver(() => [ChecklistTemplateVersion], { description: "Every version, newest first." })
  versions(@Root() template: ChecklistTemplate, @Ctx() context: Context): Promise<ChecklistTemplateVersion[]> {
    return context.services.checklists.versions(template.id);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Who added it; null for the templates the pool started with." })
  createdBy(@Root() template: ChecklistTemplate, @Ctx() context: Context): Promise<Organisation | null> {
    return template.createdByOrganisationId
      ? context.loaders.organisationById.load(template.createdByOrganisationId)
      : Promise.resolve(null);
  }
}

@Resolver(() => ChecklistTemplateVersion)
export class ChecklistTemplateVersionResolver {
  @FieldResolver(() => [ChecklistTemplateItem])
  items(@Root() version: ChecklistTemplateVersion, @Ctx() context: Context): Promise<ChecklistTemplateItem[]> {
    return context.loaders.checklistItemsByVersionId.load(version.id);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Whose coordinator made it; null for a shipped version." })
  createdBy(@Root() version: ChecklistTemplateVersion, @Ctx() context: Context): Promise<Organisation | null> {
    return version.createdByOrganisationId ? context.loaders.organisationById.load(version.createdByOrganisationId) : Promise.resolve(null);
  }
}

@Resolver(() => Placement)
export class PlacementChecklistFieldsResolver {
  @FieldResolver(() => [PlacementChecklist], {
    description: "The checklists attached to this placement (its own copies, tailored with the supervisor), oldest first.",
  })
  checklists(@Root() placement: Placement, @Ctx() context: Context): Promise<PlacementChecklist[]> {
    return context.loaders.placementChecklistsByPlacementId.load(placement.id);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may attach, tailor and take off checklists here: coordinators and admins of the placement's organisation.",
  })
  mayEditChecklists(@Root() placement: Placement, @CurrentActor() actor: Actor, @Ctx() context: Context): boolean {
    return context.services.checklists.mayEdit(actor.viewer, placement);
  }
}

@Resolver(() => PlacementChecklist)
export class PlacementChecklistResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => PlacementChecklist, {
    description: "Attach a template's current version to one of your organisation's placements, as the placement's own copy. Audited.",
  })
  attachChecklist(
    @Arg("input", () => AttachChecklistInput) input: AttachChecklistInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.checklists.attach(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => PlacementChecklist, {
    description:
      "Tailor a checklist of your organisation's placement: add, drop and reword items. Observations already made keep the words they were made against. Audited.",
  })
  tailorPlacementChecklist(
    @Arg("input", () => TailorPlacementChecklistInput) input: TailorPlacementChecklistInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.checklists.tailor(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => PlacementChecklist, {
    description: "Take a checklist off your organisation's placement; validations made on it stay. Audited.",
  })
  detachPlacementChecklist(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.checklists.detach(actor, id);
  }

  @FieldResolver(() => [PlacementChecklistItem], { description: "The items in order; dropped and reworded ones only with includeRemoved." })
  async items(
    @Root() checklist: PlacementChecklist,
    @Arg("includeRemoved", () => Boolean, { defaultValue: false }) includeRemoved: boolean,
    @Ctx() context: Context,
  ): Promise<PlacementChecklistItem[]> {
    const items = await context.loaders.placementChecklistItemsByChecklistId.load(checklist.id);
    return includeRemoved ? items : items.filter((item) => item.removedAt === null);
  }

  @FieldResolver(() => ChecklistTemplate, { description: "The template it was copied from." })
  async template(@Root() checklist: PlacementChecklist, @Ctx() context: Context): Promise<ChecklistTemplate> {
    return (await context.services.checklists.template(checklist.templateId))!;
  }

  @FieldResolver(() => Int, { description: "The number of the template version it was copied from." })
  async templateVersion(@Root() checklist: PlacementChecklist, @Ctx() context: Context): Promise<number> {
    return (await context.loaders.checklistVersionById.load(checklist.templateVersionId))!.number;
  }
}

@Resolver(() => Claim)
export class ClaimValidationFieldsResolver {
  @FieldResolver(() => [Validation], {
    description:
      "The person's validations during this claim: for the claiming organisation; for the placement's organisation only while the participant's consent covers it (each such read audited as read:participant:consent).",
  })
  async validations(@Root() claim: Claim, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Validation[]> {
    const placement = await context.loaders.placementById.load(claim.placementId);
    if (!placement || !(await context.services.validations.mayRead(actor.viewer, claim, placement.organisationId))) return [];
    const validations = await context.loaders.validationsByClaimId.load(claim.id);
    // The placement's organisation reads them under consent: audited like the participant itself.
    if (validations.length && claim.participantId && actor.viewer.organisationId !== claim.organisationId) {
      await context.loaders.consentedParticipantReads.load(claim.participantId);
    }
    return validations;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may start a validation on this claim now: the claiming organisation, while it is confirmed or active.",
  })
  mayStartValidation(@Root() claim: Claim, @CurrentActor() actor: Actor, @Ctx() context: Context): boolean {
    return context.services.validations.mayStart(actor.viewer, claim);
  }
}

@Resolver(() => Validation)
export class ValidationResolver {
  @Authorized()
  @Query(() => Validation, {
    nullable: true,
    description:
      "One validation you may read (your organisation's participant, or under the participant's consent — audited); null otherwise.",
  })
  validation(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Validation | null> {
    return context.services.validations.byId(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Query(() => SkillsSummary, {
    description:
      "The skills summary (kompetensintyg) of one of your organisation's participants. Audited. As a PDF: POST /exports/skills-summary/<participantId>.pdf.",
  })
  participantSkillsSummary(@Arg("participantId", () => ID) participantId: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.validations.skillsSummary(actor, participantId);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Validation, {
    description:
      "Start validating your organisation's participant on a confirmed or active claim against one of the placement's checklists. Audited.",
  })
  startValidation(
    @Arg("input", () => StartValidationInput) input: StartValidationInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.validations.start(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Validation, {
    description:
      "Record what was observed on one day, for one or more items: not yet, with support or independently. Earlier observations stay, so progress shows. Audited.",
  })
  recordValidation(
    @Arg("input", () => RecordValidationInput) input: RecordValidationInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.validations.record(actor, input);
  }

  @FieldResolver(() => PlacementChecklist)
  async checklist(@Root() validation: Validation, @Ctx() context: Context): Promise<PlacementChecklist> {
    return (await context.loaders.placementChecklistById.load(validation.checklistId))!;
  }

  @FieldResolver(() => ID, { description: "The claim it belongs to." })
  claimId(@Root() validation: Validation): string {
    return validation.claimId;
  }

  @FieldResolver(() => Boolean, { description: "Whether you may record observations on it now (recordValidation would accept them)." })
  mayRecord(@Root() validation: Validation, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<boolean> {
    return context.services.validations.mayRecord(actor.viewer, validation);
  }

  @FieldResolver(() => [ValidationRecord], { description: "Every observation, oldest first." })
  records(@Root() validation: Validation, @Ctx() context: Context): Promise<ValidationRecord[]> {
    return context.loaders.validationRecordsByValidationId.load(validation.id);
  }

  @FieldResolver(() => [ValidationItemProgress], {
    description: "Each item of the checklist with its observations over time; dropped or reworded items only if they were observed.",
  })
  async progress(@Root() validation: Validation, @Ctx() context: Context): Promise<ValidationItemProgress[]> {
    const [items, records] = await Promise.all([
      context.loaders.placementChecklistItemsByChecklistId.load(validation.checklistId),
      context.loaders.validationRecordsByValidationId.load(validation.id),
    ]);
    return items
      .map((item) => {
        const own = records.filter((record) => record.itemId === item.id);
        return { item, records: own, latest: own[own.length - 1] ?? null };
      })
      .filter((row) => row.item.removedAt === null || row.records.length > 0);
  }
}
