import { In, type EntityManager } from "typeorm";
import { ClaimRenewal } from "../modules/claim/claim-renewal.entity.js";
import { manyByKey } from "./batch.js";

/** Each claim's renewals, oldest first (the chain). */
export const renewalsByClaimId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) => reads.find(ClaimRenewal, { where: { claimId: In(ids) }, order: { renewedAt: "ASC", id: "ASC" } }),
    (row) => row.claimId,
  );
