import { Brackets, In, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import { decodeCursor, encodeCursor, type CursorValueKind } from "../../common/pagination.js";
import { requireOwnOrganisation, type Actor, type Viewer } from "../../common/viewer.js";
import type { Store, Transact } from "../../db/store.js";
import { VersionedCache } from "../../db/versioned-cache.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ClaimService } from "../claim/claim.service.js";
import type { WaitingListService } from "../waiting-list/waiting-list.service.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import { Supervisor } from "../workplace/supervisor.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { TrainingStatus } from "../workplace/supervisor.entity.js";
import type { TrainingRule } from "../workplace/supervisor-training.js";
import { BoardSort, type BoardArgs, type BoardFilter } from "./board.args.js";
import { Role, roleRank } from "../user/user.entity.js";
import { PlacementAction, PlacementStatus, swedishLevelOrder, Visibility, Licence } from "./placement-kind.js";
import { Placement, PlacementVisibility } from "./placement.entity.js";
import { readPlacementRelations, type PlacementRelations } from "./placement-relations.js";
import { visiblePlacements } from "./placement.visibility.js";
import { checkPlacementPeriod, periodRule, traineeTypeOf } from "./kind-rules.js";
import { FIT_WEIGHTS, meetsRequirementsSql, placementFit } from "./fit.js";
import { Participant } from "../participant/participant.entity.js";
import { defaultReminders, type ReminderOptions } from "../../config.js";
import { swedishToday } from "../workplace/supervisor-training.js";
import { placementSearch, type PlacementSearch } from "./placement.search.js";
import type { PostPlacementInput, RequirementsInput, UpdatePlacementInput } from "./placement.input.js";

/** A board sort: its SQL expression, and what its cursors carry (checked by type when decoded). */
interface SortKey {
  expression: string;
  direction: "ASC" | "DESC";
  cursorKind: CursorValueKind;
  /** `selected`: the sort expression's value as the page query read it (RELEVANCE, which no column holds). */
  cursorValue(placement: Placement, selected: unknown): string | number;
  /** The SQL parameter for a decoded (already type-checked) cursor value. */
  parameter(value: string | number): unknown;
  /** Parameters the expression itself uses (BEST_FIT's participant). */
  parameters?: Record<string, unknown>;
}

/**
 * BEST_FIT for one participant: the score placementFit gives (fit.ts), as SQL, so the board is
 * ranked and paged in the store and its cursors carry the score like any other sort value.
 */
function bestFitKey(participant: Participant): SortKey {
  const meets = meetsRequirementsSql(participant);
  const interests = participant.interestIds;
  const expression = [
    `CASE WHEN ${meets.sql} THEN ${FIT_WEIGHTS.requirements} ELSE 0 END`,
    `CASE WHEN ${interests.length ? "placement.occupationFieldId IN (:...fitInterests)" : "1 = 0"} THEN ${FIT_WEIGHTS.interest} ELSE 0 END`,
    `CASE WHEN ${participant.homeMunicipalityCode ? "placement.municipalityCode = :fitHome" : "1 = 0"} THEN ${FIT_WEIGHTS.municipality} ELSE 0 END`,
    `CASE WHEN ${participant.availableFrom ? "(placement.endDate IS NULL OR placement.endDate >= :fitAvailable)" : "1 = 1"} THEN ${FIT_WEIGHTS.period} ELSE 0 END`,
  ].join(" + ");
  return {
    expression: `(${expression})`,
    direction: "DESC",
    cursorKind: "integer",
    cursorValue: (p) => placementFit(p, participant).score,
    parameter: (v) => v,
    parameters: {
      ...meets.parameters,
      fitInterests: interests,
      fitHome: participant.homeMunicipalityCode,
      fitAvailable: participant.availableFrom,
    },
  };
}

const sortKeys: Record<Exclude<BoardSort, BoardSort.BEST_FIT>, SortKey> = {
  [BoardSort.NEWEST]: {
    expression: "placement.createdAt",
    direction: "DESC",
    cursorKind: "timestamp",
    cursorValue: (p) => p.createdAt.toISOString(),
    parameter: (v) => new Date(v),
  },
  [BoardSort.START_DATE]: {
    expression: "placement.startDate",
    direction: "ASC",
    cursorKind: "date",
    cursorValue: (p) => p.startDate,
    parameter: (v) => v,
  },
  [BoardSort.TITLE]: {
    expression: "placement.title",
    direction: "ASC",
    cursorKind: "string",
    cursorValue: (p) => p.title,
    parameter: (v) => v,
  },
  [BoardSort.MOST_FREE_SEATS]: {
    expression: "(placement.capacity - placement.seatsTaken)",
    direction: "DESC",
    cursorKind: "integer",
    cursorValue: (p) => p.freeSeats,
    parameter: (v) => v,
  },
  [BoardSort.RELEVANCE]: {
    // The expression depends on the searched text: readBoard takes it from placementSearch.
    expression: "",
    direction: "DESC",
    cursorKind: "integer",
    cursorValue: (_p, selected) => Number(selected),
    parameter: (v) => v,
  },
};

/** Every status change of a placement: which statuses it may leave, and where it goes. Only the owner moves it. */
const placementTransitions = {
  pausePlacement: { from: [PlacementStatus.OPEN], to: PlacementStatus.PAUSED },
  reopenPlacement: { from: [PlacementStatus.PAUSED, PlacementStatus.DRAFT], to: PlacementStatus.OPEN },
  closePlacement: { from: [PlacementStatus.DRAFT, PlacementStatus.OPEN, PlacementStatus.PAUSED], to: PlacementStatus.CLOSED },
} as const satisfies Record<string, { from: readonly PlacementStatus[]; to: PlacementStatus }>;

type PlacementTransition = keyof typeof placementTransitions;

const transitionOfAction = {
  [PlacementAction.PAUSE]: "pausePlacement",
  [PlacementAction.REOPEN]: "reopenPlacement",
  [PlacementAction.CLOSE]: "closePlacement",
} as const satisfies Partial<Record<PlacementAction, PlacementTransition>>;

/** updatePlacement on a closed placement: its details stay as they were when it closed. */
const closedRefusal = () =>
  refusal("PLACEMENT_STATUS_CHANGED", {
    status: PlacementStatus.CLOSED,
    action: "updatePlacement",
    allowedFrom: [PlacementStatus.DRAFT, PlacementStatus.OPEN, PlacementStatus.PAUSED],
  });

/** A placement that passed postPlacement's checks, with the organisations it is shown to (none: all partners). */
export interface PreparedPlacement {
  placement: Placement;
  visibleTo: string[];
}

/** Rows per INSERT: well inside both stores' limits on bound parameters. */
const INSERT_CHUNK = 100;

export interface BoardPage {
  totalCount: number;
  edges: { cursor: string; node: Placement }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  relations: PlacementRelations;
}

export class PlacementService {
  private readonly reads: EntityManager;
  private readonly transact: Transact;
  private readonly boardPages = new VersionedCache<BoardPage>(1_000);

  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
    private readonly claims: ClaimService,
    private readonly training: TrainingRule,
    private readonly waitingList: WaitingListService,
    private readonly reminders: ReminderOptions = defaultReminders,
  ) {
    this.reads = store.reads;
    this.transact = store.transact;
  }

  get standingAskDays(): number {
    return this.reminders.standingAskDays;
  }

  async findVisible(viewer: Viewer, id: string): Promise<Placement | null> {
    return visiblePlacements(this.reads, viewer).andWhere("placement.id = :id", { id }).getOne();
  }

  /**
   * One page of the board, with the relations its cards show (primed into the request's loaders
   * by the resolver). A page depends only on the viewer's organisation, the arguments and the
   * committed contents, so it is kept while the store's version is unchanged (exact on SQLite,
   * nothing cached on PostgreSQL): a repeated page costs one version probe instead of the COUNT
   * (which grows with the number of open placements), the page query and the relations.
   */
  async board(viewer: Viewer, args: BoardArgs): Promise<BoardPage> {
    const rankFor = args.forParticipantId ?? args.filter?.fitsParticipantId ?? null;
    if (args.sort === BoardSort.BEST_FIT && !rankFor) throw badInput("sort", "PARTICIPANT_REQUIRED_FOR_SORT", {});
    // A forged cursor is refused before any statement is sent (TypeORM's SQLite driver inlines numbers).
    const cursorKind = args.sort === BoardSort.BEST_FIT ? "integer" : sortKeys[args.sort].cursorKind;
    const after = args.after ? decodeCursor(args.after, cursorKind) : null;
    // The version is read before the page, so a page is never filed under a version newer than its data.
    const version = this.store.version();
    // Today is part of the key: ended and stale placements leave the board by the calendar, not by a write.
    const key = JSON.stringify([
      viewer.organisationId,
      args.filter ?? null,
      args.sort,
      args.first,
      args.after ?? null,
      args.forParticipantId ?? null,
      swedishToday(),
    ]);
    const cached = this.boardPages.get(version, key);
    if (cached) return copyOfPage(cached);
    const fitFor = new Map<string, Participant>();
    for (const [id, field] of [
      [args.filter?.fitsParticipantId, "filter.fitsParticipantId"],
      [args.forParticipantId, "forParticipantId"],
    ] as const) {
      if (!id || fitFor.has(id)) continue;
      const participant = await this.reads.findOneBy(Participant, { id, organisationId: viewer.organisationId });
      if (!participant) throw notFound("Participant", field);
      fitFor.set(id, participant);
    }
    const bestFit = args.sort === BoardSort.BEST_FIT ? bestFitKey(fitFor.get(rankFor!)!) : null;
    const fits = args.filter?.fitsParticipantId ? fitFor.get(args.filter.fitsParticipantId)! : null;
    const page = await this.readBoard(viewer, args, after, bestFit, fits);
    this.boardPages.set(version, key, page);
    return copyOfPage(page);
  }

  private async readBoard(
    viewer: Viewer,
    args: BoardArgs,
    after: [string | number, string] | null,
    bestFit: SortKey | null,
    fits: Participant | null,
  ): Promise<BoardPage> {
    const query = visiblePlacements(this.reads, viewer);
    const search = this.applyFilter(query, args.filter ?? {}, args.sort);
    if (fits) {
      const meets = meetsRequirementsSql(fits);
      query.andWhere(meets.sql, meets.parameters);
    }
    const sort =
      bestFit ??
      (args.sort === BoardSort.RELEVANCE
        ? { ...sortKeys[args.sort], expression: search!.relevance }
        : sortKeys[args.sort as Exclude<BoardSort, BoardSort.BEST_FIT>]);
    if (sort.parameters) query.setParameters(sort.parameters);
    const totalCount = await query.clone().getCount();

    if (after) {
      const comparison = sort.direction === "ASC" ? ">" : "<";
      query.andWhere(
        new Brackets((next) =>
          next
            .where(`${sort.expression} ${comparison} :afterValue`)
            .orWhere(`(${sort.expression} = :afterValue AND placement.id ${comparison} :afterId)`),
        ),
        { afterValue: sort.parameter(after[0]), afterId: after[1] },
      );
    }
    // RELEVANCE's value is in no column: the page query selects it for the cursors.
    if (args.sort === BoardSort.RELEVANCE) query.addSelect(sort.expression, "sortValue");
    const { entities: rows, raw } = await query
      .orderBy(sort.expression, sort.direction)
      .addOrderBy("placement.id", sort.direction)
      .limit(args.first + 1)
      .getRawAndEntities<{ placement_id: string; sortValue: unknown }>();
    const sortValues = new Map(raw.map((row) => [row.placement_id, row.sortValue]));

    const page = rows.slice(0, args.first);
    const edges = page.map((node) => ({ cursor: encodeCursor([sort.cursorValue(node, sortValues.get(node.id)), node.id]), node }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      relations: await readPlacementRelations(
        this.reads,
        page.map((node) => node.id),
      ),
    };
  }

  /**
   * Of `ids`, those the board would show the viewer under `filter`: the board's own visibility
   * rule and filter, so a saved search (bevakning) matches exactly what its board shows.
   */
  async matchingIds(viewer: Viewer, filter: BoardFilter, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const query = visiblePlacements(this.reads, viewer);
    // The sort does not matter for membership; NEWEST never asks for text.
    this.applyFilter(query, filter, BoardSort.NEWEST);
    const rows = await query
      .andWhere("placement.id IN (:...matchIds)", { matchIds: ids })
      .select("placement.id", "id")
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Narrows the query by the filter; returns the text search when text is given (RELEVANCE needs it). */
  private applyFilter(query: SelectQueryBuilder<Placement>, filter: BoardFilter, sort: BoardSort): PlacementSearch | null {
    const statuses = filter.statuses?.length ? filter.statuses : [PlacementStatus.OPEN];
    query.andWhere("placement.status IN (:...statuses)", { statuses });
    if (filter.ownOnly) query.andWhere("placement.organisationId = :viewerOrganisationId");
    if (!filter.includeEnded) this.hideEndedAndStale(query);
    if (filter.municipalityCodes) {
      query.andWhere(filter.municipalityCodes.length ? "placement.municipalityCode IN (:...municipalityCodes)" : "1 = 0", {
        municipalityCodes: filter.municipalityCodes,
      });
    }
    if (filter.kinds) {
      query.andWhere(filter.kinds.length ? "placement.kind IN (:...kinds)" : "1 = 0", { kinds: filter.kinds });
    }
    if (filter.occupationFieldIds) {
      query.andWhere(filter.occupationFieldIds.length ? "placement.occupationFieldId IN (:...fields)" : "1 = 0", {
        fields: filter.occupationFieldIds,
      });
    }
    if (filter.freeSeatsOnly) query.andWhere("placement.seatsTaken < placement.capacity");
    if (filter.from && filter.to && filter.to < filter.from) {
      throw badInput("filter.to", "END_BEFORE_START", {});
    }
    if (filter.from) query.andWhere("(placement.endDate IS NULL OR placement.endDate >= :from)", { from: filter.from });
    if (filter.to) query.andWhere("placement.startDate <= :to", { to: filter.to });
    if (filter.swedishLevel) {
      const fitting = swedishLevelOrder.slice(0, swedishLevelOrder.indexOf(filter.swedishLevel) + 1);
      query.andWhere("placement.swedishLevel IN (:...fitting)", { fitting });
    }
    if (filter.licencesHeld) {
      const held = new Set(filter.licencesHeld);
      Object.values(Licence)
        .filter((licence) => !held.has(licence))
        .forEach((licence, index) =>
          query.andWhere(`placement.licences NOT LIKE :licence${index}`, { [`licence${index}`]: `%${licence}%` }),
        );
    }
    const text = filter.text?.trim();
    if (!text) {
      if (sort === BoardSort.RELEVANCE) throw badInput("sort", "SORT_NEEDS_TEXT", {});
      return null;
    }
    const search = placementSearch(this.reads.connection.options.type === "postgres" ? "postgres" : "sqlite", text);
    search.apply(query);
    return search;
  }

  /**
   * Ended placements leave the board, and so do standing placements their organisation has not
   * touched for STANDING_STALE_DAYS, except for that organisation itself (it is asked to confirm).
   */
  private hideEndedAndStale(query: SelectQueryBuilder<Placement>): void {
    const now = new Date();
    query.andWhere("(placement.endDate IS NULL OR placement.endDate >= :boardToday)", { boardToday: swedishToday(now) });
    query.andWhere(
      "(placement.endDate IS NOT NULL OR placement.updatedAt >= :staleBefore OR placement.organisationId = :viewerOrganisationId)",
      // Whole days, so the board cache's per-day key stays exact.
      { staleBefore: new Date(`${swedishToday(new Date(now.getTime() - this.reminders.standingStaleDays * 86_400_000))}T00:00:00Z`) },
    );
  }

  /** The owner says a standing placement still exists: it is back on the board and not asked again for a while. */
  async confirmStillThere(actor: Actor, id: string): Promise<Placement> {
    await this.ownPlacement(actor.viewer, id);
    return this.transact(async (manager) => {
      await manager.update(Placement, { id }, { updatedAt: new Date() });
      await this.audit.record(manager, actor, { action: "confirmPlacementStillThere", entity: "Placement", entityId: id });
      return manager.findOneByOrFail(Placement, { id });
    });
  }

  async post(actor: Actor, input: PostPlacementInput): Promise<Placement> {
    const workplace = await this.reads.getRepository(Workplace).findOneBy({ id: input.workplaceId });
    if (!workplace) throw notFound("Workplace", "input.workplaceId");
    const prepared = await this.prepare(actor, input, workplace);
    return this.transact(async (manager) => {
      await this.insert(manager, actor, [prepared], "postPlacement");
      return prepared.placement;
    });
  }

  /**
   * The checks postPlacement makes and the row it would store, without writing. The workplace is
   * passed in, so the Excel import can check placements at workplaces it has not stored yet.
   */
  async prepare(actor: Actor, input: PostPlacementInput, workplace: Workplace): Promise<PreparedPlacement> {
    // Ownership rule (README, "Workplaces"): a placement uses a workplace of its own organisation.
    if (workplace.organisationId !== actor.viewer.organisationId) {
      throw badInput("input.workplaceId", "WORKPLACE_OF_OTHER_ORGANISATION", {});
    }
    if (workplace.archivedAt) throw badInput("input.workplaceId", "WORKPLACE_ARCHIVED", {});
    await this.checkReferences(workplace.id, input);
    if (input.status === PlacementStatus.OPEN) {
      await this.checkTrainedSupervisor(actor.viewer, input.supervisorId ?? null, "input.supervisorId");
    }
    checkPlacementPeriod(
      periodRule(input.kind, traineeTypeOf(input.kind, workplace.sector)),
      input.startDate,
      input.endDate ?? null,
      "input.endDate",
      {
        today: swedishToday(),
        newEnd: true,
      },
    );
    const visibleTo = await this.checkAudience(input.visibility, input.visibleToOrganisationIds ?? null);
    const now = new Date();
    const placement = this.reads.getRepository(Placement).create({
      id: newId(),
      title: input.title.trim(),
      description: input.description?.trim() ?? "",
      kind: input.kind,
      occupationFieldId: input.occupationFieldId ?? null,
      workplaceId: workplace.id,
      supervisorId: input.supervisorId ?? null,
      organisationId: actor.viewer.organisationId,
      postedById: actor.viewer.userId,
      municipalityCode: workplace.municipalityCode,
      capacity: input.capacity,
      seatsTaken: 0,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      ...requirementColumns(input.requirements ?? undefined),
      visibility: input.visibility,
      status: input.status,
      createdAt: now,
      updatedAt: now,
    });
    return { placement, visibleTo };
  }

  /** Stores prepared placements in the caller's transaction, each audited under `action`. */
  async insert(manager: EntityManager, actor: Actor, prepared: PreparedPlacement[], action: string): Promise<void> {
    for (let start = 0; start < prepared.length; start += INSERT_CHUNK) {
      await manager.insert(
        Placement,
        prepared.slice(start, start + INSERT_CHUNK).map((item) => item.placement),
      );
    }
    for (const { placement, visibleTo } of prepared) {
      if (visibleTo.length) await this.replaceAudience(manager, placement.id, visibleTo);
    }
    await this.audit.record(
      manager,
      actor,
      prepared.map(({ placement }) => ({ action, entity: "Placement", entityId: placement.id })),
    );
  }

  async update(actor: Actor, id: string, input: UpdatePlacementInput): Promise<Placement> {
    const placement = await this.ownPlacement(actor.viewer, id);
    if (placement.status === PlacementStatus.CLOSED) throw closedRefusal();
    for (const field of ["title", "description", "kind", "capacity", "startDate", "requirements", "visibility"] as const) {
      if (input[field] === null) throw badInput(`input.${field}`, "FIELD_NOT_REMOVABLE", {});
    }
    await this.checkReferences(placement.workplaceId, input);
    if (input.supervisorId !== undefined && placement.status === PlacementStatus.OPEN) {
      await this.checkTrainedSupervisor(actor.viewer, input.supervisorId, "input.supervisorId");
    }
    const startDate = input.startDate ?? placement.startDate;
    const endDate = input.endDate === undefined ? placement.endDate : input.endDate;
    const kind = input.kind ?? placement.kind;
    const workplace = await this.reads.getRepository(Workplace).findOneByOrFail({ id: placement.workplaceId });
    checkPlacementPeriod(
      periodRule(kind, traineeTypeOf(kind, workplace.sector)),
      startDate,
      endDate,
      input.endDate !== undefined ? "input.endDate" : "input.startDate",
      { today: swedishToday(), newEnd: input.endDate != null && input.endDate !== placement.endDate },
    );
    const visibility = input.visibility ?? placement.visibility;
    const audienceChanged = input.visibility !== undefined || input.visibleToOrganisationIds !== undefined;
    const visibleTo = audienceChanged
      ? await this.checkAudience(visibility, input.visibleToOrganisationIds ?? (await this.audienceOf(id)))
      : null;

    const changes: Partial<Placement> = {
      ...definedOnly({
        title: input.title?.trim(),
        description: input.description?.trim(),
        kind: input.kind,
        supervisorId: input.supervisorId,
        occupationFieldId: input.occupationFieldId,
        capacity: input.capacity,
        startDate: input.startDate,
        endDate: input.endDate,
        hoursPerWeek: input.hoursPerWeek,
        visibility: input.visibility,
      }),
      ...(input.requirements ? requirementColumns(input.requirements) : {}),
      updatedAt: new Date(),
    };
    return this.transact(async (manager) => {
      // A placement closed meanwhile is not edited either (checked in the same statement).
      const update = manager
        .createQueryBuilder()
        .update(Placement)
        .set(changes)
        .where("id = :id", { id })
        .andWhere("status <> :closed", { closed: PlacementStatus.CLOSED });
      // Capacity may shrink only down to the seats live claims already hold; checked in the same statement.
      if (input.capacity !== undefined) update.andWhere(`"seatsTaken" <= :capacity`, { capacity: input.capacity });
      const result = await update.execute();
      if (result.affected === 0) {
        const current = await manager.findOneByOrFail(Placement, { id });
        if (current.status === PlacementStatus.CLOSED) throw closedRefusal();
        throw badInput("input.capacity", "BELOW_SEATS_TAKEN", { seatsTaken: current.seatsTaken });
      }
      if (visibleTo) await this.replaceAudience(manager, id, visibleTo);
      await this.audit.record(manager, actor, { action: "updatePlacement", entity: "Placement", entityId: id });
      // Capacity raised: the new seats go to the first in line, in this transaction.
      if (input.capacity !== undefined && input.capacity > placement.capacity) await this.claims.offerFreedSeats(manager, id);
      return manager.findOneByOrFail(Placement, { id });
    });
  }

  pause(actor: Actor, id: string): Promise<Placement> {
    return this.transition(actor, id, "pausePlacement");
  }

  /** Opens a paused placement or publishes a draft. */
  reopen(actor: Actor, id: string): Promise<Placement> {
    return this.transition(actor, id, "reopenPlacement");
  }

  /** No new claims; holds waiting for a decision are declined, confirmed and active claims stay. */
  close(actor: Actor, id: string): Promise<Placement> {
    return this.transition(actor, id, "closePlacement");
  }

  /**
   * What the viewer may do with a placement now, by the rules the mutations apply: only
   * coordinators and admins act; only the owner edits and moves it (as placementTransitions
   * allows); anyone who acts may claim an open placement with a free seat.
   */
  allowedActions(viewer: Viewer, placement: Placement): PlacementAction[] {
    if (roleRank[viewer.role] < roleRank[Role.COORDINATOR]) return [];
    const own = placement.organisationId === viewer.organisationId;
    const actions: PlacementAction[] = [];
    if (own) {
      // A closed placement is a record: it is not edited (updatePlacement refuses), only read.
      if (placement.status !== PlacementStatus.CLOSED) actions.push(PlacementAction.EDIT);
      for (const [action, transition] of Object.entries(transitionOfAction) as [PlacementAction, PlacementTransition][]) {
        const from: readonly PlacementStatus[] = placementTransitions[transition].from;
        if (from.includes(placement.status)) actions.push(action);
      }
    }
    if (placement.status === PlacementStatus.OPEN && placement.freeSeats > 0) actions.push(PlacementAction.CLAIM);
    return actions;
  }

  /** Moves a placement as the table says; refuses with CONFLICT when it is no longer in a `from` status. */
  private async transition(actor: Actor, id: string, action: PlacementTransition): Promise<Placement> {
    const { from, to } = placementTransitions[action];
    const placement = await this.ownPlacement(actor.viewer, id);
    if (to === PlacementStatus.OPEN) await this.checkTrainedSupervisor(actor.viewer, placement.supervisorId, "id");
    return this.transact(async (manager) => {
      const result = await manager.update(Placement, { id, status: In([...from]) }, { status: to, updatedAt: new Date() });
      if (result.affected === 0) {
        const current = await manager.findOneByOrFail(Placement, { id });
        throw refusal("PLACEMENT_STATUS_CHANGED", { status: current.status, action, allowedFrom: from });
      }
      if (to === PlacementStatus.CLOSED) {
        await this.waitingList.expireForPlacement(manager, id);
        await this.claims.declineHeldClaims(manager, actor, id, "The placement was closed.");
      }
      // Reopened: seats freed while it was paused go to the first in line.
      if (to === PlacementStatus.OPEN) await this.claims.offerFreedSeats(manager, id);
      await this.audit.record(manager, actor, { action, entity: "Placement", entityId: id });
      return manager.findOneByOrFail(Placement, { id });
    });
  }

  /** The placement, if it belongs to the viewer's organisation; NOT_FOUND if invisible, FORBIDDEN if someone else's. */
  private async ownPlacement(viewer: Viewer, id: string): Promise<Placement> {
    const placement = await this.findVisible(viewer, id);
    if (!placement) throw notFound("Placement", "id");
    requireOwnOrganisation(viewer, placement.organisationId, "placement");
    return placement;
  }

  private async checkReferences(
    workplaceId: string,
    input: { supervisorId?: string | null; occupationFieldId?: string | null },
  ): Promise<void> {
    if (input.supervisorId) {
      const supervisor = await this.reads.getRepository(Supervisor).findOneBy({ id: input.supervisorId });
      if (!supervisor) throw notFound("Supervisor", "input.supervisorId");
      if (supervisor.workplaceId !== workplaceId) {
        throw badInput("input.supervisorId", "SUPERVISOR_AT_OTHER_WORKPLACE", {});
      }
    }
    if (input.occupationFieldId) {
      const exists = await this.reads.getRepository(OccupationField).existsBy({ id: input.occupationFieldId });
      if (!exists) throw notFound("Occupation field", "input.occupationFieldId");
    }
  }

  /** The organisation's setting requireTrainedSupervisor: a placement opens only with a supervisor whose training is valid. */
  private async checkTrainedSupervisor(viewer: Viewer, supervisorId: string | null, field: string): Promise<void> {
    const organisation = await this.reads.getRepository(Organisation).findOneByOrFail({ id: viewer.organisationId });
    if (!organisation.requireTrainedSupervisor) return;
    const supervisor = supervisorId ? await this.reads.getRepository(Supervisor).findOneBy({ id: supervisorId }) : null;
    const trainingStatus = this.training.status(supervisor?.trainedOn ?? null);
    if (trainingStatus !== TrainingStatus.TRAINED) throw refusal("TRAINED_SUPERVISOR_REQUIRED", { trainingStatus }, { field });
  }

  private async checkAudience(visibility: Visibility, organisationIds: string[] | null): Promise<string[]> {
    if (visibility === Visibility.ALL_PARTNERS) return [];
    if (!organisationIds?.length) {
      throw badInput("input.visibleToOrganisationIds", "AUDIENCE_REQUIRED", {});
    }
    const found = await this.reads.getRepository(Organisation).countBy({ id: In(organisationIds) });
    if (found !== organisationIds.length) throw notFound("Organisation", "input.visibleToOrganisationIds");
    return organisationIds;
  }

  private async audienceOf(placementId: string): Promise<string[]> {
    const rows = await this.reads.getRepository(PlacementVisibility).findBy({ placementId });
    return rows.map((row) => row.organisationId);
  }

  private async replaceAudience(manager: EntityManager, placementId: string, organisationIds: string[]) {
    await manager.delete(PlacementVisibility, { placementId });
    if (organisationIds.length) {
      await manager.insert(
        PlacementVisibility,
        organisationIds.map((organisationId) => ({ id: newId(), placementId, organisationId })),
      );
    }
  }
}

/** Fresh objects for one request: resolvers never share (or change) the cached ones. */
function copyOfPage(page: BoardPage): BoardPage {
  const organisations = new Map(page.relations.organisations.map((row) => [row.id, copyOf(row)]));
  return {
    totalCount: page.totalCount,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: copyOf(edge.node) })),
    pageInfo: { ...page.pageInfo },
    relations: {
      organisations: [...organisations.values()],
      workplaces: page.relations.workplaces.map(copyOf),
      municipalities: page.relations.municipalities.map(copyOf),
      seatHoldings: new Map(
        [...page.relations.seatHoldings].map(([id, rows]) => [
          id,
          rows.map((row) => ({ ...row, organisation: organisations.get(row.organisation.id)! })),
        ]),
      ),
    },
  };
}

/** A copy with the same class. */
const copyOf = <T extends object>(row: T): T => Object.assign(Object.create(Object.getPrototypeOf(row) as object) as T, row);

function requirementColumns(requirements: RequirementsInput | undefined) {
  return {
    swedishLevel: requirements?.swedishLevel ?? swedishLevelOrder[0],
    licences: (requirements?.licences ?? []).join(","),
    otherRequirements: requirements?.other?.trim() || null,
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
