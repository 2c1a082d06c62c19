import { In, type EntityManager } from "typeorm";
import { Validation } from "../modules/validation/validation.entity.js";
import { manyByKey } from "./batch.js";

/** Each claim's validations, oldest first. Callers check who may read them (validation.access.ts). */
export const validationsByClaimId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) => reads.find(Validation, { where: { claimId: In(ids) }, order: { createdAt: "ASC", id: "ASC" } }),
    (row) => row.claimId,
  );
