import { Brackets, type EntityManager, type SelectQueryBuilder } from "typeorm";
import type { Viewer } from "../../common/viewer.js";
import { PlacementStatus, Visibility } from "./placement-kind.js";
import { Placement } from "./placement.entity.js";

/**
 * The one rule of who sees a placement, used on every path that returns one (placement, board,
 * claimSeat, Claim.placement, and so myClaims and claimsOnOurPlacements):
 * - its own organisation, in any status;
 * - any organisation that has a claim on it, in any status — a coordinator keeps seeing where
 *   their person is or was placed, even after the audience changed;
 * - every other organisation once it is published (not DRAFT), if shown to all partners or to
 *   that organisation.
 */
export function visiblePlacements(manager: EntityManager, viewer: Viewer): SelectQueryBuilder<Placement> {
  return manager
    .getRepository(Placement)
    .createQueryBuilder("placement")
    .where(
      new Brackets((visible) =>
        visible
          .where("placement.organisationId = :viewerOrganisationId")
          .orWhere(
            new Brackets((shared) =>
              shared
                .where("placement.status <> :draft")
                .andWhere(
                  new Brackets((audience) =>
                    audience
                      .where("placement.visibility = :allPartners")
                      .orWhere(
                        `EXISTS (SELECT 1 FROM "placement_visibility" "pv" WHERE "pv"."placementId" = "placement"."id" AND "pv"."organisationId" = :viewerOrganisationId)`,
                      ),
                  ),
                ),
            ),
          )
          .orWhere(
            `EXISTS (SELECT 1 FROM "claim" "ours" WHERE "ours"."placementId" = "placement"."id" AND "ours"."organisationId" = :viewerOrganisationId)`,
          ),
      ),
    )
    .setParameters({
      viewerOrganisationId: viewer.organisationId,
      draft: PlacementStatus.DRAFT,
      allPartners: Visibility.ALL_PARTNERS,
    });
}
