import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { actorOf, type Context } from "../../context.js";
import { notFound } from "../../common/errors.js";
import { User } from "../user/user.entity.js";

@ObjectType({ description: "A signed-in session: send the token as `Authorization: Bearer <token>`." })
class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Sign in with e-mail and password." })
  async login(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    return context.services.auth.login(email.slice(0, 254), password.slice(0, 200), context.ip);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Revoke the token this request carries." })
  logout(@Ctx() context: Context): Promise<boolean> {
    return context.services.auth.logout(context.token!);
  }

  @Authorized()
  @Query(() => User, { description: "The signed-in user." })
  async me(@Ctx() context: Context): Promise<User> {
    const user = await context.loaders.userById.load(actorOf(context).viewer.userId);
    if (!user) throw notFound("User");
    return user;
  }
}
