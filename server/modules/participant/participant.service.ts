import { In, IsNull, Not, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, isUniqueViolation, notFound } from "../../common/errors.js";
import { pageSize } from "../../common/page-size.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";
import type { AuditActor, AuditService } from "../audit/audit.service.js";
import { LIVE_STATUSES } from "../claim/claim-status.js";
import { Claim } from "../claim/claim.entity.js";
import { Absence } from "../absence/absence.entity.js";
import { FollowUp } from "../follow-up/follow-up.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Consent, ConsentOrganisation } from "../consent/consent.entity.js";
import { WaitingListEntry } from "../waiting-list/waiting-list-entry.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { Municipality } from "../reference/municipality.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import { User } from "../user/user.entity.js";
import { ValidationService } from "../validation/validation.service.js";
import { defaultPolicy, ParticipantPolicy } from "./participant-policy.entity.js";
import { Participant } from "./participant.entity.js";
import type { ParticipantsArgs, RegisterParticipantInput, SetParticipantPolicyInput, UpdateParticipantInput } from "./participant.input.js";

/** A participant due for review: nothing has happened for them for the organisation's `inactiveMonths`. */
export interface DueParticipant {
  participant: Participant;
  lastActivityAt: Date;
}

/** What `npm run retention` found (and, with `apply`, erased) for one organisation. */
export interface RetentionResult {
  organisationId: string;
  slug: string;
  inactiveMonths: number;
  retentionErases: boolean;
  due: { id: string; lastActivityAt: Date }[];
  erased: string[];
}

/** The audit actor of the retention script: no user, no address; entries name the organisation. */
const SYSTEM: AuditActor = { viewer: null, ip: null };

const monthsBefore = (now: Date, months: number) => {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
};

/**
 * Participants are only ever read or written by their own organisation; every read of one is
 * audited. Erasure (GDPR art. 17) deletes the participant and unlinks its claims, which keep their
 * seats and status so the board and statistics count them as before.
 */
export class ParticipantService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  async register(actor: Actor, input: RegisterParticipantInput): Promise<Participant> {
    const organisationId = actor.viewer.organisationId;
    const code = input.code.toUpperCase();
    await this.checkReferences(input);
    return this.transact(async (manager) => {
      if (await manager.existsBy(Participant, { organisationId, code })) throw codeTaken();
      const participant = manager.create(Participant, {
        id: newId(),
        code,
        organisationId,
        swedishLevel: input.swedishLevel,
        licences: (input.licences ?? []).join(","),
        occupationFieldIds: (input.occupationFieldIds ?? []).join(","),
        homeMunicipalityCode: input.homeMunicipalityCode ?? null,
        availableFrom: input.availableFrom ?? null,
        minor: input.minor ?? false,
        createdAt: new Date(),
        updatedAt: null,
        archivedAt: null,
      });
      await manager.insert(Participant, participant);
      await this.audit.record(manager, actor, { action: "registerParticipant", entity: "Participant", entityId: participant.id });
      return participant;
    }).catch(rethrowCodeTaken);
  }

  async update(actor: Actor, id: string, input: UpdateParticipantInput): Promise<Participant> {
    await this.checkReferences(input);
    return this.transact(async (manager) => {
      const participant = await this.ownForWrite(manager, actor.viewer, id);
      const changes: Partial<Participant> = { updatedAt: new Date() };
      if (input.code != null) {
        const code = input.code.toUpperCase();
        if (code !== participant.code && (await manager.existsBy(Participant, { organisationId: participant.organisationId, code })))
          throw codeTaken();
        changes.code = code;
      }
      if (input.swedishLevel != null) changes.swedishLevel = input.swedishLevel;
      if (input.licences != null) changes.licences = input.licences.join(",");
      if (input.occupationFieldIds != null) changes.occupationFieldIds = input.occupationFieldIds.join(",");
      if (input.homeMunicipalityCode !== undefined) changes.homeMunicipalityCode = input.homeMunicipalityCode;
      if (input.availableFrom !== undefined) changes.availableFrom = input.availableFrom;
      if (input.minor != null) changes.minor = input.minor;
      await manager.update(Participant, { id }, changes);
      await this.audit.record(manager, actor, { action: "updateParticipant", entity: "Participant", entityId: id });
      return Object.assign(participant, changes);
    }).catch(rethrowCodeTaken);
  }

  /** Archived participants stay (with their history) but are not offered for new claims. */
  async setArchived(actor: Actor, id: string, archived: boolean): Promise<Participant> {
    return this.transact(async (manager) => {
      const participant = await this.ownForWrite(manager, actor.viewer, id);
      if ((participant.archivedAt !== null) === archived) return participant;
      const now = new Date();
      const changes = { archivedAt: archived ? now : null, updatedAt: now };
      await manager.update(Participant, { id }, changes);
      await this.audit.record(manager, actor, {
        action: archived ? "archiveParticipant" : "restoreParticipant",
        entity: "Participant",
        entityId: id,
      });
      return Object.assign(participant, changes);
    });
  }

  /** The viewer's organisation's participants, by code; the read is logged. */
  async ours(actor: Actor, args: Partial<ParticipantsArgs> = {}): Promise<Participant[]> {
    const query = this.reads
      .getRepository(Participant)
      .createQueryBuilder("participant")
      .where("participant.organisationId = :organisationId", { organisationId: actor.viewer.organisationId })
      .orderBy("participant.code", "ASC");
    if (!args.includeArchived) query.andWhere("participant.archivedAt IS NULL");
    // Codes are stored in upper case and hold only letters, digits and dashes, so LIKE needs no escaping beyond % and _.
    const search = args.search
      ?.trim()
      .toUpperCase()
      .replace(/[%_\\]/g, "");
    if (search) query.andWhere("participant.code LIKE :search", { search: `%${search}%` });
    query.take(pageSize(args.first ?? 100));
    if (args.after != null) {
      const last = await this.reads.getRepository(Participant).findOneBy({ id: args.after, organisationId: actor.viewer.organisationId });
      if (!last) throw badInput("after", "INVALID_CURSOR", {});
      // Codes are unique within the organisation, so the code alone orders the pages.
      query.andWhere("participant.code > :afterCode", { afterCode: last.code });
    }
    const participants = await query.getMany();
    await this.logReads(
      actor,
      participants.map((p) => p.id),
    );
    return participants;
  }

  /** One of the viewer's organisation's participants, or null (also for another organisation's); the read is logged. */
  async findOurs(actor: Actor, id: string): Promise<Participant | null> {
    const participant = await this.reads.getRepository(Participant).findOneBy({ id, organisationId: actor.viewer.organisationId });
    if (participant) await this.logReads(actor, [participant.id]);
    return participant;
  }

  /** Records that `actor` saw these participants (GDPR: access to personal data is logged). */
  async logReads(actor: Actor, ids: readonly string[], action = "read:participant"): Promise<void> {
    if (ids.length === 0) return;
    await this.transact((manager) =>
      this.audit.record(
        manager,
        actor,
        ids.map((id) => ({ action, entity: "Participant", entityId: id })),
      ),
    );
  }

  /**
   * Erasure on request: the code and every attribute are deleted; the participant's claims stay,
   * unlinked, with their seats, status and organisations, so counts are unchanged. Whether their
   * requested dates and reasons stay is the organisation's policy. Audited without the code.
   */
  async erase(actor: Actor, id: string): Promise<boolean> {
    return this.transact(async (manager) => {
      const participant = await this.ownForWrite(manager, actor.viewer, id);
      const policy = await this.policyIn(manager, participant.organisationId);
      await this.eraseIn(manager, participant.id, policy);
      await this.audit.record(manager, actor, { action: "eraseParticipant", entity: "Participant", entityId: id });
      return true;
    });
  }

  private async eraseIn(manager: EntityManager, participantId: string, policy: ParticipantPolicy): Promise<void> {
    // Follow-up notes and absences are about the person: they go with the code. Outcomes are
    // categories without the person, and stay with the unlinked claim so statistics still count.
    const claimIds = (await manager.find(Claim, { where: { participantId }, select: { id: true } })).map((claim) => claim.id);
    if (claimIds.length) {
      await manager.delete(FollowUp, { claimId: In(claimIds) });
      await manager.delete(Absence, { claimId: In(claimIds) });
    }
    const unlink: Partial<Claim> = { participantId: null };
    if (!policy.keepClaimDetails) Object.assign(unlink, { requestedStart: null, requestedEnd: null, reason: null });
    // Validations and their observations are about the person: they go with them.
    await ValidationService.eraseIn(manager, participantId);
    await manager.update(Claim, { participantId }, unlink);
    await manager.update(WaitingListEntry, { participantId }, { participantId: null });
    await manager.delete(Consent, { participantId });
    await manager.delete(Participant, { id: participantId });
  }

  /**
   * Everything held about a participant (GDPR art. 15): attributes, claims and the audit trail of
   * who did or read what about them. Own organisation only; the extract itself is audited first,
   * so it lists itself.
   */
  async extract(actor: Actor, id: string) {
    const participant = await this.reads.getRepository(Participant).findOneBy({ id, organisationId: actor.viewer.organisationId });
    if (!participant) throw notFound("Participant");
    await this.logReads(actor, [id], "extract:participant");
    const [organisation, interests, municipality, claims] = await Promise.all([
      this.reads.findOneByOrFail(Organisation, { id: participant.organisationId }),
      participant.interestIds.length ? this.reads.findBy(OccupationField, { id: In(participant.interestIds) }) : [],
      participant.homeMunicipalityCode ? this.reads.findOneBy(Municipality, { code: participant.homeMunicipalityCode }) : null,
      this.reads.find(Claim, { where: { participantId: id }, order: { createdAt: "ASC" } }),
    ]);
    const claimIds = claims.map((claim) => claim.id);
    const [followUps, outcomes, absences] = claimIds.length
      ? await Promise.all([
          this.reads.find(FollowUp, { where: { claimId: In(claimIds) }, order: { dueOn: "ASC" } }),
          this.reads.find(Outcome, { where: { claimId: In(claimIds) }, order: { recordedAt: "ASC" } }),
          this.reads.find(Absence, { where: { claimId: In(claimIds) }, order: { date: "ASC" } }),
        ])
      : [[], [], []];
    const placements = claims.length ? await this.reads.findBy(Placement, { id: In([...new Set(claims.map((c) => c.placementId))]) }) : [];
    const placementOrgs = await this.reads.findBy(Organisation, { id: In([...new Set(placements.map((p) => p.organisationId))]) });
    const trail = await this.reads.find(AuditEntry, {
      where: { entityId: In([id, ...claims.map((claim) => claim.id)]) },
      order: { at: "ASC" },
    });
    const validations = await new ValidationService(this.reads, this.transact, this.audit).extractOf(this.reads, id);
    const users = trail.length
      ? await this.reads.findBy(User, { id: In([...new Set(trail.flatMap((e) => (e.userId ? [e.userId] : [])))]) })
      : [];
    const [consents, queue] = await Promise.all([
      this.reads.find(Consent, { where: { participantId: id }, order: { recordedAt: "ASC" } }),
      this.reads.find(WaitingListEntry, { where: { participantId: id }, order: { createdAt: "ASC" } }),
    ]);
    const coveredBy = consents.length ? await this.reads.findBy(ConsentOrganisation, { consentId: In(consents.map((c) => c.id)) }) : [];
    const coveredOrgs = coveredBy.length
      ? await this.reads.findBy(Organisation, { id: In([...new Set(coveredBy.map((row) => row.organisationId))]) })
      : [];
    const orgSlugs = new Map([...placementOrgs, ...coveredOrgs, organisation].map((org) => [org.id, org.slug]));
    return {
      kind: "praktikpool.participant-extract",
      version: 1,
      exportedAt: new Date().toISOString(),
      controller: { id: organisation.id, slug: organisation.slug, name: organisation.name },
      participant: {
        id: participant.id,
        code: participant.code,
        swedishLevel: participant.swedishLevel,
        licences: participant.heldLicences,
        occupationInterests: interests.map((field) => ({ id: field.id, label: field.label })),
        homeMunicipality: municipality ? { code: municipality.code, name: municipality.name } : null,
        availableFrom: participant.availableFrom,
        createdAt: participant.createdAt.toISOString(),
        updatedAt: participant.updatedAt?.toISOString() ?? null,
        archivedAt: participant.archivedAt?.toISOString() ?? null,
        minor: participant.minor,
      },
      consents: consents.map((consent) => ({
        id: consent.id,
        organisations: coveredBy
          .filter((row) => row.consentId === consent.id)
          .map((row) => orgSlugs.get(row.organisationId) ?? row.organisationId),
        validUntil: consent.validUntil,
        revokedAt: consent.revokedAt?.toISOString() ?? null,
        documentReference: consent.documentReference,
        guardianAgreed: consent.guardianAgreed,
        recordedAt: consent.recordedAt.toISOString(),
      })),
      waitingList: queue.map((entry) => ({
        id: entry.id,
        placementId: entry.placementId,
        status: entry.status,
        seats: entry.seats,
        createdAt: entry.createdAt.toISOString(),
        endedAt: entry.endedAt?.toISOString() ?? null,
      })),
      claims: claims.map((claim) => {
        const placement = placements.find((p) => p.id === claim.placementId)!;
        return {
          id: claim.id,
          placement: { id: placement.id, title: placement.title, organisation: orgSlugs.get(placement.organisationId) ?? null },
          seats: claim.seats,
          status: claim.status,
          requestedStart: claim.requestedStart,
          requestedEnd: claim.requestedEnd,
          reason: claim.reason,
          createdAt: claim.createdAt.toISOString(),
          updatedAt: claim.updatedAt.toISOString(),
          followUps: followUps
            .filter((f) => f.claimId === claim.id)
            .map((f) => ({
              stage: f.stage,
              dueOn: f.dueOn,
              heldOn: f.heldOn,
              attendance: f.attendance,
              tasks: f.tasks,
              concerns: f.concerns,
              nextStep: f.nextStep,
              notes: f.notes,
              recordedAt: f.recordedAt.toISOString(),
            })),
          outcomes: outcomes
            .filter((o) => o.claimId === claim.id)
            .map((o) => ({
              stage: o.stage,
              category: o.category,
              detail: o.detail,
              subsidised: o.subsidised,
              earlyEndReason: o.earlyEndReason,
              recordedAt: o.recordedAt.toISOString(),
            })),
          absences: absences
            .filter((a) => a.claimId === claim.id)
            .map((a) => ({ date: a.date, minutes: a.minutes, reason: a.reason, note: a.note, recordedAt: a.recordedAt.toISOString() })),
        };
      }),
      // Validations during claims: each item observed, when, by whom.
      validations,
      // Who handled the data and when; staff addresses are the staff's data, not the participant's, so they are left out.
      auditTrail: trail.map((entry) => ({
        at: entry.at.toISOString(),
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        by: entry.userId ? (users.find((user) => user.id === entry.userId)?.name ?? null) : null,
        organisation: entry.organisationId ? (orgSlugs.get(entry.organisationId) ?? null) : null,
      })),
    };
  }

  async policy(viewer: Viewer): Promise<ParticipantPolicy> {
    return this.policyIn(this.reads, viewer.organisationId);
  }

  async setPolicy(actor: Actor, input: SetParticipantPolicyInput): Promise<ParticipantPolicy> {
    return this.transact(async (manager) => {
      const policy = Object.assign(new ParticipantPolicy(), {
        organisationId: actor.viewer.organisationId,
        inactiveMonths: input.inactiveMonths,
        retentionErases: input.retentionErases,
        keepClaimDetails: input.keepClaimDetails,
        updatedAt: new Date(),
      });
      await manager.upsert(ParticipantPolicy, policy, ["organisationId"]);
      await this.audit.record(manager, actor, {
        action: "setParticipantPolicy",
        entity: "ParticipantPolicy",
        entityId: policy.organisationId,
      });
      return policy;
    });
  }

  /** The viewer's organisation's participants due for review, longest inactive first; the read is logged. */
  async dueForReview(actor: Actor, now = new Date()): Promise<DueParticipant[]> {
    const policy = await this.policy(actor.viewer);
    const due = await this.dueIn(this.reads, actor.viewer.organisationId, policy, now);
    await this.logReads(
      actor,
      due.map((entry) => entry.participant.id),
    );
    return due;
  }

  /**
   * `npm run retention`: per organisation, the participants due under its policy; with `apply`,
   * those of organisations whose policy lets retention erase are erased, each audited as
   * `retention:eraseParticipant` in the same transaction. Codes are never read out: the operator
   * running it is not a member of the organisations.
   */
  async retention(options: { apply: boolean; now?: Date }): Promise<RetentionResult[]> {
    const now = options.now ?? new Date();
    const organisations = await this.reads.find(Organisation, { order: { slug: "ASC" } });
    const results: RetentionResult[] = [];
    for (const organisation of organisations) {
      const policy = await this.policyIn(this.reads, organisation.id, organisation);
      const due = await this.dueIn(this.reads, organisation.id, policy, now);
      const result: RetentionResult = {
        organisationId: organisation.id,
        slug: organisation.slug,
        inactiveMonths: policy.inactiveMonths,
        retentionErases: policy.retentionErases,
        due: due.map((entry) => ({ id: entry.participant.id, lastActivityAt: entry.lastActivityAt })),
        erased: [],
      };
      if (options.apply && policy.retentionErases && due.length) {
        result.erased = await this.transact(async (manager) => {
          // Checked again inside the transaction: a claim or an edit since the read makes a participant active again.
          const stillDue = await this.dueIn(manager, organisation.id, policy, now);
          for (const entry of stillDue) await this.eraseIn(manager, entry.participant.id, policy);
          await this.audit.record(
            manager,
            SYSTEM,
            stillDue.map((entry) => ({
              action: "retention:eraseParticipant",
              entity: "Participant",
              entityId: entry.participant.id,
              organisationId: organisation.id,
            })),
          );
          return stillDue.map((entry) => entry.participant.id);
        });
      }
      results.push(result);
    }
    return results;
  }

  /**
   * Activity is a registration, an edit, archiving or restoring, any change to a claim for the
   * participant, or an observation recorded in a validation of theirs; a live claim (held, confirmed, active) keeps a participant from being due at all.
   */
  private async dueIn(manager: EntityManager, organisationId: string, policy: ParticipantPolicy, now: Date): Promise<DueParticipant[]> {
    const cutoff = monthsBefore(now, policy.inactiveMonths);
    const [participants, claims, lastObserved] = await Promise.all([
      manager.find(Participant, { where: { organisationId } }),
      manager.find(Claim, {
        where: { organisationId, participantId: Not(IsNull()) },
        select: { id: true, participantId: true, status: true, updatedAt: true },
      }),
      ValidationService.lastRecordedAt(manager, organisationId),
    ]);
    const lastClaim = new Map<string, Date>();
    const live = new Set<string>();
    for (const claim of claims) {
      const id = claim.participantId!;
      if (LIVE_STATUSES.includes(claim.status)) live.add(id);
      if (!lastClaim.has(id) || lastClaim.get(id)! < claim.updatedAt) lastClaim.set(id, claim.updatedAt);
    }
    return participants
      .filter((participant) => !live.has(participant.id))
      .map((participant) => {
        const times = [
          participant.createdAt,
          participant.updatedAt,
          lastClaim.get(participant.id),
          lastObserved.get(participant.id),
        ].filter((t): t is Date => !!t);
        return { participant, lastActivityAt: new Date(Math.max(...times.map((t) => t.getTime()))) };
      })
      .filter((entry) => entry.lastActivityAt < cutoff)
      .sort((a, b) => a.lastActivityAt.getTime() - b.lastActivityAt.getTime());
  }

  private async policyIn(manager: EntityManager, organisationId: string, known?: Organisation): Promise<ParticipantPolicy> {
    const stored = await manager.findOneBy(ParticipantPolicy, { organisationId });
    if (stored) return stored;
    const organisation = known ?? (await manager.findOneByOrFail(Organisation, { id: organisationId }));
    return defaultPolicy(organisationId, organisation.kind);
  }

  /** Another organisation's participant is "not found": its existence is not theirs to learn. */
  private async ownForWrite(manager: EntityManager, viewer: Viewer, id: string): Promise<Participant> {
    const participant = await manager.findOneBy(Participant, { id, organisationId: viewer.organisationId });
    if (!participant) throw notFound("Participant", "id");
    return participant;
  }

  private async checkReferences(input: { occupationFieldIds?: string[] | null; homeMunicipalityCode?: string | null }): Promise<void> {
    const wanted = input.occupationFieldIds ?? [];
    if (wanted.length && (await this.reads.countBy(OccupationField, { id: In(wanted) })) !== new Set(wanted).size)
      throw notFound("OccupationField", "input.occupationFieldIds");
    if (input.homeMunicipalityCode && !(await this.reads.existsBy(Municipality, { code: input.homeMunicipalityCode })))
      throw notFound("Municipality", "input.homeMunicipalityCode");
  }
}

const codeTaken = () => badInput("input.code", "PARTICIPANT_CODE_TAKEN", {});
const rethrowCodeTaken = (error: unknown): never => {
  throw isUniqueViolation(error) ? codeTaken() : error;
};
