import type { Logger } from "../../common/logger.js";
import { startPeriodicJob } from "../../common/periodic-job.js";
import type { ClaimService } from "./claim.service.js";

/** More work the sweep does on each round after expiring holds (queue entries of ended placements, reminders). */
export type SweepTask = () => Promise<unknown>;

/** Returns expired holds' seats to the pool every few seconds, whether or not anyone is looking, then runs `tasks`. */
export function startHoldSweeper(claims: ClaimService, everySeconds: number, logger: Logger, tasks: SweepTask[] = []) {
  return startPeriodicJob("hold sweeper", everySeconds, logger, async () => {
    await claims.expireDueHolds();
    for (const task of tasks) await task();
  });
}
