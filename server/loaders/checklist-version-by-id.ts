import { In, type EntityManager } from "typeorm";
import { ChecklistTemplateVersion } from "../modules/validation/checklist.entity.js";
import { oneByKey } from "./batch.js";

export const checklistVersionById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(ChecklistTemplateVersion, { id: In(ids) }),
    (row) => row.id,
  );
