import { In, type EntityManager } from "typeorm";
import type { Viewer } from "../common/viewer.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { manyByKey } from "./batch.js";

/** The viewer's own organisation's claims on each placement, newest first. */
export const ourClaimsByPlacementId = (reads: EntityManager, viewer: Viewer | null) =>
  manyByKey(
    (ids: string[]) =>
      viewer
        ? reads.find(Claim, {
            where: { placementId: In(ids), organisationId: viewer.organisationId },
            order: { createdAt: "DESC" },
          })
        : Promise.resolve([]),
    (row) => row.placementId,
  );
