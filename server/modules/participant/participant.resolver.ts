import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Role } from "../user/user.entity.js";
import { Participant } from "./participant.entity.js";
import { RegisterParticipantInput } from "./participant.input.js";

@Resolver(() => Participant)
export class ParticipantResolver {
  @Authorized()
  @Query(() => [Participant], { description: "Your organisation's participants. Each read is logged." })
  participants(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Participant[]> {
    return context.services.participants.ours(actor);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Participant, { description: "Register a participant under a pseudonymous code." })
  registerParticipant(
    @Arg("input", () => RegisterParticipantInput) input: RegisterParticipantInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.participants.register(actor, input);
  }
}
