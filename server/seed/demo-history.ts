import { In, type EntityManager } from "typeorm";
import { newId } from "../common/columns.js";
import { Absence, AbsenceReason } from "../modules/absence/absence.entity.js";
import { addDays } from "../modules/claim/claim-period.js";
import { ClaimStatus } from "../modules/claim/claim-status.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { FollowUp, FollowUpAttendance } from "../modules/follow-up/follow-up.entity.js";
import { followUpsOf } from "../modules/follow-up/follow-up-rules.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { EarlyEndReason, OutcomeCategory, OutcomeDetail, OutcomeStage } from "../modules/outcome/outcome-kind.js";
import { Outcome } from "../modules/outcome/outcome.entity.js";
import { Participant } from "../modules/participant/participant.entity.js";
import { PlacementKind, PlacementStatus, SwedishLevel, Visibility } from "../modules/placement/placement-kind.js";
import { Placement } from "../modules/placement/placement.entity.js";
import { Role, User } from "../modules/user/user.entity.js";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { Sector, Workplace } from "../modules/workplace/workplace.entity.js";

const iso = (date: Date) => date.toISOString().slice(0, 10);
const at = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** A small deterministic sequence, so every fresh start shows the same history. */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor((state / 2_147_483_648) * n);
  };
}

const SWEDISH: Record<PlacementKind, string> = {
  INTERNSHIP: "Praktik",
  WORK_TRAINING: "Arbetsträning",
  WORK_ASSESSMENT: "Arbetsprövning",
  LANGUAGE_INTERNSHIP: "Språkpraktik",
  TRAINEE: "Traineejobb",
  SUMMER_JOB: "Feriejobb",
};

/**
 * A period that fits the kind's rules and lies wholly in the past: feriejobb three weeks within
 * June–August of the last summer that is over, arbetsprövning about two weeks, trainee jobs six
 * months (within the 12 months of an external one), the others some weeks.
 */
function periodFor(kind: PlacementKind, today: string, offset: number): { start: string; end: string } {
  if (kind === PlacementKind.SUMMER_JOB) {
    const year = Number(today.slice(0, 4)) - (today >= `${today.slice(0, 4)}-09-01` ? 0 : 1);
    const start = addDays(`${year}-06-09`, (offset % 6) * 7);
    return { start, end: addDays(start, 20) };
  }
  const weeks = { INTERNSHIP: 8, WORK_TRAINING: 12, WORK_ASSESSMENT: 2, LANGUAGE_INTERNSHIP: 8, TRAINEE: 26 }[kind];
  // Ends from about two weeks to eleven months ago, so the last twelve months all have something.
  const end = addDays(today, -14 - ((offset * 37) % 330));
  return { start: addDays(end, -(weeks * 7 - 1)), end: kind === PlacementKind.WORK_ASSESSMENT ? addDays(end, 0) : end };
}

const OUTCOMES: [OutcomeCategory, OutcomeDetail | null][] = [
  [OutcomeCategory.WORK, OutcomeDetail.FIXED_TERM],
  [OutcomeCategory.WORK, OutcomeDetail.HOURLY],
  [OutcomeCategory.STUDIES, OutcomeDetail.SFI],
  [OutcomeCategory.STUDIES, OutcomeDetail.ADULT_EDUCATION],
  [OutcomeCategory.PROGRAMME, OutcomeDetail.VIA_EMPLOYMENT_SERVICE],
  [OutcomeCategory.PROGRAMME, OutcomeDetail.VIA_MUNICIPALITY],
  [OutcomeCategory.CONTINUED_PLACEMENT, null],
  [OutcomeCategory.WORK, OutcomeDetail.PERMANENT],
  [OutcomeCategory.SICK_LEAVE, null],
  [OutcomeCategory.NOT_REACHABLE, null],
  [OutcomeCategory.STUDIES, OutcomeDetail.VOCATIONAL],
  [OutcomeCategory.PARENTAL_LEAVE, null],
];

/** How the history's placements are told apart from the demo's current ones: closed, ended, and described so. */
export const HISTORY_DESCRIPTION = "Avslutad plats i demodatans historik.";

/** The title says the trainee variant, as the demo's current trainee jobs do (internal at a municipal employer). */
const titleOf = (kind: PlacementKind, workplace: Workplace) =>
  kind === PlacementKind.TRAINEE
    ? `${SWEDISH[kind]}, ${workplace.sector === Sector.PUBLIC ? "internt" : "externt"} – ${workplace.name}`
    : `${SWEDISH[kind]} – ${workplace.name}`;

const EARLY_REASONS = Object.values(EarlyEndReason);

async function insertAll<T extends object>(manager: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await manager.insert(entity, rows.slice(i, i + 100) as never);
}

/**
 * A year of history for the demo, so the statistics page shows believable figures on a fresh
 * start: past placements at the demo workplaces (closed now), claimed by their own and by other
 * organisations, ended as planned or early, with outcomes at the end and after 90 days, recorded
 * follow-ups, and absences (also on the demo's claims that are active today). Its own placements,
 * claims and participants: the demo's current placements are left as they are.
 */
export async function seedDemoHistory(manager: EntityManager, now = new Date()): Promise<void> {
  const today = iso(now);
  const random = sequence(1983);
  const organisations = await manager.find(Organisation, { order: { slug: "ASC" } });
  const coordinators = new Map(
    (await manager.findBy(User, { role: Role.COORDINATOR, organisationId: In(organisations.map((o) => o.id)) })).map((u) => [
      u.organisationId,
      u,
    ]),
  );
  const workplaces = await manager.find(Workplace, { order: { name: "ASC" } });
  const supervisors = await manager.find(Supervisor);
  // A workplace's occupation field is that of the demo's placements there.
  const fieldOf = new Map((await manager.find(Placement)).map((p) => [p.workplaceId, p.occupationFieldId]));

  const fields = [...new Set(fieldOf.values())].filter((id): id is string => id !== null).sort();
  const municipalities = [...new Set(workplaces.map((w) => w.municipalityCode))].sort();

  const participants = new Map<string, Participant[]>();
  const newParticipants: Participant[] = [];
  for (const [o, org] of organisations.entries()) {
    const list = Array.from({ length: 12 }, (_, n) =>
      manager.create(Participant, {
        id: newId(),
        code: `${org.slug.slice(0, 3).toUpperCase()}-${String(201 + n)}`,
        organisationId: org.id,
        swedishLevel: [SwedishLevel.BASIC, SwedishLevel.INTERMEDIATE, SwedishLevel.FLUENT][n % 3],
        licences: "",
        // What matching ranks by, as for the demo's other participants: their placements are over, so they look for the next.
        occupationFieldIds: [fields[(o + n) % fields.length], n % 2 ? fields[(o + n + 3) % fields.length] : null]
          .filter((id, i, all) => id && all.indexOf(id) === i)
          .join(","),
        homeMunicipalityCode: org.municipalityCode ?? municipalities[n % municipalities.length],
        availableFrom: addDays(today, (n % 4) * 7),
        // Registered "today" like the demo's other participants, so none is due for retention review on a fresh start.
        createdAt: now,
      }),
    );
    participants.set(org.id, list);
    newParticipants.push(...list);
  }
  await insertAll(manager, Participant, newParticipants);

  const kinds = Object.values(PlacementKind);
  const placements: Placement[] = [];
  const claims: Claim[] = [];
  const outcomes: Outcome[] = [];
  const followUps: FollowUp[] = [];
  const absences: Absence[] = [];
  let offset = 0;
  for (const workplace of workplaces) {
    const owner = organisations.find((o) => o.id === workplace.organisationId)!;
    const supervisor = supervisors.find((s) => s.workplaceId === workplace.id) ?? null;
    for (let round = 0; round < 2; round++, offset++) {
      let kind = kinds[(placements.length + Math.floor(placements.length / kinds.length)) % kinds.length];
      // Arbetsprövning is Försäkringskassan's; trainee jobs at private employers are external ones (the title says which).
      if (kind === PlacementKind.WORK_ASSESSMENT && workplace.sector === Sector.PRIVATE) kind = PlacementKind.INTERNSHIP;
      // No feriejobb at a school or preschool (schools close for the summer; the current demo keeps the same rule).
      if (kind === PlacementKind.SUMMER_JOB && /skola/i.test(workplace.name)) kind = PlacementKind.INTERNSHIP;
      const { start, end } = periodFor(kind, today, offset);
      const posted = addDays(start, -(10 + random(30)));
      const capacity = 2 + random(3);
      const placement = manager.create(Placement, {
        id: newId(),
        title: titleOf(kind, workplace),
        description: HISTORY_DESCRIPTION,
        kind,
        occupationFieldId: fieldOf.get(workplace.id) ?? null,
        workplaceId: workplace.id,
        supervisorId: supervisor?.id ?? null,
        organisationId: owner.id,
        municipalityCode: workplace.municipalityCode,
        capacity,
        seatsTaken: 0,
        startDate: start,
        endDate: end,
        hoursPerWeek: kind === PlacementKind.LANGUAGE_INTERNSHIP ? 16 : 30,
        swedishLevel: SwedishLevel.NONE,
        licences: "",
        otherRequirements: null,
        visibility: Visibility.ALL_PARTNERS,
        status: PlacementStatus.CLOSED,
        createdAt: at(posted),
        updatedAt: at(addDays(end, 1)),
      });
      placements.push(placement);

      // Seats used: one to all of them, about half by another organisation than the owner.
      const used = 1 + random(capacity);
      let firstClaim = addDays(posted, 1 + random(12));
      for (let seat = 0; seat < used + 1; seat++) {
        const claimant =
          seat % 2 === 0
            ? owner
            : organisations[(organisations.indexOf(owner) + 1 + random(organisations.length - 1)) % organisations.length];
        const coordinator = coordinators.get(claimant.id)!;
        const participant = participants.get(claimant.id)![random(12)];
        const createdOn = firstClaim;
        firstClaim = addDays(firstClaim, random(4));
        if (seat === used) {
          // One more that never got the seat: a hold that ran out, or a decline.
          const expired = random(2) === 0;
          claims.push(
            manager.create(Claim, {
              id: newId(),
              placementId: placement.id,
              organisationId: claimant.id,
              claimedById: coordinator.id,
              participantId: participant.id,
              seats: 1,
              status: expired ? ClaimStatus.EXPIRED : ClaimStatus.DECLINED,
              requestedStart: start,
              requestedEnd: end,
              reason: expired ? null : "Arbetsgivaren valde en annan kandidat.",
              createdAt: at(createdOn),
              updatedAt: at(addDays(createdOn, 2)),
              expiresAt: null,
              decidedById: expired ? null : coordinators.get(owner.id)!.id,
            }),
          );
          continue;
        }
        const early = random(6) === 0;
        const endedOn = early ? addDays(start, Math.max(1, Math.floor((Date.parse(end) - Date.parse(start)) / 86_400_000 / 2))) : end;
        const claim = manager.create(Claim, {
          id: newId(),
          placementId: placement.id,
          organisationId: claimant.id,
          claimedById: coordinator.id,
          participantId: participant.id,
          seats: 1,
          status: early ? ClaimStatus.ENDED_EARLY : ClaimStatus.COMPLETED,
          requestedStart: start,
          requestedEnd: end,
          reason: early ? "Avbrott, se uppföljningen." : null,
          createdAt: at(createdOn),
          updatedAt: at(endedOn, 15),
          expiresAt: null,
          decidedById: coordinators.get(owner.id)!.id,
        });
        claims.push(claim);

        const recorder = coordinator.id;
        if (random(8) !== 0) {
          // An early end that led nowhere else is the category ENDED_EARLY; otherwise what came of it.
          const [category, detail] = early && random(2) === 0 ? [OutcomeCategory.ENDED_EARLY, null] : OUTCOMES[random(OUTCOMES.length)];
          outcomes.push(
            manager.create(Outcome, {
              id: newId(),
              claimId: claim.id,
              organisationId: claimant.id,
              stage: OutcomeStage.AT_END,
              category,
              detail,
              subsidised: category === OutcomeCategory.WORK ? random(2) === 0 : null,
              earlyEndReason: early ? EARLY_REASONS[random(EARLY_REASONS.length)] : null,
              recordedById: recorder,
              recordedAt: at(endedOn, 16),
            }),
          );
        }
        const after90 = addDays(endedOn, 90);
        if (after90 <= today && random(4) !== 0) {
          const [category, detail] = OUTCOMES[random(OUTCOMES.length)];
          outcomes.push(
            manager.create(Outcome, {
              id: newId(),
              claimId: claim.id,
              organisationId: claimant.id,
              stage: OutcomeStage.DAYS_90,
              category,
              detail,
              subsidised: category === OutcomeCategory.WORK ? random(2) === 0 : null,
              earlyEndReason: null,
              recordedById: recorder,
              recordedAt: at(addDays(after90, random(10)), 10),
            }),
          );
        }
        for (const { stage, dueOn } of followUpsOf(kind, { start, end: endedOn })) {
          if (dueOn > today || random(5) === 0) continue;
          followUps.push(
            manager.create(FollowUp, {
              id: newId(),
              claimId: claim.id,
              organisationId: claimant.id,
              stage,
              dueOn,
              heldOn: dueOn,
              attendance: [
                FollowUpAttendance.PARTICIPANT_AND_SUPERVISOR,
                FollowUpAttendance.PARTICIPANT_ONLY,
                FollowUpAttendance.SUPERVISOR_ONLY,
              ][random(3)],
              tasks: "Arbetsuppgifterna fungerar.",
              concerns: random(3) === 0 ? "Trött på eftermiddagarna." : "",
              nextStep: "Fortsätter enligt planen.",
              notes: "",
              recordedById: recorder,
              recordedAt: at(dueOn, 14),
            }),
          );
        }
        absences.push(...absencesFor(claim, claimant.id, recorder, start, endedOn, random));
      }
    }
  }
  // The demo's claims that are active today get some absence this month, for the report to Arbetsförmedlingen.
  const active = await manager.findBy(Claim, { status: ClaimStatus.ACTIVE });
  const activePlacements = new Map(
    (active.length ? await manager.findBy(Placement, { id: In(active.map((c) => c.placementId)) }) : []).map((p) => [p.id, p]),
  );
  for (const claim of active) {
    const start = claim.requestedStart ?? activePlacements.get(claim.placementId)!.startDate;
    const first = start > `${today.slice(0, 7)}-01` ? start : `${today.slice(0, 7)}-01`;
    absences.push(...absencesFor(claim, claim.organisationId, claim.claimedById, first, addDays(today, -1), random));
  }
  await insertAll(manager, Placement, placements);
  await insertAll(manager, Claim, claims);
  await insertAll(manager, Outcome, outcomes);
  await insertAll(manager, FollowUp, followUps);
  await insertAll(manager, Absence, absences);
}

/** A few absences on weekdays of the period: most short, some over 15 minutes (deviations). */
function absencesFor(
  claim: Claim,
  organisationId: string,
  recordedById: string,
  first: string,
  last: string,
  random: (n: number) => number,
): Absence[] {
  const list: Absence[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (weekday(day) === 0 || weekday(day) === 6 || random(9) !== 0) continue;
    const reason = [
      AbsenceReason.SICK,
      AbsenceReason.LATE,
      AbsenceReason.CARE_OF_CHILD,
      AbsenceReason.APPOINTMENT,
      AbsenceReason.UNEXCUSED,
    ][random(5)];
    const minutes = reason === AbsenceReason.LATE ? 5 + random(40) : reason === AbsenceReason.SICK ? 480 : 60 + random(180);
    list.push(
      Object.assign(new Absence(), {
        id: newId(),
        claimId: claim.id,
        organisationId,
        date: day,
        minutes,
        reason,
        note: "",
        recordedById,
        recordedAt: at(day, 16),
      }),
    );
  }
  return list;
}
