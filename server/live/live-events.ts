import type { AuditEntry } from "../modules/audit/audit-entry.entity.js";
import { PASSWORD_CHANGED, PASSWORD_SET_WITH_TOKEN } from "../modules/auth/login-throttle.js";
import type { LiveMessage } from "./live-bus.js";

/** Actions that end a user's other sessions without naming the user as their record. */
const SESSION_ACTIONS = new Set<string>([PASSWORD_CHANGED, PASSWORD_SET_WITH_TOKEN]);

/**
 * What a committed transaction changed, read from its audit entries (every write is audited in
 * its transaction): placements, claims and workplaces for `placementUpdated`, users whose sockets
 * must be checked again. Null when nothing live changed (a sign-in, a participant read).
 */
export function liveMessageOf(entries: readonly AuditEntry[]): LiveMessage | null {
  const message: Required<Pick<LiveMessage, "placements" | "claims" | "workplaces" | "users">> = {
    placements: [],
    claims: [],
    workplaces: [],
    users: [],
  };
  for (const entry of entries) {
    if (entry.entityId) {
      if (entry.entity === "Placement") message.placements.push(entry.entityId);
      else if (entry.entity === "Claim") message.claims.push(entry.entityId);
      else if (entry.entity === "Workplace") message.workplaces.push(entry.entityId);
      else if (entry.entity === "User") message.users.push(entry.entityId);
    }
    if (SESSION_ACTIONS.has(entry.action) && entry.userId) message.users.push(entry.userId);
  }
  const result: LiveMessage = {};
  for (const [key, ids] of Object.entries(message) as Array<[keyof typeof message, string[]]>) {
    if (ids.length) result[key] = [...new Set(ids)];
  }
  return Object.keys(result).length ? result : null;
}
