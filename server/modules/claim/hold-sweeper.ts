import type { Logger } from "../../common/logger.js";
import type { ClaimService } from "./claim.service.js";

/** More work the sweep does on each round after expiring holds (queue entries of ended placements, reminders). */
export type SweepTask = () => Promise<unknown>;

/** Returns expired holds' seats to the pool every few seconds, whether or not anyone is looking, then runs `tasks`. */
export function startHoldSweeper(claims: ClaimService, everySeconds: number, logger: Logger, tasks: SweepTask[] = []) {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = claims
      .expireDueHolds()
      .then(async () => {
        for (const task of tasks) await task();
      })
      .then(() => undefined)
      .catch((error: unknown) => logger.error({ err: error }, "hold sweeper failed; will retry"))
      .finally(() => {
        running = null;
      });
  }, everySeconds * 1000);
  timer.unref();
  return {
    /** Stops the timer and waits for a sweep under way, so the store is not closed beneath it. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
