import type { DataSource } from "typeorm";
import type { Config } from "./config.js";
import { createTransact } from "./db/data-source.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { AuthService } from "./modules/auth/auth.service.js";
import { ClaimService } from "./modules/claim/claim.service.js";
import { ParticipantService } from "./modules/participant/participant.service.js";
import { PlacementService } from "./modules/placement/placement.service.js";
import { OrganisationService } from "./modules/organisation/organisation.service.js";
import { PasswordService } from "./modules/auth/password.service.js";
import { ReferenceService } from "./modules/reference/reference.service.js";
import { UserService } from "./modules/user/user.service.js";
import { WorkplaceService } from "./modules/workplace/workplace.service.js";

/** The services of one running server, wired once over one data source. */
export function createServices(
  dataSource: DataSource,
  config: Pick<Config, "tokenSecret" | "tokenTtlHours" | "holdTtlMinutes"> & Partial<Pick<Config, "loginThrottle" | "passwordHashing">>,
) {
  const transact = createTransact(dataSource);
  const audit = new AuditService(dataSource);
  const claims = new ClaimService(dataSource, transact, audit, config);
  const auth = new AuthService(dataSource, transact, audit, config);
  return {
    dataSource,
    transact,
    audit,
    auth,
    passwords: new PasswordService(dataSource, transact, audit, auth, config.tokenSecret),
    claims,
    placements: new PlacementService(dataSource, transact, audit, claims),
    participants: new ParticipantService(dataSource, transact, audit),
    workplaces: new WorkplaceService(dataSource, transact, audit),
    users: new UserService(dataSource, transact, audit, auth.hasher),
    organisations: new OrganisationService(dataSource),
    reference: new ReferenceService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
