import { InitialSchema1764150000000 } from "./1764150000000-initial-schema.js";

/** Applied in order on start-up; append, never edit. */
export const sqliteMigrations = [InitialSchema1764150000000];
