import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Role } from "../user/user.entity.js";
import { Organisation } from "./organisation.entity.js";
import { OrganisationSettingsInput } from "./organisation.input.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => [Organisation], { description: "The partner organisations of the pool." })
  organisations(@Ctx() context: Context): Promise<Organisation[]> {
    return context.services.organisations.all();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Organisation, { description: "Change your organisation's settings (admins). Audited." })
  updateOrganisationSettings(
    @Arg("input", () => OrganisationSettingsInput) input: OrganisationSettingsInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Organisation> {
    return context.services.organisations.updateSettings(actor, input);
  }
}
