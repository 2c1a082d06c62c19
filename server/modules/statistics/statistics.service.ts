import { Not, type EntityManager } from "typeorm";
import { badInput } from "../../common/errors.js";
import { addDays, claimPeriod, daysBetween, ENDED_STATUSES, swedishToday, USED_STATUSES } from "../claim/claim-period.js";
import { ClaimStatus } from "../claim/claim-status.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { EarlyEndReason, OutcomeCategory, OutcomeStage } from "../outcome/outcome-kind.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { FOLLOW_UP_DAYS } from "../outcome/outcome.service.js";
import { PlacementKind, PlacementStatus } from "../placement/placement-kind.js";
import { Placement } from "../placement/placement.entity.js";
import { Municipality } from "../reference/municipality.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import { cell, MIN_GROUP, suppress, type Cell, type Line, type Tie } from "./suppression.js";
import {
  MAX_UNITS,
  PeriodUnit,
  StatisticsDimension,
  type CategoryCounts,
  type StatisticsInput,
  type StatisticsRow,
  type StatisticsTable,
  type StatisticValue,
} from "./statistics.types.js";

export const NOT_RECORDED = "NOT_RECORDED";
export const NOT_YET_DUE = "NOT_YET_DUE";
export const EARLY_END_CATEGORIES = [...Object.values(EarlyEndReason), NOT_RECORDED];
export const OUTCOME_AT_END_CATEGORIES = [...Object.values(OutcomeCategory), NOT_RECORDED];
export const OUTCOME_90_CATEGORIES = [...Object.values(OutcomeCategory), NOT_RECORDED, NOT_YET_DUE];

const UNIT_MONTHS: Record<PeriodUnit, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The period's first and last day; refuses one that does not start a whole unit or is too long. */
export function statisticsPeriod(input: Pick<StatisticsInput, "unit" | "start" | "count">): { from: string; until: string } {
  const [year, month, day] = input.start.split("-").map(Number);
  const aligned = day === 1 && (input.unit === PeriodUnit.MONTH || (month - 1) % UNIT_MONTHS[input.unit] === 0);
  if (!aligned) throw badInput("input.start", "STATISTICS_PERIOD_NOT_ALIGNED", { unit: input.unit });
  if (input.count < 1 || input.count > MAX_UNITS[input.unit]) {
    throw badInput("input.count", "NUMBER_OUT_OF_RANGE", { min: 1, max: MAX_UNITS[input.unit] });
  }
  const end = new Date(Date.UTC(year, month - 1 + UNIT_MONTHS[input.unit] * input.count, 0));
  return { from: input.start, until: end.toISOString().slice(0, 10) };
}

/** The last `months` whole months up to and including the current one: what the statistics page opens with. */
export function lastMonths(months: number, today = swedishToday()): { unit: PeriodUnit; start: string; count: number } {
  const [year, month] = today.split("-").map(Number);
  const start = new Date(Date.UTC(year, month - months, 1)).toISOString().slice(0, 10);
  return { unit: PeriodUnit.MONTH, start, count: months };
}

/** Days of [from, until] that fall within [start, end] (inclusive), or 0. */
function overlapDays(start: string, end: string, from: string, until: string): number {
  const a = start > from ? start : from;
  const b = end < until ? end : until;
  return b < a ? 0 : daysBetween(a, b) + 1;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const round1 = (value: number) => Math.round(value * 10) / 10;

interface Group {
  key: string;
  label: string;
  seatsOffered: number;
  seatWeeksOffered: number;
  seatWeeksUsed: Cell;
  seatWeeksEmpty: Cell;
  fillRate: Cell;
  participants: Cell;
  otherOrganisation: Cell;
  ownOrganisation: Cell;
  otherOrganisationShare: Cell;
  medianDaysToFirstClaim: Cell;
  expiredHolds: Cell;
  earlyEnds: { total: Cell; byCategory: Map<string, Cell> };
  outcomesAtEnd: { total: Cell; byCategory: Map<string, Cell> };
  outcomesAfter90Days: { total: Cell; byCategory: Map<string, Cell> };
  // Raw sums, turned into cells once every row is counted.
  raw: {
    used: number;
    people: number;
    other: number;
    expired: number;
    days: number[];
    early: Map<string, number>;
    atEnd: Map<string, number>;
    after90: Map<string, number>;
  };
}

function newGroup(key: string, label: string): Group {
  return {
    key,
    label,
    seatsOffered: 0,
    seatWeeksOffered: 0,
    raw: { used: 0, people: 0, other: 0, expired: 0, days: [], early: new Map(), atEnd: new Map(), after90: new Map() },
  } as unknown as Group;
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function categoryCells(counts: Map<string, number>, categories: string[]) {
  const byCategory = new Map(categories.map((category) => [category, cell(counts.get(category) ?? 0, true)]));
  const total = cell(
    [...byCategory.values()].reduce((sum, c) => sum + c.value, 0),
    true,
  );
  return { total, byCategory };
}

/** Everything the table counts, read once: placements (not drafts), their claims and outcomes. */
export interface StatisticsRows {
  placements: Placement[];
  claims: Claim[];
  outcomes: Outcome[];
}

/**
 * Statistics for the steering group: for a period of whole months, quarters or years, per
 * municipality, organisation, kind or occupation field, what the pool offered, how much of it was
 * used and by whom, and what came of it. Every count of people is suppressed under five, with
 * complementary suppression (suppression.ts), so the page, the API and the export show the same.
 * Counts only, never a person: every role may read them.
 */
export class StatisticsService {
  constructor(private readonly reads: EntityManager) {}

  async rows(): Promise<StatisticsRows> {
    const [placements, claims, outcomes] = await Promise.all([
      this.reads.getRepository(Placement).findBy({ status: Not(PlacementStatus.DRAFT) }),
      this.reads.getRepository(Claim).find(),
      this.reads.getRepository(Outcome).find(),
    ]);
    return { placements, claims, outcomes };
  }

  async table(input: StatisticsInput, today = swedishToday(), given?: StatisticsRows): Promise<StatisticsTable> {
    const { from, until } = statisticsPeriod(input);
    const { placements, claims, outcomes } = given ?? (await this.rows());
    const labels = await this.labels(input.dimension);
    const keyOf = (placement: Placement): string =>
      ({
        [StatisticsDimension.MUNICIPALITY]: placement.municipalityCode,
        [StatisticsDimension.ORGANISATION]: placement.organisationId,
        [StatisticsDimension.KIND]: placement.kind,
        [StatisticsDimension.OCCUPATION_FIELD]: placement.occupationFieldId ?? "NONE",
      })[input.dimension];
    const groups = new Map<string, Group>();
    const groupOf = (placement: Placement) => {
      const key = keyOf(placement);
      if (!groups.has(key)) groups.set(key, newGroup(labels.slug(key), labels.label(key)));
      return groups.get(key)!;
    };
    // Every known group gets a row, empty or not, so the rows never depend on who used what.
    for (const key of labels.keys) groupOf({ municipalityCode: key, organisationId: key, kind: key, occupationFieldId: key } as Placement);

    const byId = new Map(placements.map((placement) => [placement.id, placement]));
    const lastUsedDay = today < until ? today : until;
    for (const placement of placements) {
      const end = placement.endDate ?? (placement.status === PlacementStatus.CLOSED ? iso(placement.updatedAt) : until);
      const days = overlapDays(placement.startDate, end, from, until);
      if (!days) continue;
      const group = groupOf(placement);
      group.seatsOffered += placement.capacity;
      group.seatWeeksOffered += (placement.capacity * days) / 7;
    }
    const firstClaim = new Map<string, string>();
    for (const claim of claims) {
      const day = iso(claim.createdAt);
      const known = firstClaim.get(claim.placementId);
      if (!known || day < known) firstClaim.set(claim.placementId, day);
    }
    for (const placement of placements) {
      const posted = iso(placement.createdAt);
      if (posted < from || posted > until || !firstClaim.has(placement.id)) continue;
      groupOf(placement).raw.days.push(Math.max(0, daysBetween(posted, firstClaim.get(placement.id)!)));
    }
    const outcomeOf = new Map(outcomes.map((outcome) => [`${outcome.claimId}:${outcome.stage}`, outcome]));
    for (const claim of claims) {
      const placement = byId.get(claim.placementId);
      if (!placement) continue;
      const group = groupOf(placement);
      if (claim.status === ClaimStatus.EXPIRED) {
        const day = iso(claim.updatedAt);
        if (day >= from && day <= until) group.raw.expired += 1;
        continue;
      }
      if (!USED_STATUSES.includes(claim.status)) continue;
      const period = claimPeriod(claim, placement);
      const usedUntil = claim.status === ClaimStatus.ACTIVE ? (period.end && period.end < today ? period.end : today) : period.end!;
      const days = overlapDays(period.start, usedUntil < lastUsedDay ? usedUntil : lastUsedDay, from, until);
      if (days) {
        group.raw.used += (claim.seats * days) / 7;
        group.raw.people += claim.seats;
        if (claim.organisationId !== placement.organisationId) group.raw.other += claim.seats;
      }
      if (!ENDED_STATUSES.includes(claim.status) || period.end! < from || period.end! > until) continue;
      const atEnd = outcomeOf.get(`${claim.id}:${OutcomeStage.AT_END}`);
      bump(group.raw.atEnd, atEnd?.category ?? NOT_RECORDED, claim.seats);
      const after = outcomeOf.get(`${claim.id}:${OutcomeStage.DAYS_90}`);
      const due = addDays(period.end!, FOLLOW_UP_DAYS) <= today;
      bump(group.raw.after90, after?.category ?? (due ? NOT_RECORDED : NOT_YET_DUE), claim.seats);
      if (claim.status === ClaimStatus.ENDED_EARLY) bump(group.raw.early, atEnd?.earlyEndReason ?? NOT_RECORDED, claim.seats);
    }

    const rows = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, "sv"));
    const total = newGroup("TOTAL", "Totalt");
    for (const row of rows) {
      total.seatsOffered += row.seatsOffered;
      total.seatWeeksOffered += row.seatWeeksOffered;
      total.raw.used += row.raw.used;
      total.raw.people += row.raw.people;
      total.raw.other += row.raw.other;
      total.raw.expired += row.raw.expired;
      total.raw.days.push(...row.raw.days);
      for (const name of ["early", "atEnd", "after90"] as const) for (const [k, v] of row.raw[name]) bump(total.raw[name], k, v);
    }
    const all = [...rows, total];
    for (const group of all) this.toCells(group);
    this.suppressTable(rows, total);
    return {
      dimension: input.dimension,
      unit: input.unit,
      from,
      until,
      minGroup: MIN_GROUP,
      rows: rows.map(published),
      total: published(total),
    };
  }

  private toCells(group: Group): void {
    const { raw } = group;
    group.seatWeeksOffered = round1(group.seatWeeksOffered);
    const used = round1(raw.used);
    group.seatWeeksUsed = cell(used, false);
    group.seatWeeksEmpty = cell(round1(Math.max(0, group.seatWeeksOffered - used)), false);
    group.fillRate = cell(group.seatWeeksOffered ? Math.round((used / group.seatWeeksOffered) * 1000) / 1000 : 0, false);
    group.participants = cell(raw.people, true);
    group.otherOrganisation = cell(raw.other, true);
    group.ownOrganisation = cell(raw.people - raw.other, true);
    group.otherOrganisationShare = cell(raw.people ? Math.round((raw.other / raw.people) * 1000) / 1000 : 0, false);
    group.medianDaysToFirstClaim = cell(median(raw.days) ?? Number.NaN, false);
    group.expiredHolds = cell(raw.expired, true);
    group.earlyEnds = categoryCells(raw.early, EARLY_END_CATEGORIES);
    group.outcomesAtEnd = categoryCells(raw.atEnd, OUTCOME_AT_END_CATEGORIES);
    group.outcomesAfter90Days = categoryCells(raw.after90, OUTCOME_90_CATEGORIES);
  }

  /** The lines (columns against the total row, categories against their row's sum) and ties of one table. */
  private suppressTable(rows: Group[], total: Group): void {
    const all = [...rows, total];
    const cells: Cell[] = [];
    const lines: Line[] = [];
    const ties: Tie[] = [];
    const column = (pick: (group: Group) => Cell) => lines.push({ members: rows.map(pick), total: pick(total) });
    for (const pick of [
      (g: Group) => g.participants,
      (g: Group) => g.otherOrganisation,
      (g: Group) => g.ownOrganisation,
      (g: Group) => g.expiredHolds,
      (g: Group) => g.seatWeeksUsed,
      (g: Group) => g.seatWeeksEmpty,
    ])
      column(pick);
    for (const family of ["earlyEnds", "outcomesAtEnd", "outcomesAfter90Days"] as const) {
      column((g) => g[family].total);
      for (const category of total[family].byCategory.keys()) column((g) => g[family].byCategory.get(category)!);
      for (const group of all) lines.push({ members: [...group[family].byCategory.values()], total: group[family].total });
    }
    for (const group of all) {
      cells.push(group.participants, group.otherOrganisation, group.ownOrganisation, group.expiredHolds);
      for (const family of ["earlyEnds", "outcomesAtEnd", "outcomesAfter90Days"] as const) {
        cells.push(group[family].total, ...group[family].byCategory.values());
      }
      // Own and other organisation add up to the participants.
      lines.push({ members: [group.otherOrganisation, group.ownOrganisation], total: group.participants });
      // What is computed from the people at the workplace goes with them.
      ties.push({
        source: group.participants,
        targets: [group.seatWeeksUsed, group.seatWeeksEmpty, group.fillRate, group.otherOrganisationShare, group.medianDaysToFirstClaim],
      });
      ties.push({ source: group.seatWeeksUsed, targets: [group.seatWeeksEmpty, group.fillRate] });
      ties.push({ source: group.seatWeeksEmpty, targets: [group.seatWeeksUsed, group.fillRate] });
      ties.push({ source: group.otherOrganisation, targets: [group.otherOrganisationShare] });
      ties.push({ source: group.ownOrganisation, targets: [group.otherOrganisationShare] });
    }
    suppress(cells, lines, ties);
  }

  private async labels(dimension: StatisticsDimension): Promise<{ keys: string[]; slug(key: string): string; label(key: string): string }> {
    switch (dimension) {
      case StatisticsDimension.MUNICIPALITY: {
        const list = await this.reads.getRepository(Municipality).findBy({ kak: true });
        const all = new Map((await this.reads.getRepository(Municipality).find()).map((m) => [m.code, m.name]));
        return { keys: list.map((m) => m.code), slug: (key) => key, label: (key) => all.get(key) ?? key };
      }
      case StatisticsDimension.ORGANISATION: {
        const list = await this.reads.getRepository(Organisation).find();
        const byId = new Map(list.map((o) => [o.id, o]));
        return { keys: list.map((o) => o.id), slug: (key) => byId.get(key)?.slug ?? key, label: (key) => byId.get(key)?.name ?? key };
      }
      case StatisticsDimension.KIND:
        return { keys: Object.values(PlacementKind), slug: (key) => key, label: (key) => key };
      case StatisticsDimension.OCCUPATION_FIELD: {
        const all = new Map((await this.reads.getRepository(OccupationField).find()).map((f) => [f.id, f.label]));
        return { keys: [], slug: (key) => key, label: (key) => (key === "NONE" ? "Inget yrkesområde" : (all.get(key) ?? key)) };
      }
    }
  }

  /** Counts of outcomes of one organisation's own placements, suppressed like the tables: what an owner sees of what its placements led to. */
  async ourPlacementsOutcomes(organisationId: string, input: StatisticsInput, today = swedishToday()): Promise<StatisticsRow> {
    const table = await this.table({ ...input, dimension: StatisticsDimension.ORGANISATION }, today);
    const organisation = await this.reads.getRepository(Organisation).findOneByOrFail({ id: organisationId });
    return table.rows.find((row) => row.key === organisation.slug)!;
  }
}

const value = (c: Cell): StatisticValue => ({
  value: c.suppressed || Number.isNaN(c.value) ? null : c.value,
  suppressed: c.suppressed,
});

const counts = (family: { total: Cell; byCategory: Map<string, Cell> }): CategoryCounts => ({
  total: value(family.total),
  byCategory: [...family.byCategory].map(([category, c]) => ({ category, count: value(c) })),
});

function published(group: Group): StatisticsRow {
  return {
    key: group.key,
    label: group.label,
    seatsOffered: group.seatsOffered,
    seatWeeksOffered: group.seatWeeksOffered,
    seatWeeksUsed: value(group.seatWeeksUsed),
    seatWeeksEmpty: value(group.seatWeeksEmpty),
    fillRate: value(group.fillRate),
    participants: value(group.participants),
    otherOrganisation: value(group.otherOrganisation),
    ownOrganisation: value(group.ownOrganisation),
    otherOrganisationShare: value(group.otherOrganisationShare),
    medianDaysToFirstClaim: value(group.medianDaysToFirstClaim),
    expiredHolds: value(group.expiredHolds),
    earlyEnds: counts(group.earlyEnds),
    outcomesAtEnd: counts(group.outcomesAtEnd),
    outcomesAfter90Days: counts(group.outcomesAfter90Days),
  };
}
