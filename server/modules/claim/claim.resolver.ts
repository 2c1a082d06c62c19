import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { Role } from "../user/user.entity.js";
import { Contact, contactOf } from "../user/contact.js";
import { ClaimAction, ClaimStatus } from "./claim-status.js";
import { Claim } from "./claim.entity.js";
import { ClaimSeatInput, DeclineClaimArgs, EndClaimEarlyArgs, RenewClaimArgs } from "./claim.input.js";
import { ClaimRenewal } from "./claim-renewal.entity.js";
import { CAP_WARNING_DAYS } from "./claim.service.js";
import { ParticipantSharing, sharedParticipant, sharingOf } from "../consent/participant-sharing.js";
import { TraineeType } from "../placement/kind-rules.js";
import { LocalDate } from "../../common/scalars.js";

@ObjectType({ description: "A claim's period under its kind's renewal rules." })
export class ClaimRenewalLimit {
  @Field(() => Boolean, { description: "renewClaim would accept a later end now." })
  renewable!: boolean;

  @Field(() => Int, { description: "The total cap in months, renewals included." })
  capMonths!: number;

  @Field(() => Int, { nullable: true, description: "How far one renewal may extend the claim; null when the kind is not renewed." })
  stepMonths!: number | null;

  @Field(() => TraineeType, { nullable: true })
  traineeType!: TraineeType | null;

  @Field(() => LocalDate, { nullable: true })
  currentEnd!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The last day the cap allows." })
  capEnd!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The latest end one renewal may give now." })
  latestEnd!: string | null;

  @Field(() => Int, { nullable: true, description: "Days from today to the cap's last day." })
  daysToCap!: number | null;

  @Field(() => Boolean, { description: "The cap is 30 days away or less: time to plan what comes next." })
  nearCap!: boolean;
}
import { DEFAULT_CLAIM_PAGE } from "../../common/page-size.js";

@Resolver(() => Claim)
export class ClaimResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, {
    description:
      "Hold seats on a placement for your organisation at once; the placement's organisation then confirms or declines. Fails with NO_FREE_SEATS when too few are free.",
  })
  claimSeat(
    @Arg("input", () => ClaimSeatInput) input: ClaimSeatInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Claim> {
    return context.services.claims.claimSeat(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, { description: "Say yes to a hold on your organisation's placement." })
  confirmClaim(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.claims.confirm(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, { description: "Say no to a claim on your organisation's placement; its seats return to the pool." })
  declineClaim(
    @Args(() => DeclineClaimArgs) { id, reason, category }: DeclineClaimArgs,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.claims.decline(actor, id, reason?.trim() || null, category ?? null);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, {
    description:
      "Extend a CONFIRMED or ACTIVE claim's period to `until`: at most one renewal step past the current end, never past the kind's cap (trainee jobs: internal 18 months, external 12).",
  })
  renewClaim(@Args(() => RenewClaimArgs) { id, until }: RenewClaimArgs, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.claims.renew(actor, id, until);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, { description: "Give back seats your organisation claimed." })
  releaseClaim(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.claims.release(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, { description: "Record that the person started (confirmed → active)." })
  startClaim(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.claims.start(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, { description: "Record that the placement ended as planned; its seats return to the pool." })
  completeClaim(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.claims.complete(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Claim, { description: "Record an early end (avbrott), with the reason; its seats return to the pool." })
  endClaimEarly(@Args(() => EndClaimEarlyArgs) { id, reason }: EndClaimEarlyArgs, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.claims.endEarly(actor, id, reason.trim());
  }

  @Authorized()
  @Query(() => [Claim], { description: "Claims your organisation made, most recently changed first." })
  myClaims(
    @Arg("statuses", () => [ClaimStatus], { nullable: true }) statuses: ClaimStatus[] | null,
    @Arg("first", () => Int, { defaultValue: DEFAULT_CLAIM_PAGE, description: "Page size, 1–100 (default 50)." }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last claim of the previous page." }) after: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Claim[]> {
    return context.services.claims.ourClaims(actor.viewer, statuses && [...new Set(statuses)], first, after);
  }

  @Authorized()
  @Query(() => [Claim], {
    description:
      "Claims other organisations (and yours) hold on your organisation's placements, most recently changed first. Participants of other organisations stay hidden.",
  })
  claimsOnOurPlacements(
    @Arg("statuses", () => [ClaimStatus], { nullable: true }) statuses: ClaimStatus[] | null,
    @Arg("first", () => Int, { defaultValue: DEFAULT_CLAIM_PAGE, description: "Page size, 1–100 (default 50)." }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last claim of the previous page." }) after: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Claim[]> {
    return context.services.claims.onOurPlacements(actor.viewer, statuses && [...new Set(statuses)], first, after);
  }

  @Authorized()
  @Query(() => [Claim], { description: "Holds on your organisation's placements waiting for your decision, soonest to expire first." })
  claimsAwaitingDecision(
    @Arg("first", () => Int, { defaultValue: DEFAULT_CLAIM_PAGE, description: "Page size, 1–100 (default 50)." }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last claim of the previous page." }) after: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Claim[]> {
    return context.services.claims.awaitingDecision(actor.viewer, first, after);
  }

  @Authorized()
  @Query(() => Claim, { nullable: true, description: "A claim your organisation made or one on your placements." })
  claim(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Claim | null> {
    return context.services.claims.findVisible(actor.viewer, id);
  }

  @FieldResolver(() => Placement)
  async placement(@Root() claim: Claim, @Ctx() context: Context): Promise<Placement> {
    return (await context.loaders.placementById.load(claim.placementId))!;
  }

  @FieldResolver(() => [ClaimAction], {
    description: "What you may do with this claim now (none for the VIEWER role); each is a mutation that would be accepted.",
  })
  async allowedActions(@Root() claim: Claim, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<ClaimAction[]> {
    const placement = (await context.loaders.placementById.load(claim.placementId))!;
    return context.services.claims.allowedActions(actor.viewer, claim, placement.organisationId);
  }

  @FieldResolver(() => Organisation, { description: "The organisation that made the claim." })
  async organisation(@Root() claim: Claim, @Ctx() context: Context): Promise<Organisation> {
    return (await context.loaders.organisationById.load(claim.organisationId))!;
  }

  @FieldResolver(() => Contact, { description: "The coordinator who made the claim: the name and the contact details they share." })
  async claimedBy(@Root() claim: Claim, @Ctx() context: Context): Promise<Contact> {
    return contactOf((await context.loaders.userById.load(claim.claimedById))!);
  }

  @FieldResolver(() => Contact, {
    nullable: true,
    description: "The coordinator of the placement's organisation who confirmed or declined the claim; null before a decision.",
  })
  async decidedBy(@Root() claim: Claim, @Ctx() context: Context): Promise<Contact | null> {
    if (!claim.decidedById) return null;
    const user = await context.loaders.userById.load(claim.decidedById);
    return user ? contactOf(user) : null;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description:
      "The participant: always for the organisation that made the claim; for the placement's organisation only while a valid consent covers it (see participantSharing); null for everyone else. Each read is logged.",
  })
  participant(@Root() claim: Claim, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Participant | null> {
    return sharedParticipant(context, actor, claim);
  }

  @FieldResolver(() => ParticipantSharing, {
    description: 'Whether you see the claim\'s participant, and why (not): NO_CONSENT reads as "samtycke saknas".',
  })
  participantSharing(@Root() claim: Claim, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<ParticipantSharing> {
    return sharingOf(context, actor, claim);
  }

  @FieldResolver(() => [String], {
    description:
      'What the participant lacked of the placement\'s requirements when the claim was made, as codes: "SWEDISH_LEVEL:<level required>", "LICENCE:<licence>". Shown to both organisations; names no one.',
  })
  unmetRequirements(@Root() claim: Claim): string[] {
    return claim.unmetRequirements ? claim.unmetRequirements.split(",") : [];
  }

  @FieldResolver(() => [ClaimRenewal], { description: "The chain of renewals of the claim's period, oldest first (the latest 50)." })
  async renewals(@Root() claim: Claim, @Ctx() context: Context): Promise<ClaimRenewal[]> {
    return (await context.loaders.renewalsByClaimId.load(claim.id)).slice(-50);
  }

  @FieldResolver(() => ClaimRenewalLimit, {
    description: "Where the claim stands under its kind's renewal rules: the cap, the latest next end, a warning near the cap.",
  })
  async renewal(@Root() claim: Claim, @Ctx() context: Context): Promise<ClaimRenewalLimit> {
    const placement = (await context.loaders.placementById.load(claim.placementId))!;
    const workplace = await context.loaders.workplaceById.load(placement.workplaceId);
    const state = await context.services.claims.renewalState(claim, placement, workplace);
    return {
      renewable: state.rule.renewalStepMonths !== null && !!state.latest && !!state.currentEnd && state.latest > state.currentEnd,
      capMonths: state.rule.maxMonths,
      stepMonths: state.rule.renewalStepMonths,
      traineeType: state.rule.traineeType,
      currentEnd: state.currentEnd,
      capEnd: state.capEnd,
      latestEnd: state.latest,
      daysToCap: state.daysToCap,
      nearCap: state.rule.renewalStepMonths !== null && state.daysToCap !== null && state.daysToCap <= CAP_WARNING_DAYS,
    };
  }
}
