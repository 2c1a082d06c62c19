import type { EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { notFound } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Supervisor } from "./supervisor.entity.js";
import { Workplace } from "./workplace.entity.js";
import type { AddSupervisorInput, CreateWorkplaceInput } from "./workplace.input.js";

/** Workplaces are shared by all partners; the organisation that registered one keeps it up to date. */
export class WorkplaceService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  all(): Promise<Workplace[]> {
    return this.reads.getRepository(Workplace).find({ order: { name: "ASC" } });
  }

  byId(id: string): Promise<Workplace | null> {
    return this.reads.getRepository(Workplace).findOneBy({ id });
  }

  async create(actor: Actor, input: CreateWorkplaceInput): Promise<Workplace> {
    if (!(await this.reads.getRepository(Municipality).existsBy({ code: input.municipalityCode }))) {
      throw notFound("Municipality", "input.municipalityCode");
    }
    const workplace = this.reads.getRepository(Workplace).create({
      id: newId(),
      name: input.name.trim(),
      sector: input.sector,
      municipalityCode: input.municipalityCode,
      address: input.address?.trim() || null,
      organisationNumber: input.organisationNumber ?? null,
      organisationId: actor.viewer.organisationId,
      createdAt: new Date(),
    });
    return this.transact(async (manager) => {
      await manager.insert(Workplace, workplace);
      await this.audit.record(manager, actor, { action: "createWorkplace", entity: "Workplace", entityId: workplace.id });
      return workplace;
    });
  }

  async addSupervisor(actor: Actor, input: AddSupervisorInput): Promise<Supervisor> {
    const workplace = await this.byId(input.workplaceId);
    if (!workplace) throw notFound("Workplace", "input.workplaceId");
    requireOwnOrganisation(actor.viewer, workplace.organisationId, "workplace");
    const supervisor = this.reads.getRepository(Supervisor).create({
      id: newId(),
      workplaceId: workplace.id,
      name: input.name.trim(),
      email: input.email ?? null,
      phone: input.phone ?? null,
      trainedOn: input.trainedOn ?? null,
    });
    return this.transact(async (manager) => {
      await manager.insert(Supervisor, supervisor);
      await this.audit.record(manager, actor, { action: "addSupervisor", entity: "Supervisor", entityId: supervisor.id });
      return supervisor;
    });
  }
}
