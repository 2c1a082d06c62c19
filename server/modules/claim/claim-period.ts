import { isUniqueViolation } from "../../common/errors.js";
import { ClaimStatus } from "./claim-status.js";
import type { Claim } from "./claim.entity.js";
import type { Placement } from "../placement/placement.entity.js";

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** "YYYY-MM-DD" plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Statuses in which a person is or was at the workplace. */
export const USED_STATUSES: readonly ClaimStatus[] = [ClaimStatus.ACTIVE, ClaimStatus.COMPLETED, ClaimStatus.ENDED_EARLY];
export const ENDED_STATUSES: readonly ClaimStatus[] = [ClaimStatus.COMPLETED, ClaimStatus.ENDED_EARLY];

export interface ClaimPeriod {
  start: string;
  /** The last day: planned while the claim runs (null: open-ended), actual once it ended early. */
  end: string | null;
}

/**
 * The days a claim covers, from what is known: its requested period, else the placement's. An
 * early end (avbrott) ends it on the day it was recorded; a completed claim on its planned last
 * day, or on the day it was recorded when it had none (or that came first).
 */
export function claimPeriod(
  claim: Pick<Claim, "status" | "requestedStart" | "requestedEnd" | "createdAt" | "updatedAt">,
  placement: Pick<Placement, "startDate" | "endDate">,
): ClaimPeriod {
  const start = claim.requestedStart ?? placement.startDate ?? iso(claim.createdAt);
  const planned = claim.requestedEnd ?? placement.endDate;
  const recorded = iso(claim.updatedAt);
  let end: string | null = planned;
  if (claim.status === ClaimStatus.ENDED_EARLY) end = planned && planned < recorded ? planned : recorded;
  else if (claim.status === ClaimStatus.COMPLETED) end = planned && planned < recorded ? planned : recorded;
  if (end !== null && end < start) end = start;
  return { start, end };
}

export { swedishToday } from "../workplace/supervisor-training.js";

/**
 * Runs a write that inserts a row unless one exists, once more when it lost the race to insert it
 * (two first recordings of the same day or stage at once, on PostgreSQL): the second run updates.
 */
export async function insertOrUpdate<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return write();
  }
}
