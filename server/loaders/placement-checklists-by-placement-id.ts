import { In, IsNull, type EntityManager } from "typeorm";
import { PlacementChecklist } from "../modules/validation/placement-checklist.entity.js";
import { manyByKey } from "./batch.js";

/** Each placement's attached checklists (not taken off), oldest first. */
export const placementChecklistsByPlacementId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) =>
      reads.find(PlacementChecklist, { where: { placementId: In(ids), removedAt: IsNull() }, order: { createdAt: "ASC", id: "ASC" } }),
    (row) => row.placementId,
  );
