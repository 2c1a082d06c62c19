import { In, type EntityManager } from "typeorm";
import { ValidationRecord } from "../modules/validation/validation.entity.js";
import { manyByKey } from "./batch.js";

/** Each validation's observations, oldest first. */
export const validationRecordsByValidationId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) =>
      reads.find(ValidationRecord, { where: { validationId: In(ids) }, order: { observedOn: "ASC", recordedAt: "ASC", id: "ASC" } }),
    (row) => row.validationId,
  );
