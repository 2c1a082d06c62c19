import { In, IsNull, LessThanOrEqual, MoreThanOrEqual, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import type { Logger } from "../../common/logger.js";
import type { MailConfig } from "../../config.js";
import type { Transact } from "../../db/store.js";
import { NotificationMail } from "./notification-mail.entity.js";
import type { NotificationMailer } from "./notification-mail.service.js";
import { Notification } from "./notification.entity.js";

/** At most this many mails of each attempt count per round; the next round takes the rest. */
const BATCH = 100;

export interface RetryRound {
  sent: number;
  gaveUp: number;
}

/**
 * Takes again the notification e-mails that were claimed but never accepted by the SMTP server
 * (refused, timed out, or their process died), run by the hold sweeper in every process. Each
 * e-mail is taken by one process only: taking it is one conditional UPDATE that gives its rows a
 * new batch only while they still carry the batch the process read, so of two processes racing
 * for it one changes the rows and the other changes none. Attempt n waits retryDelaySeconds·2^(n−1)
 * after its claim; after maxAttempts the e-mail is given up and logged by notification id.
 */
export class NotificationMailRetry {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly mailer: NotificationMailer,
    private readonly config: MailConfig,
    private readonly logger?: Logger,
  ) {}

  /**
   * `now` chooses what is due (tests pass their own clock). A mail is stamped with `now` moved on by
   * the time the round has taken so far: stamped with the round's start, a mail taken late in a
   * slow round would look due again to another process while this one still sends it.
   * `signal` (the job's stop) ends the round between e-mails.
   */
  async retryDue(now = new Date(), signal?: AbortSignal): Promise<RetryRound> {
    const round = { sent: 0, gaveUp: 0 };
    if (!this.mailer.enabled) return round;
    const started = Date.now();
    const at = () => new Date(now.getTime() + (Date.now() - started));
    for (const mails of this.emails(await this.due(now))) {
      if (signal?.aborted) break;
      const [first] = mails;
      if (first.attempts >= this.config.maxAttempts) {
        if (await this.giveUp(first, at(), "attempts used up")) round.gaveUp++;
        continue;
      }
      const taken = await this.take(first, { claimedAt: at(), attempts: first.attempts + 1 });
      if (taken.length === 0) continue;
      const notifications = await this.reads.getRepository(Notification).find({
        where: { id: In(taken.map((mail) => mail.notificationId)) },
        order: { createdAt: "ASC" },
      });
      const delivery = notifications.length ? await this.mailer.deliver(notifications, first.digest) : "no-recipient";
      if (delivery === "sent") round.sent++;
      // Nobody to send it to will not change by trying again.
      if (delivery === "no-recipient" && (await this.giveUp(taken[0], at(), "no active recipient"))) round.gaveUp++;
    }
    return round;
  }

  /**
   * Unsent mails whose wait is over, looked for per attempt count (a mail taken n times waits
   * retryDelaySeconds·2^(n−1)), so that mails still waiting long never crowd out ones due now.
   */
  private async due(now: Date): Promise<NotificationMail[]> {
    const delayMs = this.config.retryDelaySeconds * 1000;
    const max = this.config.maxAttempts;
    const due: NotificationMail[] = [];
    for (let attempts = 1; attempts <= max; attempts++) {
      due.push(
        ...(await this.reads.getRepository(NotificationMail).find({
          where: {
            sentAt: IsNull(),
            gaveUpAt: IsNull(),
            // Mails taken more often than the cap allows (it was lowered) are given up with the last.
            attempts: attempts === max ? MoreThanOrEqual(max) : attempts,
            claimedAt: LessThanOrEqual(new Date(now.getTime() - delayMs * 2 ** (attempts - 1))),
          },
          order: { claimedAt: "ASC" },
          take: BATCH,
        })),
      );
    }
    return due;
  }

  /** The mails grouped into the e-mails they were sent as: a digest's rows share their batch, any other row is an e-mail of its own. */
  private emails(mails: NotificationMail[]): NotificationMail[][] {
    const byEmail = new Map<string, NotificationMail[]>();
    for (const mail of mails) {
      const key = mail.digest ? `digest:${mail.batch}` : mail.notificationId;
      byEmail.set(key, [...(byEmail.get(key) ?? []), mail]);
    }
    return [...byEmail.values()];
  }

  /** The conditional UPDATE: the rows of `mail`'s e-mail get a new batch only if still unsent, not given up and in the batch read. */
  private take(mail: NotificationMail, changes: Partial<NotificationMail>): Promise<NotificationMail[]> {
    const batch = newId();
    return this.transact(async (manager) => {
      await manager.update(
        NotificationMail,
        {
          batch: mail.batch,
          sentAt: IsNull(),
          gaveUpAt: IsNull(),
          ...(mail.digest ? {} : { notificationId: mail.notificationId }),
        },
        { ...changes, batch },
      );
      return manager.findBy(NotificationMail, { batch });
    });
  }

  private async giveUp(mail: NotificationMail, now: Date, reason: "attempts used up" | "no active recipient"): Promise<boolean> {
    const taken = await this.take(mail, { gaveUpAt: now });
    if (taken.length === 0) return false;
    // Ids only: who it was for and what it said stay in the database. A deactivated recipient is expected; a lost e-mail is not.
    const level = reason === "attempts used up" ? "error" : "info";
    this.logger?.[level](
      { notificationIds: taken.map((row) => row.notificationId), attempts: mail.attempts, reason },
      "notification e-mail given up",
    );
    return true;
  }
}
