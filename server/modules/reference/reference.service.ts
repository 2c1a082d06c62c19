import type { EntityManager } from "typeorm";
import { Municipality } from "./municipality.entity.js";
import { OccupationField } from "./occupation-field.entity.js";

/** Reads of the shipped reference data (JobTech Taxonomy); open to every signed-in user. */
export class ReferenceService {
  constructor(private readonly reads: EntityManager) {}

  municipalities(kakOnly: boolean): Promise<Municipality[]> {
    return this.reads.getRepository(Municipality).find({ where: kakOnly ? { kak: true } : {}, order: { kak: "DESC", name: "ASC" } });
  }

  occupationFields(): Promise<OccupationField[]> {
    return this.reads.getRepository(OccupationField).find({ order: { label: "ASC" } });
  }
}
