import type { ClaimService } from "./claim.service.js";

/** Returns expired holds' seats to the pool every few seconds, whether or not anyone is looking. */
export function startHoldSweeper(claims: ClaimService, everySeconds: number) {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await claims.expireDueHolds();
    } catch (error) {
      console.error("Hold sweeper failed; will retry:", error);
    } finally {
      running = false;
    }
  }, everySeconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
