import "reflect-metadata";
import { parseArgs } from "node:util";
import { newId } from "../common/columns.js";
import { loadConfig } from "../config.js";
import { openStore } from "../db/open-store.js";
import { PasswordHasher, passwordProblem } from "../modules/auth/passwords.js";
import { Organisation, OrganisationKind } from "../modules/organisation/organisation.entity.js";
import { Role, User } from "../modules/user/user.entity.js";

// Creates the first admin of a production install (and the organisation, if new):
//   npm run create-admin -- --org koping --org-name "Köpings kommun" --kind MUNICIPALITY --email a@b.se --name "Ann A"
// The password is read from the environment variable ADMIN_PASSWORD so it stays out of shell history.
const { values } = parseArgs({
  options: {
    org: { type: "string" },
    "org-name": { type: "string" },
    kind: { type: "string", default: OrganisationKind.MUNICIPALITY },
    email: { type: "string" },
    name: { type: "string" },
  },
});
const password = process.env.ADMIN_PASSWORD ?? "";
if (!values.org || !values.email || !values.name || passwordProblem(password)) {
  console.error(
    "Usage: ADMIN_PASSWORD=… npm run create-admin -- --org <slug> [--org-name <name> --kind <kind>] --email <email> --name <name>",
  );
  console.error(`ADMIN_PASSWORD: ${passwordProblem(password) ?? "ok"}.`);
  process.exit(2);
}
if (!(values.kind! in OrganisationKind)) {
  console.error(`--kind must be one of ${Object.keys(OrganisationKind).join(", ")}`);
  process.exit(2);
}
const config = loadConfig();
const store = await openStore({ ...config, seedDemo: false });
const passwordHash = await new PasswordHasher(config.passwordHashing).hash(password);
await store.transact(async (manager) => {
  let organisation = await manager.findOneBy(Organisation, { slug: values.org! });
  if (!organisation) {
    if (!values["org-name"]) throw new Error(`No organisation "${values.org}"; give --org-name to create it.`);
    organisation = manager.create(Organisation, {
      id: newId(),
      slug: values.org!,
      name: values["org-name"],
      kind: values.kind as OrganisationKind,
      municipalityCode: null,
    });
    await manager.insert(Organisation, organisation);
  }
  await manager.insert(User, {
    id: newId(),
    email: values.email!.toLowerCase(),
    name: values.name!,
    role: Role.ADMIN,
    organisationId: organisation.id,
    passwordHash,
    active: true,
    createdAt: new Date(),
  });
  console.log(`Created admin ${values.email} in ${organisation.slug}.`);
});
await store.close();
