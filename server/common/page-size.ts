import { badInput } from "./errors.js";

/** Page size of the claim lists when the client does not ask for one. */
export const DEFAULT_CLAIM_PAGE = 50;

/**
 * Checks a `first` argument: a whole number from 1 to `max`, refused (not clamped) outside that,
 * so a client never silently gets fewer items than it asked for.
 */
export function pageSize(first: number, max = 100, field = "first"): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(field, "PAGE_SIZE_OUT_OF_RANGE", { min: 1, max });
  return first;
}

/**
 * One page of an already ordered list: `first` items after the item whose id is `after` (from the
 * start without it). An `after` that is not in the list is refused, not read as "from the start".
 */
export function pageAfter<T extends { id: string }>(items: readonly T[], first: number, after: string | null | undefined): T[] {
  const take = pageSize(first);
  let start = 0;
  if (after != null) {
    const index = items.findIndex((item) => item.id === after);
    if (index < 0) throw badInput("after", "INVALID_CURSOR", {});
    start = index + 1;
  }
  return items.slice(start, start + take);
}
