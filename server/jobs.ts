import type { Logger } from "./common/logger.js";
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
    () => services.mailRetry.retryDue(),
  ]);
  const digests = startDigestJob(services.mailer, logger, options.digestSeconds ?? DIGEST_CHECK_SECONDS);
  return {
    /** Waits for a round under way, so the store is not closed beneath it. */
    async stop() {
      await sweeper.stop();
      await digests.stop();
    },
  };
}
