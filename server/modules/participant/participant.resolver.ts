import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import { DateTime } from "../../common/scalars.js";
import type { Actor } from "../../common/viewer.js";
import { Municipality } from "../reference/municipality.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import { Role } from "../user/user.entity.js";
import { ParticipantPolicy } from "./participant-policy.entity.js";
import { Participant } from "./participant.entity.js";
import { ParticipantsArgs, RegisterParticipantInput, SetParticipantPolicyInput, UpdateParticipantInput } from "./participant.input.js";

@ObjectType({ description: "A participant with nothing happening for them for the organisation's `inactiveMonths`." })
export class ParticipantDue {
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => DateTime, { description: "Their last activity: registration, an edit, archiving, or a change to a claim for them." })
  lastActivityAt!: Date;
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @Authorized()
  @Query(() => [Participant], { description: "Your organisation's participants, by code. Each read is logged." })
  participants(
    @Args(() => ParticipantsArgs) args: ParticipantsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Participant[]> {
    return context.services.participants.ours(actor, args);
  }

  @Authorized()
  @Query(() => Participant, {
    nullable: true,
    description: "One of your organisation's participants (null for any other). The read is logged.",
  })
  participant(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Participant | null> {
    return context.services.participants.findOurs(actor, id);
  }

  @Authorized()
  @Query(() => [ParticipantDue], {
    description: "Your participants due for review under your organisation's policy, longest inactive first. Each read is logged.",
  })
  participantsDueForReview(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<ParticipantDue[]> {
    return context.services.participants.dueForReview(actor);
  }

  @Authorized()
  @Query(() => ParticipantPolicy, { description: "How long your organisation keeps participants, and what erasure removes." })
  participantPolicy(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<ParticipantPolicy> {
    return context.services.participants.policy(actor.viewer);
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

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Participant, { description: "Change one of your organisation's participants." })
  updateParticipant(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateParticipantInput) input: UpdateParticipantInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.participants.update(actor, id, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Participant, { description: "Archive a participant: kept with their history, no longer offered for new claims." })
  archiveParticipant(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.participants.setArchived(actor, id, true);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Participant, { description: "Bring an archived participant back into use." })
  restoreParticipant(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.participants.setArchived(actor, id, false);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description:
      "Erasure on request (GDPR art. 17): the code and every attribute are gone for every organisation; the claims stay, without the participant, so statistics still count. Audited, without the code.",
  })
  eraseParticipant(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<boolean> {
    return context.services.participants.erase(actor, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ParticipantPolicy, {
    description: "Set how long your organisation keeps participants and what erasure removes (admins).",
  })
  setParticipantPolicy(
    @Arg("input", () => SetParticipantPolicyInput) input: SetParticipantPolicyInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<ParticipantPolicy> {
    return context.services.participants.setPolicy(actor, input);
  }

  @FieldResolver(() => [OccupationField], { description: "Occupation fields (JobTech) the person is interested in." })
  async occupationInterests(@Root() participant: Participant, @Ctx() context: Context): Promise<OccupationField[]> {
    const fields = await context.loaders.occupationFieldById.loadMany(participant.interestIds);
    return fields.filter((field): field is OccupationField => field instanceof OccupationField);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "The municipality the person lives in." })
  async homeMunicipality(@Root() participant: Participant, @Ctx() context: Context): Promise<Municipality | null> {
    if (!participant.homeMunicipalityCode) return null;
    return (await context.loaders.municipalityByCode.load(participant.homeMunicipalityCode)) ?? null;
  }
}
