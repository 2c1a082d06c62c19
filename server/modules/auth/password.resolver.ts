import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import { DateTime } from "../../common/scalars.js";
import type { Actor } from "../../common/viewer.js";
import { Role, User } from "../user/user.entity.js";
import { ChangePasswordInput, SetPasswordWithTokenInput } from "./password.input.js";
import { PASSWORD_RESET_TTL_HOURS } from "./password.service.js";

@ObjectType({
  description: `A one-time set-password token for a user. Shown only in this answer; it works once, for ${PASSWORD_RESET_TTL_HOURS} hours, with setPasswordWithToken.`,
})
export class PasswordResetTicket {
  @Field(() => String)
  token!: string;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class PasswordResolver {
  @Authorized()
  @Mutation(() => Int, {
    description: "Change your own password (the current one is required). Every other session of yours ends; returns how many ended.",
  })
  changePassword(
    @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<number> {
    return context.services.passwords.changePassword(actor, context.token!, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PasswordResetTicket, {
    description:
      "Reset the password of another user of your organisation (admins): the old password stops working, the user's sessions end, and the answer holds a one-time set-password token to hand over.",
  })
  resetUserPassword(
    @Arg("userId", () => ID) userId: string,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<PasswordResetTicket> {
    return context.services.passwords.resetUserPassword(actor, userId);
  }

  @Mutation(() => Boolean, {
    description: "Set a new password with a one-time token from resetUserPassword (no sign-in needed; throttled like sign-in).",
  })
  setPasswordWithToken(
    @Arg("input", () => SetPasswordWithTokenInput) input: SetPasswordWithTokenInput,
    @Ctx() context: Context,
  ): Promise<boolean> {
    return context.services.passwords.setPasswordWithToken(input, context.ip);
  }
}
