import { Brackets, type EntityManager, type SelectQueryBuilder } from "typeorm";
import type { Viewer } from "../../common/viewer.js";
import { PlacementStatus, Visibility } from "./placement-kind.js";
import { Placement } from "./placement.entity.js";

/**
 * The one rule of who sees a placement: its own organisation in any status; every other
 * organisation once it is published, if shown to all partners or to that organisation.
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
          ),
      ),
    )
    .setParameters({
      viewerOrganisationId: viewer.organisationId,
      draft: PlacementStatus.DRAFT,
      allPartners: Visibility.ALL_PARTNERS,
    });
}
