import { In, IsNull, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, isUniqueViolation, notFound, refusal } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor, type Viewer } from "../../common/viewer.js";
import { Role, roleRank } from "../user/user.entity.js";
import { serialiseOn } from "../../db/serialise.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import type { Placement } from "../placement/placement.entity.js";
import { visiblePlacements } from "../placement/placement.visibility.js";
import { ChecklistTemplate, ChecklistTemplateItem, ChecklistTemplateVersion } from "./checklist.entity.js";
import { ChecklistKind } from "./checklist-kind.js";
import { PlacementChecklist, PlacementChecklistItem } from "./placement-checklist.entity.js";
import {
  MAX_CHECKLIST_ITEMS,
  type AttachChecklistInput,
  type ChecklistItemInput,
  type CreateChecklistTemplateInput,
  type ReviseChecklistTemplateInput,
  type TailorPlacementChecklistInput,
} from "./validation.input.js";

/** The most checklists one placement carries at a time. */
export const MAX_CHECKLISTS_PER_PLACEMENT = 10;

const alreadyAttached = (checklistId: string) => badInput("input.templateId", "CHECKLIST_ALREADY_ATTACHED", { checklistId });

const kindOrder = [ChecklistKind.VOCATIONAL, ChecklistKind.LANGUAGE, ChecklistKind.ASSESSMENT];

/** Items in the order given, each section's items kept together where the first of them stood. */
function ordered(items: ChecklistItemInput[]): { section: string; text: string; position: number }[] {
  const sections: string[] = [];
  for (const item of items) if (!sections.includes(item.section.trim())) sections.push(item.section.trim());
  let position = 0;
  return sections.flatMap((section) =>
    items.filter((item) => item.section.trim() === section).map((item) => ({ section, text: item.text.trim(), position: ++position })),
  );
}

/**
 * Checklist templates and placements' copies of them. Templates are the pool's: any coordinator
 * may add one or revise one, and every revision is a new version, so nothing already copied or
 * observed changes. A placement's organisation attaches templates to its placements and tailors
 * its copy with the supervisor.
 */
export class ChecklistService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  /** Every template of the pool with its current version: vocational (by industry), language, assessment; then by name. */
  async templates(): Promise<{ template: ChecklistTemplate; version: ChecklistTemplateVersion }[]> {
    const templates = await this.reads.find(ChecklistTemplate);
    const versions = templates.length
      ? await this.reads.findBy(ChecklistTemplateVersion, { id: In(templates.map((t) => t.currentVersionId!).filter(Boolean)) })
      : [];
    const byId = new Map(versions.map((version) => [version.id, version]));
    return templates
      .filter((template) => byId.has(template.currentVersionId!))
      .map((template) => ({ template, version: byId.get(template.currentVersionId!)! }))
      .sort(
        (a, b) =>
          kindOrder.indexOf(a.template.kind) - kindOrder.indexOf(b.template.kind) || a.version.name.localeCompare(b.version.name, "sv"),
      );
  }

  /** Whether the viewer may attach, tailor and detach checklists on the placement: a coordinator or admin of its organisation. */
  mayEdit(viewer: Viewer, placement: Placement): boolean {
    return placement.organisationId === viewer.organisationId && roleRank[viewer.role] >= roleRank[Role.COORDINATOR];
  }

  template(id: string): Promise<ChecklistTemplate | null> {
    return this.reads.findOneBy(ChecklistTemplate, { id });
  }

  versions(templateId: string): Promise<ChecklistTemplateVersion[]> {
    return this.reads.find(ChecklistTemplateVersion, { where: { templateId }, order: { number: "DESC" } });
  }

  async create(actor: Actor, input: CreateChecklistTemplateInput): Promise<ChecklistTemplate> {
    const items = this.checkItems(input.items);
    return this.transact(async (manager) => {
      const now = new Date();
      const template = manager.create(ChecklistTemplate, {
        id: newId(),
        kind: input.kind,
        industry: input.kind === ChecklistKind.VOCATIONAL ? (input.industry ?? null) : null,
        currentVersionId: null,
        createdByOrganisationId: actor.viewer.organisationId,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(ChecklistTemplate, template);
      template.currentVersionId = await this.insertVersion(manager, actor, template.id, 1, input.name, input.description ?? "", items, now);
      await manager.update(ChecklistTemplate, { id: template.id }, { currentVersionId: template.currentVersionId });
      await this.audit.record(manager, actor, { action: "createChecklistTemplate", entity: "ChecklistTemplate", entityId: template.id });
      return template;
    });
  }

  /** A new version with the whole item list; placements that attached an earlier one keep their copies. */
  async revise(actor: Actor, input: ReviseChecklistTemplateInput): Promise<ChecklistTemplate> {
    const items = this.checkItems(input.items);
    return this.transact(async (manager) => {
      // Touching the row first takes its lock on PostgreSQL, so two revisions at once number their versions one after the other.
      const now = new Date();
      const touched = await manager.update(ChecklistTemplate, { id: input.id }, { updatedAt: now });
      if (!touched.affected) throw notFound("Checklist template", "input.id");
      const template = await manager.findOneByOrFail(ChecklistTemplate, { id: input.id });
      const current = await manager.findOneByOrFail(ChecklistTemplateVersion, { id: template.currentVersionId! });
      const versionId = await this.insertVersion(
        manager,
        actor,
        template.id,
        current.number + 1,
        input.name ?? current.name,
        input.description ?? current.description,
        items,
        now,
      );
      await manager.update(ChecklistTemplate, { id: template.id }, { currentVersionId: versionId, updatedAt: now });
      await this.audit.record(manager, actor, { action: "reviseChecklistTemplate", entity: "ChecklistTemplate", entityId: template.id });
      return Object.assign(template, { currentVersionId: versionId, updatedAt: now });
    });
  }

  /**
   * The placement's own copy of the template's current version. A placement holds one live copy
   * per template, whichever version it came from (the unique index on PlacementChecklist says
   * why); a second attach is refused with the copy to tailor instead.
   */
  async attach(actor: Actor, input: AttachChecklistInput): Promise<PlacementChecklist> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attachOnce(actor, input);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // A copy written at the same time by a writer that did not wait its turn above: the index
        // let that one in and this one waited for it to commit, so the winner is readable now and
        // this caller gets the same refusal as a later one. Should the winner already be detached
        // again, the placement has no copy any more and this attach tries again.
        const winner = await this.live(this.reads, input.placementId, input.templateId);
        if (winner) throw alreadyAttached(winner.id);
        if (attempt === 3) throw error;
      }
    }
  }

  private live(manager: EntityManager, placementId: string, templateId: string): Promise<PlacementChecklist | null> {
    return manager.findOneBy(PlacementChecklist, { placementId, templateId, removedAt: IsNull() });
  }

  private async attachOnce(actor: Actor, input: AttachChecklistInput): Promise<PlacementChecklist> {
    return this.transact(async (manager) => {
      // Attaches to one placement one at a time: the most a placement carries is a count no index
      // can keep. The unique index still holds a template to one copy for any writer.
      await serialiseOn(manager, [`placement-checklists:${input.placementId}`]);
      const placement = await this.ownPlacement(manager, actor, input.placementId, "input.placementId");
      const template = await manager.findOneBy(ChecklistTemplate, { id: input.templateId });
      if (!template) throw notFound("Checklist template", "input.templateId");
      const existing = await this.live(manager, placement.id, template.id);
      if (existing) throw alreadyAttached(existing.id);
      if ((await manager.countBy(PlacementChecklist, { placementId: placement.id, removedAt: IsNull() })) >= MAX_CHECKLISTS_PER_PLACEMENT)
        throw badInput("input.templateId", "LIST_TOO_LONG", { maxItems: MAX_CHECKLISTS_PER_PLACEMENT });
      const version = await manager.findOneByOrFail(ChecklistTemplateVersion, { id: template.currentVersionId! });
      const source = await manager.find(ChecklistTemplateItem, { where: { versionId: version.id }, order: { position: "ASC" } });
      const now = new Date();
      const checklist = manager.create(PlacementChecklist, {
        id: newId(),
        placementId: placement.id,
        templateId: template.id,
        templateVersionId: version.id,
        name: version.name,
        kind: template.kind,
        createdAt: now,
        createdById: actor.viewer.userId,
        removedAt: null,
      });
      await manager.insert(PlacementChecklist, checklist);
      const copies = source.map((item) =>
        manager.create(PlacementChecklistItem, {
          id: newId(),
          checklistId: checklist.id,
          section: item.section,
          position: item.position,
          text: item.text,
          templateItemId: item.id,
          replacesId: null,
          addedAt: now,
          removedAt: null,
        }),
      );
      for (let start = 0; start < copies.length; start += 100)
        await manager.insert(PlacementChecklistItem, copies.slice(start, start + 100));
      await this.audit.record(manager, actor, { action: "attachChecklist", entity: "PlacementChecklist", entityId: checklist.id });
      return checklist;
    });
  }

  /**
   * Adds, drops and rewords items of the placement's copy in one change. Items are never edited:
   * a dropped item is marked removed and a reworded one is replaced by a new item in its place,
   * so observations already made keep the words they were made against.
   */
  async tailor(actor: Actor, input: TailorPlacementChecklistInput): Promise<PlacementChecklist> {
    this.checkItems([...input.add, ...input.reword.map((r) => ({ section: "-", text: r.text }))], { allowEmpty: true });
    return this.transact(async (manager) => {
      const checklist = await this.ownChecklist(manager, actor, input.checklistId, "input.checklistId");
      const live = await manager.find(PlacementChecklistItem, {
        where: { checklistId: checklist.id, removedAt: IsNull() },
        order: { position: "ASC" },
      });
      const liveById = new Map(live.map((item) => [item.id, item]));
      const touched = [...input.remove, ...input.reword.map((r) => r.itemId)];
      if (new Set(touched).size !== touched.length) throw badInput("input.reword", "LIST_HAS_DUPLICATES", {});
      input.remove.forEach((id, index) => {
        if (!liveById.has(id)) throw badInput(`input.remove.${index}`, "CHECKLIST_ITEM_REMOVED", {});
      });
      input.reword.forEach((reword, index) => {
        if (!liveById.has(reword.itemId)) throw badInput(`input.reword.${index}.itemId`, "CHECKLIST_ITEM_REMOVED", {});
      });
      const now = new Date();
      if (touched.length) await manager.update(PlacementChecklistItem, { id: In(touched) }, { removedAt: now });
      const newItem = (section: string, text: string, replacesId: string | null) =>
        manager.create(PlacementChecklistItem, {
          id: newId(),
          checklistId: checklist.id,
          section,
          position: 0,
          text: text.trim(),
          templateItemId: null,
          replacesId,
          addedAt: now,
          removedAt: null,
        });
      // The list as it will read: reworded items in their old place, dropped ones out, new ones last in their section.
      const rewordOf = new Map(input.reword.map((reword) => [reword.itemId, reword.text]));
      const removed = new Set(input.remove);
      const result: PlacementChecklistItem[] = [];
      const created: PlacementChecklistItem[] = [];
      for (const item of live) {
        if (removed.has(item.id)) continue;
        const text = rewordOf.get(item.id);
        if (text === undefined) result.push(item);
        else {
          const replacement = newItem(item.section, text, item.id);
          result.push(replacement);
          created.push(replacement);
        }
      }
      for (const addition of input.add) {
        const item = newItem(addition.section.trim(), addition.text, null);
        const lastOfSection = result.map((row) => row.section).lastIndexOf(item.section);
        result.splice(lastOfSection === -1 ? result.length : lastOfSection + 1, 0, item);
        created.push(item);
      }
      if (result.length > MAX_CHECKLIST_ITEMS) throw badInput("input.add", "LIST_TOO_LONG", { maxItems: MAX_CHECKLIST_ITEMS });
      // Live items are numbered 1…n; removed ones keep their old numbers, which only order the history.
      for (const [index, item] of result.entries()) {
        const position = index + 1;
        if (!created.includes(item) && item.position !== position)
          await manager.update(PlacementChecklistItem, { id: item.id }, { position });
        item.position = position;
      }
      if (created.length) await manager.insert(PlacementChecklistItem, created);
      await this.audit.record(manager, actor, { action: "tailorPlacementChecklist", entity: "PlacementChecklist", entityId: checklist.id });
      return checklist;
    });
  }

  /** Takes a checklist off the placement; validations made on it stay, with their records. */
  async detach(actor: Actor, id: string): Promise<PlacementChecklist> {
    return this.transact(async (manager) => {
      const checklist = await this.ownChecklist(manager, actor, id, "id");
      const removedAt = new Date();
      await manager.update(PlacementChecklist, { id }, { removedAt });
      await this.audit.record(manager, actor, { action: "detachPlacementChecklist", entity: "PlacementChecklist", entityId: id });
      return Object.assign(checklist, { removedAt });
    });
  }

  private checkItems(items: ChecklistItemInput[], options: { allowEmpty?: boolean } = {}): ChecklistItemInput[] {
    if (!options.allowEmpty && items.length === 0) throw badInput("input.items", "ITEMS_REQUIRED", {});
    return items;
  }

  private async insertVersion(
    manager: EntityManager,
    actor: Actor,
    templateId: string,
    number: number,
    name: string,
    description: string,
    items: ChecklistItemInput[],
    now: Date,
  ): Promise<string> {
    const version = manager.create(ChecklistTemplateVersion, {
      id: newId(),
      templateId,
      number,
      name: name.trim(),
      description: description.trim(),
      createdAt: now,
      createdById: actor.viewer.userId,
      createdByOrganisationId: actor.viewer.organisationId,
    });
    await manager.insert(ChecklistTemplateVersion, version);
    const rows = ordered(items).map((item) => manager.create(ChecklistTemplateItem, { id: newId(), versionId: version.id, ...item }));
    for (let start = 0; start < rows.length; start += 100) await manager.insert(ChecklistTemplateItem, rows.slice(start, start + 100));
    return version.id;
  }

  /** Another organisation's placement is refused as not yours when the viewer sees it, and not found when they do not. */
  private async ownPlacement(manager: EntityManager, actor: Actor, id: string, field: string): Promise<Placement> {
    const placement = await visiblePlacements(manager, actor.viewer).andWhere("placement.id = :id", { id }).getOne();
    if (!placement) throw notFound("Placement", field);
    requireOwnOrganisation(actor.viewer, placement.organisationId, "placement");
    return placement;
  }

  private async ownChecklist(manager: EntityManager, actor: Actor, id: string, field: string): Promise<PlacementChecklist> {
    const checklist = await manager.findOneBy(PlacementChecklist, { id });
    if (!checklist) throw notFound("Placement checklist", field);
    await this.ownPlacement(manager, actor, checklist.placementId, field);
    if (checklist.removedAt) throw refusal("CHECKLIST_REMOVED", {});
    return checklist;
  }
}
