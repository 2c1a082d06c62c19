import { In, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import type { Actor } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AbsenceService } from "../absence/absence.service.js";
import type { AuditService } from "../audit/audit.service.js";
import { claimPeriod, ENDED_STATUSES } from "../claim/claim-period.js";
import type { ClaimStatus } from "../claim/claim-status.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { OutcomeStage } from "../outcome/outcome-kind.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Participant } from "../participant/participant.entity.js";
import type { BoardFilter, BoardSort } from "../placement/board.args.js";
import { Placement } from "../placement/placement.entity.js";
import type { PlacementService } from "../placement/placement.service.js";
import { Municipality } from "../reference/municipality.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import type { StatisticsService } from "../statistics/statistics.service.js";
import { StatisticsDimension, type PeriodUnit, type StatisticsRow, type StatisticValue } from "../statistics/statistics.types.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { ExportRecord } from "./export-record.entity.js";
import {
  absenceReasonLabel,
  categoryLabel,
  claimStatusLabel,
  detailLabel,
  kindLabel,
  placementStatusLabel,
  SUPPRESSED,
} from "./swedish-labels.js";
import { addTable, dateCell, newWorkbook, type ExportColumn } from "./workbook.js";

const byIds = async <T extends { id: string }>(reads: EntityManager, entity: new () => T, ids: string[]) =>
  new Map((ids.length ? await reads.getRepository(entity).findBy({ id: In([...new Set(ids)]) } as never) : []).map((row) => [row.id, row]));

const shown = (value: StatisticValue): string | number | null => (value.suppressed ? SUPPRESSED : value.value);

/**
 * The Excel exports (Swedish headers, real dates, frozen header row, filters on), and the audit
 * entry of each: who, what and, in an ExportRecord the entry points to, which filters.
 */
export class ExportService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly placements: PlacementService,
    private readonly statistics: StatisticsService,
    private readonly absences: AbsenceService,
  ) {}

  async logExport(actor: Actor, action: string, filters: Record<string, unknown>): Promise<string> {
    return this.transact(async (manager) => {
      const id = newId();
      await manager.insert(ExportRecord, {
        id,
        organisationId: actor.viewer.organisationId,
        userId: actor.viewer.userId,
        kind: action.slice(0, 32),
        filters: JSON.stringify(filters).slice(0, 2000),
        at: new Date(),
      });
      await this.audit.record(manager, actor, { action, entity: "Export", entityId: id });
      return id;
    });
  }

  /** The filters an audited export used. */
  async filtersOf(actor: Actor, id: string): Promise<Record<string, unknown> | null> {
    const record = await this.reads.getRepository(ExportRecord).findOneBy({ id, organisationId: actor.viewer.organisationId });
    return record ? (JSON.parse(record.filters) as Record<string, unknown>) : null;
  }

  /** The board as the viewer sees it with these filters: every page of the same query, so the rows are exactly its totalCount. */
  async boardWorkbook(actor: Actor, filter: BoardFilter, sort: BoardSort) {
    const rows: { placement: Placement; organisation: string; workplace: string; municipality: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.placements.board(actor.viewer, { filter, sort, first: 100, after });
      const orgs = new Map(page.relations.organisations.map((o) => [o.id, o.name]));
      const workplaces = new Map(page.relations.workplaces.map((w) => [w.id, w]));
      const municipalities = new Map(page.relations.municipalities.map((m) => [m.code, m.name]));
      for (const { node } of page.edges) {
        const workplace = workplaces.get(node.workplaceId);
        rows.push({
          placement: node,
          organisation: orgs.get(node.organisationId) ?? "",
          workplace: workplace?.name ?? "",
          municipality: municipalities.get(workplace?.municipalityCode ?? node.municipalityCode) ?? node.municipalityCode,
        });
      }
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    const fields = await this.fieldLabels();
    const workbook = newWorkbook();
    addTable(
      workbook,
      "Anslagstavlan",
      [
        { header: "Titel", width: 40, value: (r) => r.placement.title },
        { header: "Typ", value: (r) => kindLabel(r.placement.kind) },
        {
          header: "Yrkesområde",
          width: 28,
          value: (r) => (r.placement.occupationFieldId ? (fields.get(r.placement.occupationFieldId) ?? "") : ""),
        },
        { header: "Organisation", width: 36, value: (r) => r.organisation },
        { header: "Arbetsplats", width: 30, value: (r) => r.workplace },
        { header: "Kommun", value: (r) => r.municipality },
        { header: "Platser", kind: "number", value: (r) => r.placement.capacity },
        { header: "Lediga platser", kind: "number", value: (r) => r.placement.freeSeats },
        { header: "Status", value: (r) => placementStatusLabel[r.placement.status] },
        { header: "Startdatum", kind: "date", value: (r) => dateCell(r.placement.startDate) },
        { header: "Slutdatum", kind: "date", value: (r) => dateCell(r.placement.endDate) },
        { header: "Timmar per vecka", kind: "number", value: (r) => r.placement.hoursPerWeek },
        { header: "Id", width: 38, value: (r) => r.placement.id },
      ],
      rows,
    );
    return workbook;
  }

  async claimsWorkbook(actor: Actor, statuses: ClaimStatus[] | null) {
    const claims = await this.reads.getRepository(Claim).find({
      where: { organisationId: actor.viewer.organisationId, ...(statuses?.length ? { status: In(statuses) } : {}) },
      order: { updatedAt: "DESC", id: "DESC" },
    });
    const placements = await byIds(
      this.reads,
      Placement,
      claims.map((c) => c.placementId),
    );
    const orgs = await byIds(
      this.reads,
      Organisation,
      [...placements.values()].map((p) => p.organisationId),
    );
    const workplaces = await byIds(
      this.reads,
      Workplace,
      [...placements.values()].map((p) => p.workplaceId),
    );
    const participants = await byIds(
      this.reads,
      Participant,
      claims.flatMap((c) => (c.participantId ? [c.participantId] : [])),
    );
    const workbook = newWorkbook();
    addTable(
      workbook,
      "Våra reservationer",
      [
        { header: "Plats", width: 40, value: (c: Claim) => placements.get(c.placementId)!.title },
        { header: "Typ", value: (c) => kindLabel(placements.get(c.placementId)!.kind) },
        { header: "Arbetsplats", width: 30, value: (c) => workplaces.get(placements.get(c.placementId)!.workplaceId)?.name ?? "" },
        { header: "Platsens organisation", width: 36, value: (c) => orgs.get(placements.get(c.placementId)!.organisationId)?.name ?? "" },
        { header: "Deltagare", value: (c) => (c.participantId ? (participants.get(c.participantId)?.code ?? "") : "") },
        { header: "Status", value: (c) => claimStatusLabel[c.status] },
        { header: "Platser", kind: "number", value: (c) => c.seats },
        { header: "Önskad start", kind: "date", value: (c) => dateCell(c.requestedStart) },
        { header: "Önskat slut", kind: "date", value: (c) => dateCell(c.requestedEnd) },
        { header: "Reserverad", kind: "instant", width: 18, value: (c) => c.createdAt },
        { header: "Senast ändrad", kind: "instant", width: 18, value: (c) => c.updatedAt },
      ],
      claims,
    );
    return workbook;
  }

  async placementsWorkbook(actor: Actor) {
    const placements = await this.reads.getRepository(Placement).find({
      where: { organisationId: actor.viewer.organisationId },
      order: { createdAt: "DESC", id: "DESC" },
    });
    const workplaces = await byIds(
      this.reads,
      Workplace,
      placements.map((p) => p.workplaceId),
    );
    const municipalities = new Map((await this.reads.getRepository(Municipality).find()).map((m) => [m.code, m.name]));
    const fields = await this.fieldLabels();
    const workbook = newWorkbook();
    addTable(
      workbook,
      "Våra platser",
      [
        { header: "Titel", width: 40, value: (p: Placement) => p.title },
        { header: "Typ", value: (p) => kindLabel(p.kind) },
        { header: "Yrkesområde", width: 28, value: (p) => (p.occupationFieldId ? (fields.get(p.occupationFieldId) ?? "") : "") },
        { header: "Arbetsplats", width: 30, value: (p) => workplaces.get(p.workplaceId)?.name ?? "" },
        { header: "Kommun", value: (p) => municipalities.get(p.municipalityCode) ?? p.municipalityCode },
        { header: "Platser", kind: "number", value: (p) => p.capacity },
        { header: "Tagna platser", kind: "number", value: (p) => p.seatsTaken },
        { header: "Lediga platser", kind: "number", value: (p) => p.freeSeats },
        { header: "Status", value: (p) => placementStatusLabel[p.status] },
        { header: "Startdatum", kind: "date", value: (p) => dateCell(p.startDate) },
        { header: "Slutdatum", kind: "date", value: (p) => dateCell(p.endDate) },
        { header: "Timmar per vecka", kind: "number", value: (p) => p.hoursPerWeek },
        { header: "Publicerad", kind: "instant", width: 18, value: (p) => p.createdAt },
      ],
      placements,
    );
    return workbook;
  }

  /** The organisation's own ended claims with their outcomes (its own participants, by code). */
  async outcomesWorkbook(actor: Actor) {
    const claims = (
      await this.reads.getRepository(Claim).findBy({ organisationId: actor.viewer.organisationId, status: In([...ENDED_STATUSES]) })
    ).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.id.localeCompare(b.id));
    const placements = await byIds(
      this.reads,
      Placement,
      claims.map((c) => c.placementId),
    );
    const participants = await byIds(
      this.reads,
      Participant,
      claims.flatMap((c) => (c.participantId ? [c.participantId] : [])),
    );
    const outcomes = claims.length ? await this.reads.getRepository(Outcome).findBy({ claimId: In(claims.map((c) => c.id)) }) : [];
    const of = (claim: Claim, stage: OutcomeStage) => outcomes.find((o) => o.claimId === claim.id && o.stage === stage);
    const workbook = newWorkbook();
    addTable(
      workbook,
      "Utfall",
      [
        { header: "Plats", width: 40, value: (c: Claim) => placements.get(c.placementId)!.title },
        { header: "Typ", value: (c) => kindLabel(placements.get(c.placementId)!.kind) },
        { header: "Deltagare", value: (c) => (c.participantId ? (participants.get(c.participantId)?.code ?? "") : "") },
        { header: "Status", value: (c) => claimStatusLabel[c.status] },
        { header: "Slutdatum", kind: "date", value: (c) => dateCell(claimPeriod(c, placements.get(c.placementId)!).end) },
        { header: "Utfall vid slut", width: 20, value: (c) => categoryLabel[of(c, OutcomeStage.AT_END)?.category ?? "NOT_RECORDED"] },
        { header: "Detalj vid slut", width: 20, value: (c) => detailOf(of(c, OutcomeStage.AT_END)) },
        {
          header: "Avbrottsorsak",
          width: 24,
          value: (c) => (of(c, OutcomeStage.AT_END)?.earlyEndReason ? categoryLabel[of(c, OutcomeStage.AT_END)!.earlyEndReason!] : ""),
        },
        {
          header: "Utfall efter 90 dagar",
          width: 22,
          value: (c) => categoryLabel[of(c, OutcomeStage.DAYS_90)?.category ?? "NOT_RECORDED"],
        },
        { header: "Detalj efter 90 dagar", width: 22, value: (c) => detailOf(of(c, OutcomeStage.DAYS_90)) },
      ],
      claims,
    );
    return workbook;
  }

  /** Every statistics table of the period, one sheet per kind of row, suppressed exactly as the page and the API. */
  async statisticsWorkbook(period: { unit: PeriodUnit; start: string; count: number }) {
    const rows = await this.statistics.rows();
    const workbook = newWorkbook();
    const sheets: [StatisticsDimension, string, string][] = [
      [StatisticsDimension.MUNICIPALITY, "Per kommun", "Kommun"],
      [StatisticsDimension.ORGANISATION, "Per organisation", "Organisation"],
      [StatisticsDimension.KIND, "Per typ", "Typ"],
      [StatisticsDimension.OCCUPATION_FIELD, "Per yrkesområde", "Yrkesområde"],
    ];
    for (const [dimension, name, heading] of sheets) {
      const table = await this.statistics.table({ ...period, dimension }, undefined, rows);
      const label = (row: StatisticsRow) =>
        dimension === StatisticsDimension.KIND && row.key !== "TOTAL" ? kindLabel(row.key as never) : row.label;
      const columns: ExportColumn<StatisticsRow>[] = [
        { header: heading, width: 34, value: label },
        { header: "Från", kind: "date", value: () => dateCell(table.from) },
        { header: "Till", kind: "date", value: () => dateCell(table.until) },
        { header: "Erbjudna platser", kind: "number", value: (r) => r.seatsOffered },
        { header: "Erbjudna platsveckor", kind: "number", value: (r) => r.seatWeeksOffered },
        { header: "Använda platsveckor", kind: "number", value: (r) => shown(r.seatWeeksUsed) },
        { header: "Tomma platsveckor", kind: "number", value: (r) => shown(r.seatWeeksEmpty) },
        { header: "Beläggning", kind: "percent", value: (r) => shown(r.fillRate) },
        { header: "Deltagare", kind: "number", value: (r) => shown(r.participants) },
        { header: "Från annan organisation", kind: "number", value: (r) => shown(r.otherOrganisation) },
        { header: "Från egen organisation", kind: "number", value: (r) => shown(r.ownOrganisation) },
        { header: "Andel från annan organisation", kind: "percent", value: (r) => shown(r.otherOrganisationShare) },
        { header: "Dagar till första reservation (median)", kind: "number", value: (r) => shown(r.medianDaysToFirstClaim) },
        { header: "Förfallna reservationer", kind: "number", value: (r) => shown(r.expiredHolds) },
        { header: "Avbrott", kind: "number", value: (r) => shown(r.earlyEnds.total) },
        ...table.total.earlyEnds.byCategory.map((c, i): ExportColumn<StatisticsRow> => ({
          header: `Avbrott: ${categoryLabel[c.category]}`,
          kind: "number",
          value: (r) => shown(r.earlyEnds.byCategory[i].count),
        })),
        { header: "Avslutade", kind: "number", value: (r) => shown(r.outcomesAtEnd.total) },
        ...table.total.outcomesAtEnd.byCategory.map((c, i): ExportColumn<StatisticsRow> => ({
          header: `Utfall vid slut: ${categoryLabel[c.category]}`,
          kind: "number",
          value: (r) => shown(r.outcomesAtEnd.byCategory[i].count),
        })),
        ...table.total.outcomesAfter90Days.byCategory.map((c, i): ExportColumn<StatisticsRow> => ({
          header: `Utfall efter 90 dagar: ${categoryLabel[c.category]}`,
          kind: "number",
          value: (r) => shown(r.outcomesAfter90Days.byCategory[i].count),
        })),
      ];
      addTable(workbook, name, columns, [...table.rows, table.total]);
    }
    return workbook;
  }

  /** The monthly report to Arbetsförmedlingen: one row per participant's claim, and one per deviation. */
  async afReportWorkbook(actor: Actor, month: string) {
    const report = await this.absences.afReport(actor.viewer, month);
    const workbook = newWorkbook();
    type Row = (typeof report.rows)[number];
    addTable(
      workbook,
      "Rapport",
      [
        { header: "Månad", value: () => report.month },
        { header: "Organisation", width: 36, value: () => report.organisationName },
        { header: "Deltagare", value: (r: Row) => r.participantCode ?? "" },
        { header: "Plats", width: 40, value: (r) => r.placementTitle },
        { header: "Arbetsplats", width: 30, value: (r) => r.workplaceName },
        { header: "Periodens start", kind: "date", value: (r) => dateCell(r.periodStart) },
        { header: "Periodens slut", kind: "date", value: (r) => dateCell(r.periodEnd) },
        { header: "Närvarodagar", kind: "number", value: (r) => r.daysPresent },
        { header: "Planerade dagar", kind: "number", value: (r) => r.daysScheduled },
        { header: "Avvikelser", kind: "number", value: (r) => r.deviations.length },
        { header: "Avvikelse, minuter", kind: "number", value: (r) => r.deviations.reduce((sum, d) => sum + d.minutes, 0) },
      ],
      report.rows,
    );
    const deviations = report.rows.flatMap((row) => row.deviations.map((deviation) => ({ row, deviation })));
    addTable(
      workbook,
      "Avvikelser",
      [
        { header: "Deltagare", value: (d: (typeof deviations)[number]) => d.row.participantCode ?? "" },
        { header: "Plats", width: 40, value: (d) => d.row.placementTitle },
        { header: "Datum", kind: "date", value: (d) => dateCell(d.deviation.date) },
        { header: "Minuter", kind: "number", value: (d) => d.deviation.minutes },
        { header: "Orsak", width: 28, value: (d) => absenceReasonLabel[d.deviation.reason as keyof typeof absenceReasonLabel] },
      ],
      deviations,
    );
    return workbook;
  }

  private async fieldLabels(): Promise<Map<string, string>> {
    return new Map((await this.reads.getRepository(OccupationField).find()).map((f) => [f.id, f.label]));
  }
}

function detailOf(outcome: Outcome | undefined): string {
  if (!outcome?.detail) return "";
  const subsidy = outcome.subsidised === true ? " (med stöd)" : outcome.subsidised === false ? " (utan stöd)" : "";
  return `${detailLabel[outcome.detail]}${subsidy}`;
}
