import { IsNull, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound } from "../../common/errors.js";
import { luhnValid } from "../../common/identity-number.js";
import { requireOwnOrganisation, type Actor, type Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Role, roleRank } from "../user/user.entity.js";
import { Supervisor, TrainingStatus } from "./supervisor.entity.js";
import type { TrainingRule } from "./supervisor-training.js";
import { Workplace, WorkplaceAction } from "./workplace.entity.js";
import type {
  AddSupervisorInput,
  CreateWorkplaceInput,
  RecordSupervisorTrainingInput,
  SupervisorRegisterFilter,
  UpdateSupervisorInput,
  UpdateWorkplaceInput,
} from "./workplace.input.js";

/** Rows per INSERT: well inside both stores' limits on bound parameters. */
const INSERT_CHUNK = 100;

/**
 * Workplaces belong to the organisation that registered it: only it edits, archives and posts
 * placements there (PlacementService.post). An employer several organisations use is registered
 * by each of them, so each keeps its own contact, supervisors and archive decision.
 */
export class WorkplaceService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    readonly training: TrainingRule,
  ) {}

  /** The viewer's organisation's workplaces, by name; archived ones only when asked for. */
  all(viewer: Viewer, options: { includeArchived?: boolean } = {}): Promise<Workplace[]> {
    return this.reads.getRepository(Workplace).find({
      where: { organisationId: viewer.organisationId, ...(options.includeArchived ? {} : { archivedAt: IsNull() }) },
      order: { name: "ASC", id: "ASC" },
    });
  }

  byId(id: string): Promise<Workplace | null> {
    return this.reads.getRepository(Workplace).findOneBy({ id });
  }

  allowedActions(viewer: Viewer, workplace: Workplace): WorkplaceAction[] {
    if (roleRank[viewer.role] < roleRank[Role.COORDINATOR] || viewer.organisationId !== workplace.organisationId) return [];
    // An archived workplace stays correct (its placements and history refer to it) but takes no new supervisors or placements.
    return workplace.archivedAt
      ? [WorkplaceAction.EDIT, WorkplaceAction.RESTORE, WorkplaceAction.EDIT_SUPERVISORS]
      : [WorkplaceAction.EDIT, WorkplaceAction.ARCHIVE, WorkplaceAction.ADD_SUPERVISOR, WorkplaceAction.EDIT_SUPERVISORS];
  }

  async create(actor: Actor, input: CreateWorkplaceInput): Promise<Workplace> {
    const workplace = await this.prepare(actor, input);
    return this.transact(async (manager) => {
      await this.checkNotRegistered(manager, workplace);
      await this.insert(manager, actor, [workplace], "createWorkplace");
      return workplace;
    });
  }

  /**
   * The checks createWorkplace makes and the row it would store, without writing: the Excel
   * import runs every row through this before it writes anything.
   */
  async prepare(actor: Actor, input: CreateWorkplaceInput): Promise<Workplace> {
    await this.checkMunicipality(input.municipalityCode, "input.municipalityCode");
    checkOrganisationNumber(input.organisationNumber ?? null);
    return this.reads.getRepository(Workplace).create({
      id: newId(),
      name: input.name.trim(),
      sector: input.sector,
      municipalityCode: input.municipalityCode,
      address: input.address?.trim() || null,
      organisationNumber: input.organisationNumber ?? null,
      contactName: input.contactName?.trim() || null,
      contactPhone: input.contactPhone?.trim() || null,
      contactEmail: input.contactEmail?.trim().toLowerCase() || null,
      archivedAt: null,
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

  async update(actor: Actor, id: string, input: UpdateWorkplaceInput): Promise<Workplace> {
    const workplace = await this.ownWorkplace(actor.viewer, id, "id");
    for (const field of ["name", "sector", "municipalityCode"] as const) {
      if (input[field] === null) throw badInput(`input.${field}`, "FIELD_NOT_REMOVABLE", {});
    }
    if (input.municipalityCode !== undefined) await this.checkMunicipality(input.municipalityCode, "input.municipalityCode");
    if (input.organisationNumber !== undefined) checkOrganisationNumber(input.organisationNumber);
    const changes = definedOnly({
      name: input.name?.trim(),
      sector: input.sector,
      municipalityCode: input.municipalityCode,
      address: input.address === undefined ? undefined : input.address?.trim() || null,
      organisationNumber: input.organisationNumber,
      contactName: input.contactName === undefined ? undefined : input.contactName?.trim() || null,
      contactPhone: input.contactPhone === undefined ? undefined : input.contactPhone?.trim() || null,
      contactEmail: input.contactEmail === undefined ? undefined : input.contactEmail?.trim().toLowerCase() || null,
    });
    return this.transact(async (manager) => {
      await this.checkNotRegistered(manager, { ...workplace, ...changes } as Workplace);
      await manager.update(Workplace, { id }, changes);
      await this.audit.record(manager, actor, { action: "updateWorkplace", entity: "Workplace", entityId: id });
      return manager.findOneByOrFail(Workplace, { id });
    });
  }

  /** Archived workplaces take no new placements; placements already there run on. */
  archive(actor: Actor, id: string): Promise<Workplace> {
    return this.setArchived(actor, id, true);
  }

  restore(actor: Actor, id: string): Promise<Workplace> {
    return this.setArchived(actor, id, false);
  }

  private async setArchived(actor: Actor, id: string, archived: boolean): Promise<Workplace> {
    await this.ownWorkplace(actor.viewer, id, "id");
    return this.transact(async (manager) => {
      await manager.update(Workplace, { id }, { archivedAt: archived ? new Date() : null });
      await this.audit.record(manager, actor, {
        action: archived ? "archiveWorkplace" : "restoreWorkplace",
        entity: "Workplace",
        entityId: id,
      });
      return manager.findOneByOrFail(Workplace, { id });
    });
  }

  async addSupervisor(actor: Actor, input: AddSupervisorInput): Promise<Supervisor> {
    const workplace = await this.byId(input.workplaceId);
    if (!workplace) throw notFound("Workplace", "input.workplaceId");
    requireOwnOrganisation(actor.viewer, workplace.organisationId, "workplace");
    if (workplace.archivedAt) throw badInput("input.workplaceId", "WORKPLACE_ARCHIVED", {});
    if (input.trainedOn && this.training.isInFuture(input.trainedOn)) throw badInput("input.trainedOn", "TRAINED_ON_IN_FUTURE", {});
    const supervisor = this.reads.getRepository(Supervisor).create({
      id: newId(),
      workplaceId: workplace.id,
      name: input.name.trim(),
      email: input.email?.trim().toLowerCase() || null,
      phone: input.phone?.trim() || null,
      trainedOn: input.trainedOn ?? null,
      trainingCourse: (input.trainedOn && input.trainingCourse?.trim()) || null,
    });
    return this.transact(async (manager) => {
      await manager.insert(Supervisor, supervisor);
      await this.audit.record(manager, actor, { action: "addSupervisor", entity: "Supervisor", entityId: supervisor.id });
      return supervisor;
    });
  }

  async updateSupervisor(actor: Actor, id: string, input: UpdateSupervisorInput): Promise<Supervisor> {
    await this.ownSupervisor(actor.viewer, id, "id");
    if (input.name === null) throw badInput("input.name", "FIELD_NOT_REMOVABLE", {});
    const changes = definedOnly({
      name: input.name?.trim(),
      email: input.email === undefined ? undefined : input.email?.trim().toLowerCase() || null,
      phone: input.phone === undefined ? undefined : input.phone?.trim() || null,
    });
    return this.transact(async (manager) => {
      await manager.update(Supervisor, { id }, changes);
      await this.audit.record(manager, actor, { action: "updateSupervisor", entity: "Supervisor", entityId: id });
      return manager.findOneByOrFail(Supervisor, { id });
    });
  }

  /** Records a completed training (date and course); the register and the placement pages count from it. */
  async recordTraining(actor: Actor, input: RecordSupervisorTrainingInput): Promise<Supervisor> {
    await this.ownSupervisor(actor.viewer, input.supervisorId, "input.supervisorId");
    if (this.training.isInFuture(input.trainedOn)) throw badInput("input.trainedOn", "TRAINED_ON_IN_FUTURE", {});
    const id = input.supervisorId;
    return this.transact(async (manager) => {
      await manager.update(Supervisor, { id }, { trainedOn: input.trainedOn, trainingCourse: input.course.trim() });
      await this.audit.record(manager, actor, { action: "recordSupervisorTraining", entity: "Supervisor", entityId: id });
      return manager.findOneByOrFail(Supervisor, { id });
    });
  }

  /**
   * The supervisor register: every supervisor at a workplace in use (not archived) across the pool,
   * by organisation, workplace and name. Statuses are computed by the one training rule, so the
   * filter agrees with what each row shows.
   */
  async register(filter: SupervisorRegisterFilter = {}): Promise<Supervisor[]> {
    const query = this.reads
      .getRepository(Supervisor)
      .createQueryBuilder("supervisor")
      .innerJoin(Workplace, "workplace", "workplace.id = supervisor.workplaceId")
      .where("workplace.archivedAt IS NULL")
      .orderBy("workplace.organisationId", "ASC")
      .addOrderBy("workplace.name", "ASC")
      .addOrderBy("supervisor.name", "ASC")
      .addOrderBy("supervisor.id", "ASC");
    if (filter.organisationId) query.andWhere("workplace.organisationId = :organisationId", { organisationId: filter.organisationId });
    if (filter.training === TrainingStatus.NOT_TRAINED) query.andWhere("supervisor.trainedOn IS NULL");
    else if (filter.training) query.andWhere("supervisor.trainedOn IS NOT NULL");
    const rows = await query.getMany();
    return filter.training ? rows.filter((row) => this.training.status(row.trainedOn) === filter.training) : rows;
  }

  /** The workplace if the viewer's organisation registered it: NOT_FOUND, else FORBIDDEN for another organisation's. */
  private async ownWorkplace(viewer: Viewer, id: string, field: string): Promise<Workplace> {
    const workplace = await this.byId(id);
    if (!workplace) throw notFound("Workplace", field);
    requireOwnOrganisation(viewer, workplace.organisationId, "workplace");
    return workplace;
  }

  private async ownSupervisor(viewer: Viewer, id: string, field: string): Promise<Supervisor> {
    const supervisor = await this.reads.getRepository(Supervisor).findOneBy({ id });
    if (!supervisor) throw notFound("Supervisor", field);
    const workplace = await this.reads.getRepository(Workplace).findOneByOrFail({ id: supervisor.workplaceId });
    requireOwnOrganisation(viewer, workplace.organisationId, "supervisor");
    return supervisor;
  }

  private async checkMunicipality(code: string, field: string): Promise<void> {
    if (!(await this.reads.getRepository(Municipality).existsBy({ code }))) throw notFound("Municipality", field);
  }

  /**
   * One employer (a municipality, a chain) has many workplaces under one organisation number, so
   * the number alone is no key; the same number and name twice in one organisation is a duplicate.
   * Checked inside the write transaction.
   */
  private async checkNotRegistered(manager: EntityManager, workplace: Workplace): Promise<void> {
    if (!workplace.organisationNumber) return;
    const twins = await manager.getRepository(Workplace).findBy({
      organisationId: workplace.organisationId,
      organisationNumber: workplace.organisationNumber,
    });
    const name = workplace.name.toLocaleLowerCase("sv");
    if (twins.some((twin) => twin.id !== workplace.id && twin.name.toLocaleLowerCase("sv") === name)) {
      throw badInput("input.organisationNumber", "WORKPLACE_ALREADY_REGISTERED", {});
    }
  }
}

/**
 * The Luhn digit of an organisation number. A sole trader's organisation number is their personal
 * identity number, so this field is deliberately not run through the identity-number text rule.
 */
function checkOrganisationNumber(value: string | null): void {
  if (value !== null && !luhnValid(value.replace("-", ""))) {
    throw badInput("input.organisationNumber", "ORGANISATION_NUMBER_CHECK_DIGIT", {});
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
