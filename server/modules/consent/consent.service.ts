import { In, IsNull, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { swedishToday } from "../workplace/supervisor-training.js";
import { Role, roleRank } from "../user/user.entity.js";
import { Consent, ConsentAction, ConsentOrganisation, ConsentStatus } from "./consent.entity.js";
import type { ClaimConsentInput, RecordConsentInput } from "./consent.input.js";

/**
 * Consents (samtycke) and the one rule every feature asks before showing a participant to another
 * organisation: `ownerMaySee` / `consentedParticipantIds`. A consent counts while it is recorded,
 * not revoked and not past `validUntil` (a Swedish calendar day), so revoking or expiry hides the
 * participant again at once. Only the participant's own organisation records, revokes or reads consents.
 */
export class ConsentService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, input: RecordConsentInput): Promise<Consent> {
    const participant = await this.ownParticipant(actor.viewer, input.participantId, "input.participantId");
    const organisations = await this.reads.countBy(Organisation, { id: In(input.organisationIds) });
    if (organisations !== input.organisationIds.length) throw notFound("Organisation", "input.organisationIds");
    this.check(participant, input, "input");
    return this.transact((manager) => this.insert(manager, actor, participant, input.organisationIds, input));
  }

  /** The checks a consent must pass: valid from today on, and a guardian's agreement for a minor. */
  check(participant: Participant, input: ClaimConsentInput, path: string, today = swedishToday()): void {
    if (input.validUntil < today) throw badInput(`${path}.validUntil`, "CONSENT_IN_PAST", { today });
    if (participant.minor && !input.guardianAgreed) throw badInput(`${path}.guardianAgreed`, "GUARDIAN_CONSENT_REQUIRED", {});
  }

  /** Stores a checked consent in the caller's transaction (recordConsent, or claimSeat's consent step). */
  async insert(
    manager: EntityManager,
    actor: Actor,
    participant: Participant,
    organisationIds: string[],
    input: ClaimConsentInput,
  ): Promise<Consent> {
    const consent = manager.create(Consent, {
      id: newId(),
      participantId: participant.id,
      organisationId: participant.organisationId,
      validUntil: input.validUntil,
      revokedAt: null,
      revokedById: null,
      documentReference: input.documentReference?.trim() || null,
      guardianAgreed: input.guardianAgreed,
      recordedById: actor.viewer.userId,
      recordedAt: new Date(),
    });
    await manager.insert(Consent, consent);
    await manager.insert(
      ConsentOrganisation,
      [...new Set(organisationIds)].map((organisationId) => ({ id: newId(), consentId: consent.id, organisationId })),
    );
    await this.audit.record(manager, actor, { action: "recordConsent", entity: "Participant", entityId: participant.id });
    return consent;
  }

  async revoke(actor: Actor, id: string): Promise<Consent> {
    const consent = await this.reads.findOneBy(Consent, { id, organisationId: actor.viewer.organisationId });
    if (!consent) throw notFound("Consent", "id");
    return this.transact(async (manager) => {
      const now = new Date();
      const result = await manager.update(Consent, { id, revokedAt: IsNull() }, { revokedAt: now, revokedById: actor.viewer.userId });
      if (result.affected === 0) throw refusal("CONSENT_ALREADY_REVOKED", {});
      await this.audit.record(manager, actor, { action: "revokeConsent", entity: "Participant", entityId: consent.participantId });
      return manager.findOneByOrFail(Consent, { id });
    });
  }

  /** Revoked wins over expired: a revoked consent never counts again, whatever its last day. */
  statusOf(consent: Consent, today = swedishToday()): ConsentStatus {
    if (consent.revokedAt) return ConsentStatus.REVOKED;
    return consent.validUntil >= today ? ConsentStatus.VALID : ConsentStatus.EXPIRED;
  }

  /** Exactly what `revokeConsent` would accept from `viewer`: a coordinator or admin of its organisation, while not revoked. */
  allowedActions(viewer: Viewer, consent: Consent): ConsentAction[] {
    if (roleRank[viewer.role] < roleRank[Role.COORDINATOR] || viewer.organisationId !== consent.organisationId) return [];
    return consent.revokedAt ? [] : [ConsentAction.REVOKE];
  }

  /** The participant's consents, newest first; own organisation only (others: NOT_FOUND). */
  async ofParticipant(viewer: Viewer, participantId: string): Promise<Consent[]> {
    await this.ownParticipant(viewer, participantId, "participantId");
    return this.reads.find(Consent, { where: { participantId }, order: { recordedAt: "DESC", id: "DESC" }, take: 50 });
  }

  /** The organisations one consent covers. */
  async organisationIdsOf(consentIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = consentIds.length ? await this.reads.findBy(ConsentOrganisation, { consentId: In([...consentIds]) }) : [];
    const byConsent = new Map<string, string[]>(consentIds.map((id) => [id, []]));
    for (const row of rows) byConsent.get(row.consentId)!.push(row.organisationId);
    return byConsent;
  }

  /**
   * The one check other features call before showing a participant of another organisation to
   * `viewer`: true for the participant's own organisation, and for an organisation a valid
   * consent covers. The caller audits the read it then makes.
   */
  async ownerMaySee(viewer: Viewer, participantId: string, today = swedishToday()): Promise<boolean> {
    const participant = await this.reads.findOneBy(Participant, { id: participantId });
    if (!participant) return false;
    if (participant.organisationId === viewer.organisationId) return true;
    return (await this.consentedParticipantIds(viewer.organisationId, [participantId], today)).has(participantId);
  }

  /** Of `participantIds`, those a valid consent lets `organisationId` see (one query; loaders batch through it). */
  consentedParticipantIds(organisationId: string, participantIds: readonly string[], today = swedishToday()): Promise<Set<string>> {
    return participantsConsentedTo(this.reads, organisationId, participantIds, today);
  }

  private async ownParticipant(viewer: Viewer, id: string, field: string): Promise<Participant> {
    const participant = await this.reads.findOneBy(Participant, { id, organisationId: viewer.organisationId });
    if (!participant) throw notFound("Participant", field);
    return participant;
  }
}

/** Of `participantIds`, those a valid consent (recorded, not revoked, not past `validUntil`) lets `organisationId` see: one query. */
export async function participantsConsentedTo(
  reads: EntityManager,
  organisationId: string,
  participantIds: readonly string[],
  today = swedishToday(),
): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set();
  const rows: { participantId: string }[] = await reads
    .getRepository(Consent)
    .createQueryBuilder("consent")
    .select("DISTINCT consent.participantId", "participantId")
    .innerJoin(ConsentOrganisation, "covered", "covered.consentId = consent.id")
    .where("covered.organisationId = :organisationId", { organisationId })
    .andWhere("consent.participantId IN (:...participantIds)", { participantIds: [...participantIds] })
    .andWhere("consent.revokedAt IS NULL")
    .andWhere("consent.validUntil >= :today", { today })
    .getRawMany();
  return new Set(rows.map((row) => row.participantId));
}
