import { In, type EntityManager } from "typeorm";
import { Participant } from "./participant.entity.js";

/** What a participant code may look like (participant.input.ts): 3–32 letters, digits or dashes. */
const CODE = /^[A-Z0-9-]{3,32}$/;
const MAX_CANDIDATES = 2000;

/**
 * The words of a text that could be a participant code, in upper case: each run of letters,
 * digits and dashes, and each dash-joined part of it ("ARB-0012-dagar" also gives "ARB-0012"),
 * since a code is easily written next to other words.
 */
export function codeCandidates(text: string): string[] {
  const candidates = new Set<string>();
  for (const token of text.toUpperCase().match(/[A-Z0-9-]+/g) ?? []) {
    const parts = token.split("-").filter(Boolean);
    for (let start = 0; start < parts.length && candidates.size < MAX_CANDIDATES; start++) {
      for (let end = start + 1; end <= Math.min(parts.length, start + 8); end++) {
        const candidate = parts.slice(start, end).join("-");
        if (CODE.test(candidate)) candidates.add(candidate);
      }
    }
  }
  return [...candidates];
}

/**
 * True when the text names one of the organisation's participants by code. Only the writer's own
 * organisation's codes are checked: refusing another organisation's code would tell the writer
 * that such a participant exists there, which is exactly what the pool keeps from them.
 */
export async function holdsOwnParticipantCode(manager: EntityManager, organisationId: string, text: string): Promise<boolean> {
  const candidates = codeCandidates(text);
  if (candidates.length === 0) return false;
  return manager.existsBy(Participant, { organisationId, code: In(candidates) });
}
