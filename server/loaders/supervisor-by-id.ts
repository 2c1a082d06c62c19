import { In, type EntityManager } from "typeorm";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { oneByKey } from "./batch.js";

export const supervisorById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(Supervisor, { id: In(ids) }),
    (row) => row.id,
  );
