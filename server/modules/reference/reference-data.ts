import type { DataSource } from "typeorm";
import taxonomy from "./jobtech-taxonomy.json" with { type: "json" };
import { Municipality } from "./municipality.entity.js";
import { OccupationField } from "./occupation-field.entity.js";

export const taxonomySource = { source: taxonomy.source, version: taxonomy.version };

/**
 * Brings the reference tables up to the shipped taxonomy file. Runs on every start: it only
 * inserts and relabels, never deletes, because taxonomy concepts are deprecated, not removed.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.getRepository(Municipality).upsert(taxonomy.municipalities, ["code"]);
  await dataSource.getRepository(OccupationField).upsert(taxonomy.occupationFields, ["id"]);
}
