import { In, type EntityManager } from "typeorm";
import { PlacementVisibility } from "../modules/placement/placement.entity.js";
import { manyByKey } from "./batch.js";

/** The organisations a SELECTED placement is shown to (rows of placement_visibility). */
export const visibleToByPlacementId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) => reads.findBy(PlacementVisibility, { placementId: In(ids) }),
    (row) => row.placementId,
  );
