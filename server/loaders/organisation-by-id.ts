import { In, type EntityManager } from "typeorm";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { oneByKey } from "./batch.js";

export const organisationById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(Organisation, { id: In(ids) }),
    (row) => row.id,
  );
