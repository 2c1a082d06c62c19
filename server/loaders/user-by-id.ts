import { In, type EntityManager } from "typeorm";
import { User } from "../modules/user/user.entity.js";
import { oneByKey } from "./batch.js";

export const userById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(User, { id: In(ids) }),
    (row) => row.id,
  );
