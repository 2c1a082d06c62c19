import { In, type EntityManager } from "typeorm";
import { PlacementChecklist } from "../modules/validation/placement-checklist.entity.js";
import { oneByKey } from "./batch.js";

export const placementChecklistById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(PlacementChecklist, { id: In(ids) }),
    (row) => row.id,
  );
