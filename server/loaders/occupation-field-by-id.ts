import { In, type EntityManager } from "typeorm";
import { OccupationField } from "../modules/reference/occupation-field.entity.js";
import { oneByKey } from "./batch.js";

export const occupationFieldById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(OccupationField, { id: In(ids) }),
    (row) => row.id,
  );
