import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Role } from "../user/user.entity.js";
import { Supervisor } from "./supervisor.entity.js";
import { Workplace } from "./workplace.entity.js";
import { AddSupervisorInput, CreateWorkplaceInput } from "./workplace.input.js";

@Resolver(() => Workplace)
export class WorkplaceResolver {
  @Authorized()
  @Query(() => [Workplace], { description: "All workplaces in the pool, by name." })
  workplaces(@Ctx() context: Context): Promise<Workplace[]> {
    return context.services.workplaces.all();
  }

  @Authorized()
  @Query(() => Workplace, { nullable: true, description: "One workplace with its supervisors; null when it does not exist." })
  workplace(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Workplace | null> {
    return context.services.workplaces.byId(id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Workplace, { description: "Register a workplace; your organisation keeps it up to date." })
  createWorkplace(
    @Arg("input", () => CreateWorkplaceInput) input: CreateWorkplaceInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.workplaces.create(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Supervisor, { description: "Add a supervisor to a workplace your organisation registered." })
  addSupervisor(@Arg("input", () => AddSupervisorInput) input: AddSupervisorInput, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.workplaces.addSupervisor(actor, input);
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
}
