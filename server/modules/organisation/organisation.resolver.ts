import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Organisation } from "./organisation.entity.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => [Organisation], { description: "The partner organisations of the pool." })
  organisations(@Ctx() context: Context): Promise<Organisation[]> {
    return context.services.organisations.all();
  }
}
