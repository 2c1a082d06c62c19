import { In, type EntityManager } from "typeorm";
import { ChecklistTemplateItem } from "../modules/validation/checklist.entity.js";
import { manyByKey } from "./batch.js";

/** Each template version's items in order. */
export const checklistItemsByVersionId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) => reads.find(ChecklistTemplateItem, { where: { versionId: In(ids) }, order: { position: "ASC" } }),
    (row) => row.versionId,
  );
