import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Contact, contactOf } from "../user/contact.js";
import { Role } from "../user/user.entity.js";
import { Consent, ConsentAction, ConsentStatus } from "./consent.entity.js";
import { RecordConsentInput } from "./consent.input.js";

@Resolver(() => Consent)
export class ConsentResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => Consent, {
    description:
      "Record a participant's consent to share their details with named organisations until a day; the signed paper stays in your own case system (give where in documentReference). A minor's consent needs guardianAgreed.",
  })
  recordConsent(@Arg("input", () => RecordConsentInput) input: RecordConsentInput, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.consents.record(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Consent, { description: "Revoke a consent: the participant is hidden from the organisations it covered at once." })
  revokeConsent(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.consents.revoke(actor, id);
  }

  @Authorized()
  @Query(() => [Consent], { description: "One of your participants' consents, newest first (your organisation only)." })
  participantConsents(@Arg("participantId", () => ID) participantId: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.consents.ofParticipant(actor.viewer, participantId);
  }

  @FieldResolver(() => [Organisation], { description: "The organisations the consent covers." })
  async organisations(@Root() consent: Consent, @Ctx() context: Context): Promise<Organisation[]> {
    const ids = (await context.services.consents.organisationIdsOf([consent.id])).get(consent.id) ?? [];
    const rows = await context.loaders.organisationById.loadMany(ids);
    return rows.filter((row): row is Organisation => row instanceof Organisation);
  }

  @FieldResolver(() => Contact, { description: "Who recorded it." })
  async recordedBy(@Root() consent: Consent, @Ctx() context: Context): Promise<Contact> {
    return contactOf((await context.loaders.userById.load(consent.recordedById))!);
  }

  @FieldResolver(() => Boolean, { description: "Recorded, not revoked and not past validUntil." })
  valid(@Root() consent: Consent, @Ctx() context: Context): boolean {
    return context.services.consents.statusOf(consent) === ConsentStatus.VALID;
  }

  @FieldResolver(() => ConsentStatus, { description: "Where the consent stands today: valid, expired or revoked." })
  status(@Root() consent: Consent, @Ctx() context: Context): ConsentStatus {
    return context.services.consents.statusOf(consent);
  }

  @Authorized()
  @FieldResolver(() => [ConsentAction], { description: "What you may do with this consent now; the server enforces the same rules." })
  allowedActions(@Root() consent: Consent, @CurrentActor() actor: Actor, @Ctx() context: Context): ConsentAction[] {
    return context.services.consents.allowedActions(actor.viewer, consent);
  }
}
