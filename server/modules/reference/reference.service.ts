import type { DataSource } from "typeorm";
import { Municipality } from "./municipality.entity.js";
import { OccupationField } from "./occupation-field.entity.js";

/** Reads of the shipped reference data (JobTech Taxonomy); open to every signed-in user. */
export class ReferenceService {
  constructor(private readonly dataSource: DataSource) {}

  municipalities(kakOnly: boolean): Promise<Municipality[]> {
    return this.dataSource.getRepository(Municipality).find({ where: kakOnly ? { kak: true } : {}, order: { kak: "DESC", name: "ASC" } });
  }

  occupationFields(): Promise<OccupationField[]> {
    return this.dataSource.getRepository(OccupationField).find({ order: { label: "ASC" } });
  }
}
