import type { PasswordHashingOptions } from "../config.js";
import { syncReferenceData } from "../modules/reference/reference-data.js";
import { seedDemoData } from "../seed/demo-data.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import type { StoreOptions } from "./data-source.js";
import { createStore, type Store } from "./store.js";

/**
 * Opens the store and makes it ready: runs pending migrations, brings reference data up to
 * date, and loads demo data into an empty database when asked.
 */
export async function openStore(options: StoreOptions & { seedDemo: boolean; passwordHashing?: PasswordHashingOptions }): Promise<Store> {
  const store = await createStore(options);
  const { writer } = store;
  await writer.runMigrations({ transaction: "each" });
  await syncReferenceData(writer);
  if (options.seedDemo && (await writer.getRepository(Organisation).count()) === 0) {
    await seedDemoData(writer, new Date(), options.passwordHashing);
  }
  return store;
}
