import { In, type EntityManager } from "typeorm";
import { Claim } from "../modules/claim/claim.entity.js";
import { manyByKey } from "./batch.js";

/** Every claim on each placement, newest first; the resolver shows them to the placement's owner only. */
export const claimsByPlacementId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) => reads.find(Claim, { where: { placementId: In(ids) }, order: { createdAt: "DESC" } }),
    (row) => row.placementId,
  );
