import type { Logger } from "../../common/logger.js";
import type { NotificationMailer } from "./notification-mail.service.js";

/** How often each process looks for digests to send; each notification goes out once whichever process finds it. */
export const DIGEST_CHECK_SECONDS = 300;

/** Sends the daily digests (NotificationMailer.sendDigests) on a timer; nothing when SMTP_URL is unset. */
export function startDigestJob(mailer: NotificationMailer, logger: Logger, everySeconds = DIGEST_CHECK_SECONDS) {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running || !mailer.enabled) return;
    running = mailer
      .sendDigests()
      .then(() => undefined)
      .catch((error: unknown) => logger.error({ err: error }, "digest e-mails failed; will retry"))
      .finally(() => {
        running = null;
      });
  }, everySeconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
