import { registerEnumType } from "type-graphql";
import type { Context } from "../../context.js";
import type { Actor } from "../../common/viewer.js";
import type { Participant } from "../participant/participant.entity.js";

/** Whether the viewer sees the participant of a claim or a queue entry, and why (not). */
export enum ParticipantSharing {
  NONE = "NONE",
  OWN = "OWN",
  CONSENTED = "CONSENTED",
  NO_CONSENT = "NO_CONSENT",
}
registerEnumType(ParticipantSharing, {
  name: "ParticipantSharing",
  description: "Whether you see the participant: your own, shared under a valid consent, or hidden (samtycke saknas).",
  valuesConfig: {
    NONE: { description: "No participant is named (or you may not know of one)." },
    OWN: { description: "Your organisation's own participant." },
    CONSENTED: { description: "Another organisation's participant, shown under a valid consent covering your organisation." },
    NO_CONSENT: { description: "Another organisation's participant on your placement, hidden: no valid consent covers you." },
  },
});

/**
 * The gate on every path that returns a participant of a claim or a queue entry: the organisation
 * that made it sees its participant; the placement's organisation sees it only while a valid consent
 * covers it; nobody else ever. Each read is audited (an own read as read:participant, a read under
 * consent as read:participant:consent).
 */
export async function sharingOf(
  context: Context,
  actor: Actor,
  row: { participantId: string | null; organisationId: string; placementId: string },
): Promise<ParticipantSharing> {
  if (!row.participantId) return ParticipantSharing.NONE;
  if (row.organisationId === actor.viewer.organisationId) return ParticipantSharing.OWN;
  const placement = await context.loaders.placementById.load(row.placementId);
  if (!placement || placement.organisationId !== actor.viewer.organisationId) return ParticipantSharing.NONE;
  return (await context.loaders.consentedParticipantById.load(row.participantId))
    ? ParticipantSharing.CONSENTED
    : ParticipantSharing.NO_CONSENT;
}

export async function sharedParticipant(
  context: Context,
  actor: Actor,
  row: { participantId: string | null; organisationId: string; placementId: string },
): Promise<Participant | null> {
  const sharing = await sharingOf(context, actor, row);
  if (sharing !== ParticipantSharing.OWN && sharing !== ParticipantSharing.CONSENTED) return null;
  const participant = await context.loaders.participantById.load(row.participantId!);
  if (!participant) return null;
  if (sharing === ParticipantSharing.OWN) {
    if (participant.organisationId !== actor.viewer.organisationId) return null;
    await context.loaders.participantReads.load(participant.id);
  } else {
    await context.loaders.consentedParticipantReads.load(participant.id);
  }
  return participant;
}
