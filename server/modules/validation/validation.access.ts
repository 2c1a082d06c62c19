import type { EntityManager } from "typeorm";
import type { Viewer } from "../../common/viewer.js";
import type { Claim } from "../claim/claim.entity.js";

/**
 * Who may read a person's validations on a claim: the claiming organisation always (it is their
 * participant); the placement's organisation only while the participant's consent covers it.
 *
 * The consent part is one function on purpose: participant consent (`recordConsent`, issue 11)
 * is being built in parallel. Until it is on main the placement's organisation never sees them;
 * then `ownerHasConsent` asks the consent rule (the same one `Claim.participant` uses) and
 * nothing else changes.
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

/** The consent check slots in here (issue 11); no consent is recorded anywhere yet, so the answer is no. */
async function ownerHasConsent(_reads: EntityManager, _viewer: Viewer, _claim: Claim): Promise<boolean> {
  return false;
}
