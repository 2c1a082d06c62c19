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
  // Copies: upsert writes the keys it reads back into the objects it is given, on SQLite in the
  // table's order rather than the list's, and the list is one module object every store of the process shares.
  await dataSource.getRepository(Municipality).upsert(
    taxonomy.municipalities.map((row) => ({ ...row })),
    ["code"],
  );
  await dataSource.getRepository(OccupationField).upsert(
    taxonomy.occupationFields.map((row) => ({ ...row })),
    ["id"],
  );
}
