import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Claim } from "../claim/claim.entity.js";
import { ParticipantSharing, sharedParticipant, sharingOf } from "../consent/participant-sharing.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { Role } from "../user/user.entity.js";
import { WaitingListEntry } from "./waiting-list-entry.entity.js";
import { JoinWaitingListInput } from "./waiting-list.input.js";

@Resolver(() => WaitingListEntry)
export class WaitingListResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => WaitingListEntry, {
    description: "Stand in line for seats on a full placement (ställ i kö); freed seats go to the first in line as a HELD claim of yours.",
  })
  joinWaitingList(
    @Arg("input", () => JoinWaitingListInput) input: JoinWaitingListInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.waitingList.join(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => WaitingListEntry, { description: "Leave a placement's queue." })
  leaveWaitingList(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.waitingList.leave(actor, id);
  }

  @Authorized()
  @Query(() => [WaitingListEntry], { description: "Your organisation's places in line (waiting and offered), newest first." })
  myWaitingList(
    @Arg("includeEnded", () => Boolean, { defaultValue: false, description: "Also entries that were left or expired." })
    includeEnded: boolean,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.waitingList.ours(actor.viewer, includeEnded);
  }

  @Authorized()
  @Query(() => [WaitingListEntry], {
    description: "Who waits for your organisation's placement, in line order; each participant only under a valid consent.",
  })
  waitingListOfPlacement(@Arg("placementId", () => ID) placementId: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.waitingList.onOurPlacement(actor.viewer, placementId);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Place in line, 1 for the first; null unless WAITING." })
  position(@Root() entry: WaitingListEntry): number | null {
    return entry.position;
  }

  @FieldResolver(() => Placement, { nullable: true, description: "The placement (null if no longer visible to you)." })
  async placement(@Root() entry: WaitingListEntry, @Ctx() context: Context): Promise<Placement | null> {
    return context.loaders.placementById.load(entry.placementId);
  }

  @FieldResolver(() => Organisation, { description: "The organisation in line." })
  async organisation(@Root() entry: WaitingListEntry, @Ctx() context: Context): Promise<Organisation> {
    return (await context.loaders.organisationById.load(entry.organisationId))!;
  }

  @FieldResolver(() => Claim, { nullable: true, description: "The HELD claim the entry was given when seats freed up (OFFERED)." })
  async claim(@Root() entry: WaitingListEntry, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Claim | null> {
    if (!entry.claimId) return null;
    return context.services.claims.findVisible(actor.viewer, entry.claimId);
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description:
      "The participant in line: for your own entries; for your placement's queue only under a valid consent. Each read is logged.",
  })
  participant(@Root() entry: WaitingListEntry, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Participant | null> {
    return sharedParticipant(context, actor, entry);
  }

  @FieldResolver(() => ParticipantSharing, { description: "Whether you see the participant in line, and why (not)." })
  participantSharing(@Root() entry: WaitingListEntry, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<ParticipantSharing> {
    return sharingOf(context, actor, entry);
  }
}
