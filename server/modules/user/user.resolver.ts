import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Role, User } from "./user.entity.js";
import { PasswordResetTicket } from "../auth/password.resolver.js";
import { ChangeUserRoleInput, CreateUserInput, InviteUserInput, UpdateContactDetailsInput } from "./user.input.js";

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() user: User, @Ctx() context: Context): Promise<Organisation> {
    return (await context.loaders.organisationById.load(user.organisationId))!;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: "Users of your organisation (admins)." })
  users(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<User[]> {
    return context.services.users.ours(actor);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Add a user to your organisation (admins)." })
  createUser(
    @Arg("input", () => CreateUserInput) input: CreateUserInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<User> {
    return context.services.users.create(actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PasswordResetTicket, {
    description:
      "Add a user to your organisation without a password (admins): the answer holds a one-time set-password token, shown only here, to hand over; the user chooses their password with setPasswordWithToken.",
  })
  inviteUser(
    @Arg("input", () => InviteUserInput) input: InviteUserInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<PasswordResetTicket> {
    return context.services.users.invite(actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description:
      "Give a user of your organisation another role (admins); it applies from their next request. The organisation keeps at least one active admin (LAST_ADMIN).",
  })
  changeUserRole(
    @Arg("input", () => ChangeUserRoleInput) input: ChangeUserRoleInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<User> {
    return context.services.users.changeRole(actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description:
      "Deactivate (or reactivate) a user of your organisation (admins). Deactivation ends the user's sessions for good: reactivating does not bring them back. Never yourself (CANNOT_DEACTIVATE_SELF), never the last active admin (LAST_ADMIN).",
  })
  setUserActive(
    @Arg("id", () => ID) id: string,
    @Arg("active", () => Boolean) active: boolean,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<User> {
    return context.services.users.setActive(actor, id, active);
  }

  @Authorized()
  @Mutation(() => User, {
    description:
      "Choose the contact details other organisations see for you (Contact: name, e-mail, phone); admins may set them for a user of their organisation.",
  })
  updateContactDetails(
    @Arg("input", () => UpdateContactDetailsInput) input: UpdateContactDetailsInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<User> {
    return context.services.users.updateContactDetails(actor, input);
  }
}
