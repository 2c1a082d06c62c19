import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import { notFound } from "../../common/errors.js";
import type { Actor } from "../../common/viewer.js";
import { Role } from "../user/user.entity.js";
import { swedishToday } from "../workplace/supervisor-training.js";
import { PlacementFit, placementFit } from "./fit.js";
import { TraineeType, traineeTypeOf } from "./kind-rules.js";
import { PlacementKind } from "./placement-kind.js";
import { Placement } from "./placement.entity.js";

/** The placement's fields for finding a place for a person: fit, the queue, the trainee variant, still there. */
@Resolver(() => Placement)
export class PlacementPoolResolver {
  @FieldResolver(() => PlacementFit, {
    description:
      "How the placement fits one of your participants, and why (not): requirements (Swedish level, licences) decide `fits`; interest, home municipality and period rank.",
  })
  async fit(
    @Root() placement: Placement,
    @Arg("participantId", () => ID) participantId: string,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<PlacementFit> {
    const participant = await context.loaders.participantById.load(participantId);
    if (!participant || participant.organisationId !== actor.viewer.organisationId) throw notFound("Participant", "participantId");
    return placementFit(placement, participant);
  }

  @FieldResolver(() => Int, { description: "How many wait in the placement's queue (ställ i kö)." })
  waitingCount(@Root() placement: Placement, @Ctx() context: Context): Promise<number> {
    return context.loaders.waitingCountByPlacementId.load(placement.id);
  }

  @FieldResolver(() => TraineeType, {
    nullable: true,
    description: "TRAINEE only: internal (public workplace) or external, which sets its cap and renewal step.",
  })
  async traineeType(@Root() placement: Placement, @Ctx() context: Context): Promise<TraineeType | null> {
    if (placement.kind !== PlacementKind.TRAINEE) return null;
    const workplace = await context.loaders.workplaceById.load(placement.workplaceId);
    return traineeTypeOf(placement.kind, workplace?.sector);
  }

  @FieldResolver(() => Boolean, { description: "The placement's end date has passed: it has left the board and takes no claims." })
  ended(@Root() placement: Placement): boolean {
    return !!placement.endDate && placement.endDate < swedishToday();
  }

  @FieldResolver(() => Boolean, {
    description:
      "Your own standing placement, untouched for STANDING_ASK_DAYS: confirm it still exists (confirmPlacementStillThere). After STANDING_STALE_DAYS it is off the board until you do.",
  })
  stillThereDue(@Root() placement: Placement, @CurrentActor() actor: Actor, @Ctx() context: Context): boolean {
    if (placement.organisationId !== actor.viewer.organisationId || placement.endDate !== null) return false;
    return placement.updatedAt.getTime() < Date.now() - context.services.placements.standingAskDays * 86_400_000;
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Placement, { description: "Confirm that your standing placement still exists: it stays on (or returns to) the board." })
  confirmPlacementStillThere(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.placements.confirmStillThere(actor, id);
  }
}
