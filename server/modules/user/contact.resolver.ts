import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Contact } from "./contact.js";

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Organisation, { description: "The organisation the person works for." })
  async organisation(@Root() contact: Contact, @Ctx() context: Context): Promise<Organisation> {
    return (await context.loaders.organisationById.load(contact.organisationId))!;
  }
}
