import { badInput } from "./errors.js";

/** Page size of the claim lists when the client does not ask for one. */
export const DEFAULT_CLAIM_PAGE = 50;

/**
 * Checks a `first` argument: a whole number from 1 to `max`, refused (not clamped) outside that,
 * so a client never silently gets fewer items than it asked for.
 */
export function pageSize(first: number, max = 100, field = "first"): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(field, `${field} must be 1–${max}`);
  return first;
}
