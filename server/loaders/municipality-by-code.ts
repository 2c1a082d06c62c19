import { In, type EntityManager } from "typeorm";
import { Municipality } from "../modules/reference/municipality.entity.js";
import { oneByKey } from "./batch.js";

export const municipalityByCode = (reads: EntityManager) =>
  oneByKey(
    (codes: string[]) => reads.findBy(Municipality, { code: In(codes) }),
    (row) => row.code,
  );
