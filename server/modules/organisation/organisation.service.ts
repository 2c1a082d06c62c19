import type { EntityManager } from "typeorm";
import { badInput } from "../../common/errors.js";
import type { Actor } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { Organisation } from "./organisation.entity.js";
import type { OrganisationSettingsInput } from "./organisation.input.js";

export class OrganisationService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  /** The partner organisations of the pool, by name: every signed-in user may see them. */
  all(): Promise<Organisation[]> {
    return this.reads.getRepository(Organisation).find({ order: { name: "ASC" } });
  }

  /** Changes the viewer's own organisation's settings (admins only, by the resolver's rule). */
  async updateSettings(actor: Actor, input: OrganisationSettingsInput): Promise<Organisation> {
    const { requireTrainedSupervisor } = input;
    if (requireTrainedSupervisor === null) throw badInput("input.requireTrainedSupervisor", "FIELD_NOT_REMOVABLE", {});
    const id = actor.viewer.organisationId;
    return this.transact(async (manager) => {
      if (requireTrainedSupervisor !== undefined) {
        await manager.update(Organisation, { id }, { requireTrainedSupervisor });
      }
      await this.audit.record(manager, actor, { action: "updateOrganisationSettings", entity: "Organisation", entityId: id });
      return manager.findOneByOrFail(Organisation, { id });
    });
  }
}
