import type { Logger } from "../../common/logger.js";
import type { ClaimService } from "./claim.service.js";

/** Returns expired holds' seats to the pool every few seconds, whether or not anyone is looking. */
export function startHoldSweeper(claims: ClaimService, everySeconds: number, logger: Logger) {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = claims
      .expireDueHolds()
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
