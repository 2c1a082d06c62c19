import type { EntityManager } from "typeorm";
import type { Viewer } from "../../common/viewer.js";
import type { Claim } from "../claim/claim.entity.js";
import { participantsConsentedTo } from "../consent/consent.service.js";

/**
 * Who may read a person's validations on a claim: the claiming organisation always (it is their
 * participant); the placement's organisation only while the participant's consent covers it.
 * The consent rule is the one `Claim.participant` uses (consent.service.ts): recorded, not
 * revoked, not past `validUntil`, covering the placement's organisation.
 */
export async function mayReadValidations(
  reads: EntityManager,
  viewer: Viewer,
  claim: Claim,
  placementOrganisationId: string,
): Promise<boolean> {
  if (viewer.organisationId === claim.organisationId) return true;
  if (viewer.organisationId !== placementOrganisationId) return false;
  return ownerHasConsent(reads, viewer, claim);
}

async function ownerHasConsent(reads: EntityManager, viewer: Viewer, claim: Claim): Promise<boolean> {
  if (!claim.participantId) return false;
  return (await participantsConsentedTo(reads, viewer.organisationId, [claim.participantId])).has(claim.participantId);
}
