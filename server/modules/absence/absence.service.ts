import { Between, In, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { addDays, claimPeriod, swedishToday, USED_STATUSES, insertOrUpdate } from "../claim/claim-period.js";
import { ClaimStatus } from "../claim/claim-status.js";
import { Claim } from "../claim/claim.entity.js";
import { ownClaim } from "../follow-up/follow-up.service.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { Absence, DEVIATION_MINUTES } from "./absence.entity.js";
import type { RecordAbsenceInput } from "./absence.input.js";

/** A month as "YYYY-MM", as the report to Arbetsförmedlingen is made. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthRange(month: string): { first: string; last: string } {
  const [year, number] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last };
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export interface AfReportRow {
  claimId: string;
  participantCode: string | null;
  placementTitle: string;
  workplaceName: string;
  periodStart: string;
  periodEnd: string | null;
  /** Weekdays of the claim within the month (up to today) on which the person was not away the whole day. */
  daysPresent: number;
  /** Weekdays of the claim within the month, up to today. */
  daysScheduled: number;
  deviations: { date: string; minutes: number; reason: string }[];
}

export interface AfReport {
  month: string;
  organisationName: string;
  rows: AfReportRow[];
}

/**
 * Absence per day during an active claim, and the monthly activity and absence report to
 * Arbetsförmedlingen built from it: absences over 15 minutes are deviations (avvikelser).
 */
export class AbsenceService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, input: RecordAbsenceInput, today = swedishToday()): Promise<Absence> {
    const { claim, placement } = await ownClaim(this.reads, actor.viewer, input.claimId);
    if (claim.status !== ClaimStatus.ACTIVE) throw refusal("ABSENCE_OUTSIDE_ACTIVE_CLAIM", { status: claim.status });
    const period = claimPeriod(claim, placement);
    const last = period.end && period.end < today ? period.end : today;
    if (input.date < period.start || input.date > last) {
      throw badInput("input.date", "ABSENCE_DATE_OUTSIDE_PERIOD", { start: period.start, end: last });
    }
    return insertOrUpdate(() =>
      this.transact(async (manager) => {
        const existing = await manager.findOneBy(Absence, { claimId: claim.id, date: input.date });
        const values = {
          minutes: input.minutes,
          reason: input.reason,
          note: input.note?.trim() ?? "",
          recordedById: actor.viewer.userId,
          recordedAt: new Date(),
        };
        const id = existing?.id ?? newId();
        if (existing) await manager.update(Absence, { id }, values);
        else await manager.insert(Absence, { id, claimId: claim.id, organisationId: claim.organisationId, date: input.date, ...values });
        await this.audit.record(manager, actor, { action: "recordAbsence", entity: "Absence", entityId: id });
        return manager.findOneByOrFail(Absence, { id });
      }),
    );
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const absence = await this.reads.getRepository(Absence).findOneBy({ id, organisationId: actor.viewer.organisationId });
    if (!absence) throw notFound("Absence", "id");
    const claim = await this.reads.getRepository(Claim).findOneByOrFail({ id: absence.claimId });
    if (claim.status !== ClaimStatus.ACTIVE) throw refusal("ABSENCE_OUTSIDE_ACTIVE_CLAIM", { status: claim.status });
    return this.transact(async (manager) => {
      await manager.delete(Absence, { id });
      await this.audit.record(manager, actor, { action: "removeAbsence", entity: "Absence", entityId: id });
      return true;
    });
  }

  async ofClaim(viewer: Viewer, claim: Claim, month: string | null): Promise<Absence[]> {
    if (claim.organisationId !== viewer.organisationId) return [];
    const range = month ? monthRange(month) : null;
    return this.reads.getRepository(Absence).find({
      where: { claimId: claim.id, ...(range ? { date: Between(range.first, range.last) } : {}) },
      order: { date: "ASC" },
    });
  }

  /**
   * The month's report for the viewer's organisation: every claim of it that was at a workplace
   * during the month, with the participant's pseudonymous code, days present and each deviation
   * (absence over 15 minutes) with its date and minutes. A day counts as present unless the
   * absence covers the placement's whole working day (hours per week / 5, or 8 hours).
   */
  async afReport(viewer: Viewer, month: string, today = swedishToday()): Promise<AfReport> {
    if (!MONTH.test(month)) throw badInput("month", "INVALID_FORMAT", { format: "MONTH" });
    const { first, last } = monthRange(month);
    const organisation = await this.reads.getRepository(Organisation).findOneByOrFail({ id: viewer.organisationId });
    const claims = await this.reads.getRepository(Claim).findBy({ organisationId: viewer.organisationId, status: In([...USED_STATUSES]) });
    const placements = claims.length
      ? new Map(
          (await this.reads.getRepository(Placement).findBy({ id: In([...new Set(claims.map((c) => c.placementId))]) })).map((p) => [
            p.id,
            p,
          ]),
        )
      : new Map<string, Placement>();
    const inMonth = claims
      .map((claim) => ({
        claim,
        placement: placements.get(claim.placementId)!,
        period: claimPeriod(claim, placements.get(claim.placementId)!),
      }))
      .filter(({ period }) => period.start <= last && (period.end === null || period.end >= first) && period.start <= today);
    if (!inMonth.length) return { month, organisationName: organisation.name, rows: [] };
    const ids = inMonth.map(({ claim }) => claim.id);
    const [absences, participants, workplaces] = await Promise.all([
      this.reads.getRepository(Absence).find({ where: { claimId: In(ids), date: Between(first, last) }, order: { date: "ASC" } }),
      this.reads.getRepository(Participant).findBy({
        id: In([...new Set(inMonth.flatMap(({ claim }) => (claim.participantId ? [claim.participantId] : [])))]),
      }),
      this.reads.getRepository(Workplace).findBy({ id: In([...new Set(inMonth.map(({ placement }) => placement.workplaceId))]) }),
    ]);
    const rows = inMonth.map(({ claim, placement, period }): AfReportRow => {
      const own = absences.filter((absence) => absence.claimId === claim.id);
      const fullDay = Math.round(((placement.hoursPerWeek ?? 40) / 5) * 60);
      const from = period.start > first ? period.start : first;
      let to = period.end && period.end < last ? period.end : last;
      if (to > today) to = today;
      let daysScheduled = 0;
      let daysPresent = 0;
      for (let day = from; day <= to; day = addDays(day, 1)) {
        if (weekday(day) === 0 || weekday(day) === 6) continue;
        daysScheduled++;
        const away = own.find((absence) => absence.date === day);
        if (!away || away.minutes < fullDay) daysPresent++;
      }
      return {
        claimId: claim.id,
        participantCode: participants.find((p) => p.id === claim.participantId)?.code ?? null,
        placementTitle: placement.title,
        workplaceName: workplaces.find((w) => w.id === placement.workplaceId)?.name ?? "",
        periodStart: period.start,
        periodEnd: period.end,
        daysPresent,
        daysScheduled,
        deviations: own
          .filter((absence) => absence.minutes > DEVIATION_MINUTES)
          .map((absence) => ({ date: absence.date, minutes: absence.minutes, reason: absence.reason })),
      };
    });
    rows.sort((a, b) => (a.participantCode ?? "~").localeCompare(b.participantCode ?? "~", "sv") || a.claimId.localeCompare(b.claimId));
    return { month, organisationName: organisation.name, rows };
  }
}
