import { InitialSchema1764150000000 } from "./1764150000000-initial-schema.js";
import { AuditAppendOnly1764160000000 } from "./1764160000000-audit-append-only.js";

/** Applied in order on start-up; append, never edit. */
export const postgresMigrations = [InitialSchema1764150000000, AuditAppendOnly1764160000000];
