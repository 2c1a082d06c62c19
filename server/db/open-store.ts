import type { DataSource } from "typeorm";
import type { PasswordHashingOptions } from "../config.js";
import { syncReferenceData } from "../modules/reference/reference-data.js";
import { seedDemoData } from "../seed/demo-data.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { createDataSource, type StoreOptions } from "./data-source.js";

/**
 * Opens the store and makes it ready: runs pending migrations, brings reference data up to
 * date, and loads demo data into an empty database when asked.
 */
export async function openStore(
  options: StoreOptions & { seedDemo: boolean; passwordHashing?: PasswordHashingOptions },
): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await syncReferenceData(dataSource);
  if (options.seedDemo && (await dataSource.getRepository(Organisation).count()) === 0) {
    await seedDemoData(dataSource, new Date(), options.passwordHashing);
  }
  return dataSource;
}
