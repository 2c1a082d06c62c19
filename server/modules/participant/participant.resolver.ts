import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { actorOf, type Context } from "../../context.js";
import { Role } from "../user/user.entity.js";
import { Participant } from "./participant.entity.js";
import { RegisterParticipantInput } from "./participant.input.js";

@Resolver(() => Participant)
export class ParticipantResolver {
  @Authorized()
  @Query(() => [Participant], { description: "Your organisation's participants. Each read is logged." })
  participants(@Ctx() context: Context): Promise<Participant[]> {
    return context.services.participants.ours(actorOf(context));
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Participant, { description: "Register a participant under a pseudonymous code." })
  registerParticipant(@Arg("input", () => RegisterParticipantInput) input: RegisterParticipantInput, @Ctx() context: Context) {
    return context.services.participants.register(actorOf(context), input);
  }
}
