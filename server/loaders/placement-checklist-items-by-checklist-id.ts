import { In, type EntityManager } from "typeorm";
import { PlacementChecklistItem } from "../modules/validation/placement-checklist.entity.js";
import { manyByKey } from "./batch.js";

/** Each placement checklist's items, removed ones too (callers filter), in order. */
export const placementChecklistItemsByChecklistId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) => reads.find(PlacementChecklistItem, { where: { checklistId: In(ids) }, order: { position: "ASC", addedAt: "ASC" } }),
    (row) => row.checklistId,
  );
