import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import type { Context } from "../../context.js";
import { Role } from "../user/user.entity.js";
import { Outcome } from "./outcome.entity.js";
import { RecordOutcomeInput } from "./outcome.input.js";

@Resolver(() => Outcome)
export class OutcomeResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => Outcome, {
    description:
      "Record what came of one of your organisation's ended claims, at the end or 90 days after (the same stage again replaces it).",
  })
  recordOutcome(@Arg("input", () => RecordOutcomeInput) input: RecordOutcomeInput, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.outcomes.record(actor, input);
  }
}
