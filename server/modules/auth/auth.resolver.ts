import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { notFound } from "../../common/errors.js";
import { DateTime } from "../../common/scalars.js";
import { Role, User } from "../user/user.entity.js";
import { PASSWORD_MAX_LENGTH } from "./passwords.js";

@ObjectType({ description: "A signed-in session: send the token as `Authorization: Bearer <token>`." })
class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => User)
  user!: User;
}

@ObjectType({ description: "An account that cannot sign in for a while after too many failed attempts." })
class LoginLock {
  @Field(() => User)
  user!: User;

  @Field(() => Int, { description: "Failed sign-ins counted towards the lock." })
  failures!: number;

  @Field(() => DateTime, { description: "When the lock lifts by itself." })
  lockedUntil!: Date;

  @Field(() => DateTime)
  lastFailureAt!: Date;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Sign in with e-mail and password." })
  async login(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    return context.services.auth.login(email.slice(0, 254), password.slice(0, PASSWORD_MAX_LENGTH), context.ip);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Revoke the token this request carries." })
  logout(@Ctx() context: Context): Promise<boolean> {
    return context.services.auth.logout(context.token!, { viewer: context.viewer, ip: context.ip });
  }

  @Authorized(Role.ADMIN)
  @Query(() => [LoginLock], { description: "Accounts of your organisation locked after failed sign-ins (admins)." })
  loginLocks(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<LoginLock[]> {
    return context.services.auth.loginLocks(actor);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: "Lift a sign-in lock on a user of your organisation at once (admins)." })
  unlockLogin(@Arg("userId", () => ID) userId: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<boolean> {
    return context.services.auth.unlockLogin(actor, userId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, {
    description: "End every session of a user of your organisation at once (admins); returns how many ended. The password stays.",
  })
  endUserSessions(@Arg("userId", () => ID) userId: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<number> {
    return context.services.auth.endUserSessions(actor, userId);
  }

  @Authorized()
  @Query(() => User, { description: "The signed-in user." })
  async me(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<User> {
    const user = await context.loaders.userById.load(actor.viewer.userId);
    if (!user) throw notFound("User");
    return user;
  }
}
