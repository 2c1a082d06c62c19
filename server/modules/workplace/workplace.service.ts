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

/** Rows per INSERT: well inside both stores' limits on bound parameters. */
const INSERT_CHUNK = 100;

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
    const workplace = await this.prepare(actor, input);
    return this.transact(async (manager) => {
      await this.insert(manager, actor, [workplace], "createWorkplace");
      return workplace;
    });
  }

  /**
   * The checks createWorkplace makes and the row it would store, without writing: the Excel
   * import runs every row through this before it writes anything.
   */
  async prepare(actor: Actor, input: CreateWorkplaceInput): Promise<Workplace> {
    if (!(await this.reads.getRepository(Municipality).existsBy({ code: input.municipalityCode }))) {
      throw notFound("Municipality", "input.municipalityCode");
    }
    return this.reads.getRepository(Workplace).create({
      id: newId(),
      name: input.name.trim(),
      sector: input.sector,
      municipalityCode: input.municipalityCode,
      address: input.address?.trim() || null,
      organisationNumber: input.organisationNumber ?? null,
      organisationId: actor.viewer.organisationId,
      createdAt: new Date(),
    });
  }

  /** Stores prepared workplaces in the caller's transaction, each audited under `action`. */
  async insert(manager: EntityManager, actor: Actor, workplaces: Workplace[], action: string): Promise<void> {
    for (let start = 0; start < workplaces.length; start += INSERT_CHUNK) {
      await manager.insert(Workplace, workplaces.slice(start, start + INSERT_CHUNK));
    }
    await this.audit.record(
      manager,
      actor,
      workplaces.map((workplace) => ({ action, entity: "Workplace", entityId: workplace.id })),
    );
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
