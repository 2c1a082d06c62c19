import { In, type EntityManager } from "typeorm";
import { Workplace } from "../modules/workplace/workplace.entity.js";
import { oneByKey } from "./batch.js";

export const workplaceById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(Workplace, { id: In(ids) }),
    (row) => row.id,
  );
