import type { EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, isUniqueViolation } from "../../common/errors.js";
import type { Actor } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { Participant } from "./participant.entity.js";
import type { RegisterParticipantInput } from "./participant.input.js";

/** Participants are only ever read or written by their own organisation. */
export class ParticipantService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  async register(actor: Actor, input: RegisterParticipantInput): Promise<Participant> {
    const organisationId = actor.viewer.organisationId;
    const code = input.code.toUpperCase();
    const taken = () => badInput("input.code", "PARTICIPANT_CODE_TAKEN", {});
    return this.transact(async (manager) => {
      if (await manager.existsBy(Participant, { organisationId, code })) throw taken();
      const participant = manager.create(Participant, {
        id: newId(),
        code,
        organisationId,
        swedishLevel: input.swedishLevel,
        licences: input.licences.join(","),
        createdAt: new Date(),
      });
      await manager.insert(Participant, participant);
      await this.audit.record(manager, actor, { action: "registerParticipant", entity: "Participant", entityId: participant.id });
      return participant;
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken() : error;
    });
  }

  /** The viewer's organisation's participants; the read is logged. */
  async ours(actor: Actor): Promise<Participant[]> {
    const participants = await this.reads
      .getRepository(Participant)
      .find({ where: { organisationId: actor.viewer.organisationId }, order: { code: "ASC" } });
    await this.logReads(
      actor,
      participants.map((p) => p.id),
    );
    return participants;
  }

  /** Records that `actor` saw these participants (GDPR: access to personal data is logged). */
  async logReads(actor: Actor, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.transact((manager) =>
      this.audit.record(
        manager,
        actor,
        ids.map((id) => ({ action: "read:participant", entity: "Participant", entityId: id })),
      ),
    );
  }
}
