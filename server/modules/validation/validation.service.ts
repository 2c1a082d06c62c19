import { In, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, isUniqueViolation, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { ClaimStatus } from "../claim/claim-status.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Role, roleRank } from "../user/user.entity.js";
import { Supervisor } from "../workplace/supervisor.entity.js";
import { swedishToday } from "../workplace/supervisor-training.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { ChecklistKind, ValidationLevel } from "./checklist-kind.js";
import { PlacementChecklist, PlacementChecklistItem } from "./placement-checklist.entity.js";
import { mayReadValidations } from "./validation.access.js";
import { Validation, ValidationRecord } from "./validation.entity.js";
import type { RecordValidationInput, StartValidationInput } from "./validation.input.js";

/** A validation starts while the person is placed (confirmed or started). */
const START_FROM = [ClaimStatus.CONFIRMED, ClaimStatus.ACTIVE] as const;
/** Observations can also be written down after the last day (the final assessment is often held then). */
const RECORD_FROM = [ClaimStatus.CONFIRMED, ClaimStatus.ACTIVE, ClaimStatus.COMPLETED, ClaimStatus.ENDED_EARLY] as const;

/** One item's progress in a skills summary: where it stands now, and how it got there. */
export interface SummaryItem {
  section: string;
  text: string;
  level: ValidationLevel;
  observedOn: string;
  history: { level: ValidationLevel; observedOn: string; observer: string }[];
}

/** One validation in a skills summary: what, where, when and with whom. */
export interface SummaryValidation {
  validationId: string;
  checklistName: string;
  kind: ChecklistKind;
  placementTitle: string;
  workplaceName: string;
  municipalityName: string;
  placementOrganisationName: string;
  supervisorName: string | null;
  supervisorTitle: string | null;
  firstObservedOn: string | null;
  lastObservedOn: string | null;
  items: SummaryItem[];
}

/** A skills summary (kompetensintyg): only the pseudonymous code, never a name or identity number. */
export interface SkillsSummaryData {
  participantId: string;
  participantCode: string;
  organisationName: string;
  generatedOn: string;
  validations: SummaryValidation[];
}

/**
 * People's validations during claims. Personal data of the participant: only the claiming
 * organisation writes them; reads follow validation.access.ts; the participant's extract holds
 * them, and erasure and retention delete them.
 */
export class ValidationService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly today: () => string = () => swedishToday(),
  ) {}

  /** Whether the viewer may start a validation on the claim now (startValidation would accept it, given a checklist). */
  mayStart(viewer: Viewer, claim: Claim): boolean {
    return (
      mayWrite(viewer) && claim.organisationId === viewer.organisationId && (START_FROM as readonly ClaimStatus[]).includes(claim.status)
    );
  }

  /** Whether the viewer may record observations on the validation now. */
  async mayRecord(viewer: Viewer, validation: Validation): Promise<boolean> {
    if (!mayWrite(viewer) || validation.organisationId !== viewer.organisationId) return false;
    const claim = await this.reads.findOneBy(Claim, { id: validation.claimId });
    return !!claim && (RECORD_FROM as readonly ClaimStatus[]).includes(claim.status);
  }

  async start(actor: Actor, input: StartValidationInput): Promise<Validation> {
    return this.transact(async (manager) => {
      const claim = await this.ownClaim(manager, actor.viewer, input.claimId, "input.claimId");
      checkStatus(claim, "startValidation", START_FROM);
      const checklist = await manager.findOneBy(PlacementChecklist, { id: input.checklistId, placementId: claim.placementId });
      if (!checklist) throw notFound("Placement checklist", "input.checklistId");
      if (checklist.removedAt) throw refusal("CHECKLIST_REMOVED", {}, { field: "input.checklistId" });
      if (await manager.existsBy(Validation, { claimId: claim.id, checklistId: checklist.id }))
        throw badInput("input.checklistId", "VALIDATION_ALREADY_STARTED", {});
      let supervisorName = input.supervisorName?.trim() || null;
      if (!supervisorName) {
        const placement = await manager.findOneByOrFail(Placement, { id: claim.placementId });
        supervisorName = placement.supervisorId
          ? ((await manager.findOneBy(Supervisor, { id: placement.supervisorId }))?.name ?? null)
          : null;
      }
      const validation = manager.create(Validation, {
        id: newId(),
        claimId: claim.id,
        checklistId: checklist.id,
        participantId: claim.participantId,
        organisationId: claim.organisationId,
        supervisorName,
        supervisorTitle: input.supervisorTitle?.trim() || null,
        createdAt: new Date(),
        createdById: actor.viewer.userId,
      });
      await manager.insert(Validation, validation);
      await this.audit.record(manager, actor, { action: "startValidation", entity: "Validation", entityId: validation.id });
      return validation;
    }).catch((error: unknown) => {
      // Two starts at once on PostgreSQL: the unique index decides, the second gets the same answer as a later one.
      throw isUniqueViolation(error) ? badInput("input.checklistId", "VALIDATION_ALREADY_STARTED", {}) : error;
    });
  }

  /** Observations of one day by one observer; earlier ones stay, so progress over time shows. */
  async record(actor: Actor, input: RecordValidationInput): Promise<Validation> {
    if (!input.items?.length) throw badInput("input.items", "ITEMS_REQUIRED", {});
    if (input.observedOn > this.today()) throw badInput("input.observedOn", "OBSERVED_ON_IN_FUTURE", {});
    const ids = input.items.map((item) => item.itemId);
    if (new Set(ids).size !== ids.length) throw badInput("input.items", "LIST_HAS_DUPLICATES", {});
    return this.transact(async (manager) => {
      const validation = await manager.findOneBy(Validation, { id: input.validationId, organisationId: actor.viewer.organisationId });
      if (!validation) throw notFound("Validation", "input.validationId");
      const claim = await manager.findOneByOrFail(Claim, { id: validation.claimId });
      checkStatus(claim, "recordValidation", RECORD_FROM);
      const items = await manager.findBy(PlacementChecklistItem, { id: In(ids), checklistId: validation.checklistId });
      const byId = new Map(items.map((item) => [item.id, item]));
      input.items.forEach((observed, index) => {
        const item = byId.get(observed.itemId);
        if (!item) throw notFound("Checklist item", `input.items.${index}.itemId`);
        if (item.removedAt) throw badInput(`input.items.${index}.itemId`, "CHECKLIST_ITEM_REMOVED", {});
      });
      const recordedAt = new Date();
      const records = input.items.map((observed) =>
        manager.create(ValidationRecord, {
          id: newId(),
          validationId: validation.id,
          itemId: observed.itemId,
          level: observed.level,
          observedOn: input.observedOn,
          observer: input.observer.trim(),
          recordedAt,
          recordedById: actor.viewer.userId,
        }),
      );
      await manager.insert(ValidationRecord, records);
      await this.audit.record(manager, actor, { action: "recordValidation", entity: "Validation", entityId: validation.id });
      return validation;
    });
  }

  /** Whether the viewer may read the claim's validations (validation.access.ts). */
  mayRead(viewer: Viewer, claim: Claim, placementOrganisationId: string): Promise<boolean> {
    return mayReadValidations(this.reads, viewer, claim, placementOrganisationId);
  }

  /** A read by the placement's organisation, allowed by consent, is audited like the participant's own (read:participant:consent). */
  private async logOwnerRead(actor: Actor, claim: Claim): Promise<void> {
    if (actor.viewer.organisationId === claim.organisationId || !claim.participantId) return;
    const participantId = claim.participantId;
    await this.transact((manager) =>
      this.audit.record(manager, actor, { action: "read:participant:consent", entity: "Participant", entityId: participantId }),
    );
  }

  /** One validation of the viewer's organisation (or readable under consent), or null. */
  async byId(actor: Actor, id: string): Promise<Validation | null> {
    const { viewer } = actor;
    const validation = await this.reads.findOneBy(Validation, { id });
    if (!validation) return null;
    const claim = await this.reads.findOneByOrFail(Claim, { id: validation.claimId });
    const placement = await this.reads.findOneByOrFail(Placement, { id: claim.placementId });
    if (!(await mayReadValidations(this.reads, viewer, claim, placement.organisationId))) return null;
    await this.logOwnerRead(actor, claim);
    return validation;
  }

  /**
   * The skills summary of one of the viewer's organisation's participants: every validation with
   * at least one observation, where and when it was made, and each item's latest level. The read
   * is audited; the summary carries only the pseudonymous code.
   */
  async skillsSummary(actor: Actor, participantId: string): Promise<SkillsSummaryData> {
    const participant = await this.reads.findOneBy(Participant, { id: participantId, organisationId: actor.viewer.organisationId });
    if (!participant) throw notFound("Participant", "participantId");
    const summary = await this.summaryOf(this.reads, participant);
    await this.transact((manager) =>
      this.audit.record(manager, actor, { action: "read:skillsSummary", entity: "Participant", entityId: participant.id }),
    );
    return summary;
  }

  private async summaryOf(reads: EntityManager, participant: Participant): Promise<SkillsSummaryData> {
    const organisation = await reads.findOneByOrFail(Organisation, { id: participant.organisationId });
    const validations = await reads.find(Validation, { where: { participantId: participant.id }, order: { createdAt: "ASC", id: "ASC" } });
    const records = validations.length
      ? await reads.find(ValidationRecord, {
          where: { validationId: In(validations.map((v) => v.id)) },
          order: { observedOn: "ASC", recordedAt: "ASC", id: "ASC" },
        })
      : [];
    const items = records.length ? await reads.findBy(PlacementChecklistItem, { id: In([...new Set(records.map((r) => r.itemId))]) }) : [];
    const checklists = validations.length ? await reads.findBy(PlacementChecklist, { id: In(validations.map((v) => v.checklistId)) }) : [];
    const claims = validations.length ? await reads.findBy(Claim, { id: In(validations.map((v) => v.claimId)) }) : [];
    const placements = claims.length ? await reads.findBy(Placement, { id: In(claims.map((c) => c.placementId)) }) : [];
    const workplaces = placements.length ? await reads.findBy(Workplace, { id: In(placements.map((p) => p.workplaceId)) }) : [];
    const municipalities = placements.length
      ? await reads.findBy(Municipality, { code: In(placements.map((p) => p.municipalityCode)) })
      : [];
    const owners = placements.length ? await reads.findBy(Organisation, { id: In(placements.map((p) => p.organisationId)) }) : [];
    const itemById = new Map(items.map((item) => [item.id, item]));
    const result: SummaryValidation[] = [];
    for (const validation of validations) {
      const own = records.filter((record) => record.validationId === validation.id);
      if (own.length === 0) continue;
      const checklist = checklists.find((c) => c.id === validation.checklistId)!;
      const claim = claims.find((c) => c.id === validation.claimId)!;
      const placement = placements.find((p) => p.id === claim.placementId)!;
      const workplace = workplaces.find((w) => w.id === placement.workplaceId)!;
      const itemIds = [...new Set(own.map((record) => record.itemId))].sort((a, b) => {
        const [x, y] = [itemById.get(a)!, itemById.get(b)!];
        return x.position - y.position || x.addedAt.getTime() - y.addedAt.getTime();
      });
      result.push({
        validationId: validation.id,
        checklistName: checklist.name,
        kind: checklist.kind,
        placementTitle: placement.title,
        workplaceName: workplace.name,
        municipalityName: municipalities.find((m) => m.code === placement.municipalityCode)?.name ?? placement.municipalityCode,
        placementOrganisationName: owners.find((o) => o.id === placement.organisationId)?.name ?? "",
        supervisorName: validation.supervisorName,
        supervisorTitle: validation.supervisorTitle,
        firstObservedOn: own[0].observedOn,
        lastObservedOn: own[own.length - 1].observedOn,
        items: itemIds.map((itemId) => {
          const item = itemById.get(itemId)!;
          const history = own.filter((record) => record.itemId === itemId);
          const latest = history[history.length - 1];
          return {
            section: item.section,
            text: item.text,
            level: latest.level,
            observedOn: latest.observedOn,
            history: history.map((record) => ({ level: record.level, observedOn: record.observedOn, observer: record.observer })),
          };
        }),
      });
    }
    return {
      participantId: participant.id,
      participantCode: participant.code,
      organisationName: organisation.name,
      generatedOn: this.today(),
      validations: result,
    };
  }

  /** For the participant's extract (GDPR art. 15): every validation and observation about them. */
  async extractOf(manager: EntityManager, participantId: string) {
    const validations = await manager.find(Validation, { where: { participantId }, order: { createdAt: "ASC", id: "ASC" } });
    if (validations.length === 0) return [];
    const [records, checklists] = await Promise.all([
      manager.find(ValidationRecord, {
        where: { validationId: In(validations.map((v) => v.id)) },
        order: { observedOn: "ASC", recordedAt: "ASC", id: "ASC" },
      }),
      manager.findBy(PlacementChecklist, { id: In(validations.map((v) => v.checklistId)) }),
    ]);
    const items = records.length
      ? await manager.findBy(PlacementChecklistItem, { id: In([...new Set(records.map((r) => r.itemId))]) })
      : [];
    return validations.map((validation) => ({
      id: validation.id,
      claimId: validation.claimId,
      checklist: checklists.find((c) => c.id === validation.checklistId)?.name ?? null,
      supervisorName: validation.supervisorName,
      supervisorTitle: validation.supervisorTitle,
      createdAt: validation.createdAt.toISOString(),
      records: records
        .filter((record) => record.validationId === validation.id)
        .map((record) => ({
          item: items.find((item) => item.id === record.itemId)?.text ?? null,
          level: record.level,
          observedOn: record.observedOn,
          observer: record.observer,
          recordedAt: record.recordedAt.toISOString(),
        })),
    }));
  }

  /** For erasure and retention, inside their transaction: the participant's validations and observations are deleted. */
  static async eraseIn(manager: EntityManager, participantId: string): Promise<void> {
    const validations = await manager.find(Validation, { where: { participantId }, select: { id: true } });
    if (validations.length === 0) return;
    const ids = validations.map((v) => v.id);
    await manager.delete(ValidationRecord, { validationId: In(ids) });
    await manager.delete(Validation, { id: In(ids) });
  }

  /** The latest observation per participant of the organisation, for retention's "last activity". */
  static async lastRecordedAt(manager: EntityManager, organisationId: string): Promise<Map<string, Date>> {
    const rows = await manager
      .getRepository(ValidationRecord)
      .createQueryBuilder("record")
      .innerJoin(Validation, "validation", "validation.id = record.validationId")
      .select("validation.participantId", "participantId")
      .addSelect("MAX(record.recordedAt)", "at")
      .where("validation.organisationId = :organisationId AND validation.participantId IS NOT NULL", { organisationId })
      .groupBy("validation.participantId")
      .getRawMany<{ participantId: string; at: string | Date }>();
    return new Map(rows.map((row) => [row.participantId, toDate(row.at)]));
  }

  private async ownClaim(manager: EntityManager, viewer: Viewer, id: string, field: string): Promise<Claim> {
    const claim = await manager.findOneBy(Claim, { id });
    if (!claim) throw notFound("Claim", field);
    if (claim.organisationId !== viewer.organisationId) {
      const placement = await manager.findOneBy(Placement, { id: claim.placementId, organisationId: viewer.organisationId });
      if (placement) throw refusal("CLAIMANT_ONLY", {});
      throw notFound("Claim", field);
    }
    return claim;
  }
}

/** SQLite hands MAX() of a datetime back as its stored text (UTC, no zone); PostgreSQL as a Date. */
function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(" ", "T")}Z`);
}

const mayWrite = (viewer: Viewer) => roleRank[viewer.role] >= roleRank[Role.COORDINATOR];

function checkStatus(claim: Claim, action: string, allowed: readonly ClaimStatus[]): void {
  if (!allowed.includes(claim.status)) throw refusal("CLAIM_STATUS_CHANGED", { status: claim.status, action, allowedFrom: [...allowed] });
}
