import { startPeriodicJob } from "../../common/periodic-job.js";
import type { Logger } from "../../common/logger.js";
import type { NotificationMailer } from "./notification-mail.service.js";

/** How often each process looks for digests to send; each notification goes out once whichever process finds it. */
export const DIGEST_CHECK_SECONDS = 300;

/** Sends the daily digests (NotificationMailer.sendDigests) on a timer; nothing when SMTP_URL is unset. */
export function startDigestJob(mailer: NotificationMailer, logger: Logger, everySeconds = DIGEST_CHECK_SECONDS) {
  return startPeriodicJob("digest e-mails", everySeconds, logger, async () => {
    if (mailer.enabled) await mailer.sendDigests();
  });
}
