import type { Logger } from "./common/logger.js";
import { startPeriodicJob } from "./common/periodic-job.js";
import { startHoldSweeper } from "./modules/claim/hold-sweeper.js";
import { DIGEST_CHECK_SECONDS, startDigestJob } from "./modules/notification/digest-job.js";
import type { Services } from "./services.js";

/**
 * The background jobs every server process runs, each safe to run in all of them at once (README,
 * "Jobs run once per due item"). One function so that main.ts and the tests start the same list.
 */
export function startJobs(services: Services, logger: Logger, options: { sweepSeconds: number; digestSeconds?: number }) {
  const sweeper = startHoldSweeper(services.claims, options.sweepSeconds, logger, [
    () => services.waitingList.expireEnded(),
    () => services.reminders.sweep(),
  ]);
  // On a timer of its own: an SMTP server that takes connections but never answers makes a retry
  // round slow (up to a minute per e-mail), and must not hold up expiring holds and reminders.
  const retries = startPeriodicJob("notification e-mail retries", options.sweepSeconds, logger, (signal) =>
    services.mailRetry.retryDue(new Date(), signal),
  );
  const digests = startDigestJob(services.mailer, logger, options.digestSeconds ?? DIGEST_CHECK_SECONDS);
  return {
    /** Waits for the rounds under way (a retry round stops after its current e-mail), so the store is not closed beneath them. */
    async stop() {
      await Promise.all([sweeper.stop(), retries.stop(), digests.stop()]);
    },
  };
}
