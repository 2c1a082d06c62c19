import { In, type EntityManager } from "typeorm";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { manyByKey } from "./batch.js";

/** Each workplace's supervisors by name. */
export const supervisorsByWorkplaceId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) => reads.find(Supervisor, { where: { workplaceId: In(ids) }, order: { name: "ASC" } }),
    (row) => row.workplaceId,
  );
