import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { actorOf, type Context } from "../../context.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Role, User } from "./user.entity.js";
import { CreateUserInput } from "./user.input.js";

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() user: User, @Ctx() context: Context): Promise<Organisation> {
    return (await context.loaders.organisationById.load(user.organisationId))!;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: "Users of your organisation (admins)." })
  users(@Ctx() context: Context): Promise<User[]> {
    return context.services.users.ours(actorOf(context));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Add a user to your organisation (admins)." })
  createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() context: Context): Promise<User> {
    return context.services.users.create(actorOf(context), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description: "Deactivate (or reactivate) a user of your organisation; a deactivated user's tokens stop working at once.",
  })
  setUserActive(@Arg("id", () => ID) id: string, @Arg("active", () => Boolean) active: boolean, @Ctx() context: Context): Promise<User> {
    return context.services.users.setActive(actorOf(context), id, active);
  }
}
