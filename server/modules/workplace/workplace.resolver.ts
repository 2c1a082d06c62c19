import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import { LocalDate } from "../../common/scalars.js";
import type { Actor } from "../../common/viewer.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Role } from "../user/user.entity.js";
import { Supervisor, TrainingStatus } from "./supervisor.entity.js";
import { Workplace, WorkplaceAction } from "./workplace.entity.js";
import {
  AddSupervisorInput,
  CreateWorkplaceInput,
  RecordSupervisorTrainingInput,
  SupervisorRegisterFilter,
  UpdateSupervisorInput,
  UpdateWorkplaceInput,
} from "./workplace.input.js";

@Resolver(() => Workplace)
export class WorkplaceResolver {
  @Authorized()
  @Query(() => [Workplace], {
    description:
      "Your organisation's workplaces, by name: the ones its placements may use. Archived ones only with includeArchived. Other organisations' workplaces are seen through their placements and the supervisor register.",
  })
  workplaces(
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
    @Arg("includeArchived", () => Boolean, { defaultValue: false }) includeArchived: boolean,
  ): Promise<Workplace[]> {
    return context.services.workplaces.all(actor.viewer, { includeArchived });
  }

  @Authorized()
  @Query(() => Workplace, { nullable: true, description: "One workplace of the pool with its supervisors; null when it does not exist." })
  workplace(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Workplace | null> {
    return context.services.workplaces.byId(id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Workplace, { description: "Register a workplace for your organisation; only it posts placements there." })
  createWorkplace(
    @Arg("input", () => CreateWorkplaceInput) input: CreateWorkplaceInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.workplaces.create(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Workplace, { description: "Change a workplace your organisation registered." })
  updateWorkplace(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateWorkplaceInput) input: UpdateWorkplaceInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.workplaces.update(actor, id, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Workplace, {
    description: "Archive a workplace your organisation registered: it takes no new placements; those already there run on.",
  })
  archiveWorkplace(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.workplaces.archive(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Workplace, { description: "Take an archived workplace back into use." })
  restoreWorkplace(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.workplaces.restore(actor, id);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() workplace: Workplace, @Ctx() context: Context): Promise<Municipality> {
    return (await context.loaders.municipalityByCode.load(workplace.municipalityCode))!;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() workplace: Workplace, @Ctx() context: Context): Promise<Organisation> {
    return (await context.loaders.organisationById.load(workplace.organisationId))!;
  }

  @FieldResolver(() => [Supervisor])
  supervisors(@Root() workplace: Workplace, @Ctx() context: Context): Promise<Supervisor[]> {
    return context.loaders.supervisorsByWorkplaceId.load(workplace.id);
  }

  @Authorized()
  @FieldResolver(() => [WorkplaceAction], { description: "What you may do with this workplace now; the server enforces the same rules." })
  allowedActions(@Root() workplace: Workplace, @CurrentActor() actor: Actor, @Ctx() context: Context): WorkplaceAction[] {
    return context.services.workplaces.allowedActions(actor.viewer, workplace);
  }
}

@Resolver(() => Supervisor)
export class SupervisorResolver {
  @Authorized()
  @Query(() => [Supervisor], {
    description:
      "The supervisor register: supervisors at every organisation's workplaces in use (archived workplaces left out), by organisation, workplace and name, with their training status.",
  })
  supervisorRegister(
    @Ctx() context: Context,
    @Arg("filter", () => SupervisorRegisterFilter, { nullable: true }) filter?: SupervisorRegisterFilter,
  ): Promise<Supervisor[]> {
    return context.services.workplaces.register(filter ?? {});
  }

  @Authorized()
  @Query(() => Int, {
    description: "Years a supervisor training stays valid in this pool (server setting SUPERVISOR_TRAINING_VALID_YEARS); then it is DUE.",
  })
  supervisorTrainingValidYears(@Ctx() context: Context): number {
    return context.services.workplaces.training.validYears;
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Supervisor, { description: "Add a supervisor to a workplace your organisation registered." })
  addSupervisor(@Arg("input", () => AddSupervisorInput) input: AddSupervisorInput, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.workplaces.addSupervisor(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Supervisor, { description: "Change the contact details of a supervisor at one of your organisation's workplaces." })
  updateSupervisor(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateSupervisorInput) input: UpdateSupervisorInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.workplaces.updateSupervisor(actor, id, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Supervisor, {
    description:
      "Record a completed supervisor training (date and course) for a supervisor at one of your organisation's workplaces. Audited.",
  })
  recordSupervisorTraining(
    @Arg("input", () => RecordSupervisorTrainingInput) input: RecordSupervisorTrainingInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.workplaces.recordTraining(actor, input);
  }

  @FieldResolver(() => Workplace, { description: "Where the supervisor works." })
  async workplace(@Root() supervisor: Supervisor, @Ctx() context: Context): Promise<Workplace> {
    return (await context.loaders.workplaceById.load(supervisor.workplaceId))!;
  }

  @FieldResolver(() => TrainingStatus, { description: "Training status today, by the pool's validity (`supervisorTrainingValidYears`)." })
  trainingStatus(@Root() supervisor: Supervisor, @Ctx() context: Context): TrainingStatus {
    return context.services.workplaces.training.status(supervisor.trainedOn);
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: "The day the training is due again; null when never trained." })
  trainingDueOn(@Root() supervisor: Supervisor, @Ctx() context: Context): string | null {
    return context.services.workplaces.training.dueOn(supervisor.trainedOn);
  }
}
