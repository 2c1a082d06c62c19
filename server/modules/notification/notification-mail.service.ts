import nodemailer, { type Transporter } from "nodemailer";
import { In, IsNull, LessThan, MoreThan, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import type { Logger } from "../../common/logger.js";
import type { MailConfig } from "../../config.js";
import type { Transact } from "../../db/store.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { visiblePlacements } from "../placement/placement.visibility.js";
import { Municipality } from "../reference/municipality.entity.js";
import { User } from "../user/user.entity.js";
import { NotificationDelivery } from "./notification-delivery.js";
import { NotificationEvent } from "./notification-event.js";
import { NotificationMail } from "./notification-mail.entity.js";
import { NotificationPreference } from "./notification-preference.entity.js";
import { Notification } from "./notification.entity.js";

const STOCKHOLM = "Europe/Stockholm";
/** A digest never reaches further back than this: older unsent rows are left alone. */
const DIGEST_LOOKBACK_MS = 7 * 24 * 3600_000;

/** Longest one attempt to hand an e-mail to the SMTP server may take (less when the retry delay is shorter than twice this). */
const SEND_TIMEOUT_MS = 60_000;

/** How one attempt ended: accepted by the SMTP server, refused (or timed out), or nobody active to send it to. */
export type Delivery = "sent" | "refused" | "no-recipient";

const when = new Intl.DateTimeFormat("sv-SE", { timeZone: STOCKHOLM, dateStyle: "long", timeStyle: "short" });
const seatsText = (seats: number | null) => (seats === 1 ? "1 plats" : `${seats ?? "några"} platser`);

/** The instant the digest hour last began in Swedish time (today's, or yesterday's when it has not come yet). */
export function digestCutoff(now: Date, hour: number): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: STOCKHOLM,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      timeZoneName: "shortOffset",
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const offset = /GMT([+-]\d+)?/.exec(parts.timeZoneName ?? "")?.[1] ?? "0";
  const today = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), hour) - Number(offset) * 3600_000;
  return new Date(today <= now.getTime() ? today : today - 24 * 3600_000);
}

/** What an e-mail says about one notification: Swedish, with a link to the placement, never anything about a participant. */
interface Described {
  subject: string;
  text: string;
  link: string | null;
}

/**
 * E-mail for notifications, through nodemailer to SMTP_URL (unset: none, the app's list only).
 * Each user chooses per event: at once (default), a daily digest, or none. A notification is
 * mailed once whichever process sends it: a process first inserts its `notification_mail` row
 * (keyed by the notification) and sends only the rows it inserted. What the SMTP server refused, or
 * a process died before sending, NotificationMailRetry takes again later.
 */
export class NotificationMailer {
  private readonly transport: Transporter | null;
  private readonly sendTimeoutMs: number;

  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly config: MailConfig,
    private readonly logger?: Logger,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
    this.sendTimeoutMs = Math.min(SEND_TIMEOUT_MS, (config.retryDelaySeconds * 1000) / 2);
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** NotificationService listener: e-mails at once what its recipients want at once. */
  recorded(rows: Notification[]): void {
    if (!this.transport || rows.length === 0) return;
    this.sendImmediate(rows).catch((error: unknown) => this.logger?.error({ err: error }, "notification e-mail failed"));
  }

  async sendImmediate(rows: Notification[]): Promise<number> {
    const choices = await this.choices(rows.map((row) => row.userId));
    const due = rows.filter(
      (row) => (choices.get(`${row.userId}:${row.event}`) ?? NotificationDelivery.IMMEDIATE) === NotificationDelivery.IMMEDIATE,
    );
    const claimed = await this.claim(
      due.map((row) => row.id),
      false,
    );
    let sent = 0;
    for (const row of due.filter((candidate) => claimed.has(candidate.id))) {
      if ((await this.deliver([row], false)) === "sent") sent++;
    }
    return sent;
  }

  /**
   * Sends taken notifications of one user: one e-mail each, or all in one digest. Says whether the
   * SMTP server accepted it, so a retry knows to try again later or to give up at once.
   */
  async deliver(rows: Notification[], digest: boolean): Promise<Delivery> {
    const user = await this.reads.getRepository(User).findOneBy({ id: rows[0].userId });
    if (!user?.active) return "no-recipient";
    const { subject, text } = digest ? await this.composeDigest(user, rows) : await this.compose(user, rows[0]);
    const sent = await this.send(
      user.email,
      subject,
      text,
      rows.map((row) => row.id),
    );
    return sent ? "sent" : "refused";
  }

  private async compose(user: User, row: Notification): Promise<{ subject: string; text: string }> {
    const described = await this.describe(user, row);
    const link = described.link ? `\n\nÖppna platsen: ${described.link}` : "";
    return { subject: described.subject, text: `Hej!\n\n${described.text}${link}${this.footer()}` };
  }

  private async composeDigest(user: User, rows: Notification[]): Promise<{ subject: string; text: string }> {
    const lines: string[] = [];
    for (const row of rows) {
      const described = await this.describe(user, row);
      lines.push(`• ${described.text}${described.link ? `\n  ${described.link}` : ""}`);
    }
    const subject =
      rows.length === 1
        ? "Praktikpool: 1 avisering sedan förra sammanfattningen"
        : `Praktikpool: ${rows.length} aviseringar sedan förra sammanfattningen`;
    return { subject, text: `Hej!\n\nDet här har hänt sedan förra sammanfattningen:\n\n${lines.join("\n\n")}${this.footer()}` };
  }

  /**
   * One e-mail per user who chose the daily digest for some event, with their unsent
   * notifications of those events from before the digest hour. Safe to run in every process at
   * any time: each notification is taken by one run only.
   */
  async sendDigests(now = new Date()): Promise<number> {
    if (!this.transport) return 0;
    const cutoff = digestCutoff(now, this.config.digestHour);
    const preferences = await this.reads.getRepository(NotificationPreference).findBy({ delivery: NotificationDelivery.DAILY_DIGEST });
    const byUser = new Map<string, NotificationEvent[]>();
    for (const preference of preferences) byUser.set(preference.userId, [...(byUser.get(preference.userId) ?? []), preference.event]);
    let sent = 0;
    for (const [userId, events] of byUser) {
      const pending = await this.reads
        .getRepository(Notification)
        .createQueryBuilder("notification")
        .where({ userId, event: In(events), createdAt: LessThan(cutoff) })
        .andWhere({ createdAt: MoreThan(new Date(cutoff.getTime() - DIGEST_LOOKBACK_MS)) })
        .andWhere(`NOT EXISTS (SELECT 1 FROM "notification_mail" "mail" WHERE "mail"."notificationId" = "notification"."id")`)
        .orderBy("notification.createdAt", "ASC")
        .getMany();
      const claimed = await this.claim(
        pending.map((row) => row.id),
        true,
      );
      const rows = pending.filter((row) => claimed.has(row.id));
      if (rows.length > 0 && (await this.deliver(rows, true)) === "sent") sent++;
    }
    return sent;
  }

  private footer(): string {
    return `\n\nDu får det här mejlet för att du har valt e-post för den här sortens aviseringar. Du ändrar det under Aviseringar: ${this.config.publicUrl}/notifications\n\n– Praktikpool`;
  }

  private async choices(userIds: string[]): Promise<Map<string, NotificationDelivery>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.reads.getRepository(NotificationPreference).findBy({ userId: In([...new Set(userIds)]) });
    return new Map(rows.map((row) => [`${row.userId}:${row.event}`, row.delivery]));
  }

  /** Takes these notifications for this run; returns the ones it took (another process may have taken the rest). */
  private async claim(ids: string[], digest: boolean): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const batch = newId();
    const now = new Date();
    await this.transact((manager) =>
      manager
        .createQueryBuilder()
        .insert()
        .into(NotificationMail)
        .values(ids.map((notificationId) => ({ notificationId, batch, claimedAt: now, sentAt: null, attempts: 1, digest, gaveUpAt: null })))
        .orIgnore()
        .execute(),
    );
    const taken = await this.reads.getRepository(NotificationMail).findBy({ batch });
    return new Set(taken.map((row) => row.notificationId));
  }

  private async send(to: string, subject: string, text: string, ids: string[]): Promise<boolean> {
    try {
      // Bounded, so that an attempt has ended before a retry may take its mail again (MailConfig.retryDelaySeconds).
      await this.transport!.sendMail({ from: this.config.from, to, subject, text, signal: AbortSignal.timeout(this.sendTimeoutMs) });
    } catch (error) {
      // Codes only: an SMTP server's reply text may quote the recipient's address.
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      this.logger?.warn({ code, responseCode, notificationIds: ids }, "the SMTP server did not take a notification e-mail");
      return false;
    }
    await this.transact((manager) =>
      manager.update(NotificationMail, { notificationId: In(ids), sentAt: IsNull() }, { sentAt: new Date() }),
    );
    return true;
  }

  private async describe(user: User, row: Notification): Promise<Described> {
    const viewer = { userId: user.id, organisationId: user.organisationId, role: user.role };
    const placement = row.placementId
      ? await visiblePlacements(this.reads, viewer).andWhere("placement.id = :id", { id: row.placementId }).getOne()
      : null;
    const municipality = placement ? await this.reads.getRepository(Municipality).findOneBy({ code: placement.municipalityCode }) : null;
    const counterpart = row.counterpartOrganisationId
      ? ((await this.reads.getRepository(Organisation).findOneBy({ id: row.counterpartOrganisationId }))?.name ?? "En annan organisation")
      : "En annan organisation";
    const place = placement ? `${placement.title}${municipality ? `, ${municipality.name}` : ""}` : "en plats du inte längre ser";
    const title = placement?.title ?? "en plats";
    const link = placement ? `${this.config.publicUrl}/placements/${placement.id}` : null;
    const due = row.dueAt ? when.format(row.dueAt) : null;
    switch (row.event) {
      case NotificationEvent.CLAIM_ON_OUR_PLACEMENT:
        return { subject: `Ny reservation: ${title}`, text: `${counterpart} har reserverat ${seatsText(row.seats)} på ${place}.`, link };
      case NotificationEvent.CLAIM_DECIDED:
        return {
          subject: `Beslut om er reservation: ${title}`,
          text: `${counterpart} har fattat beslut om er reservation på ${place}.`,
          link,
        };
      case NotificationEvent.HOLD_EXPIRING:
        return {
          subject: `En reservation går snart ut: ${title}`,
          text: `En reservation på ${place} går ut${due ? ` ${due}` : " snart"}.`,
          link,
        };
      case NotificationEvent.WAITING_LIST_OFFER:
        return {
          subject: `Ni fick platser från kön: ${title}`,
          text: `Platser blev lediga på ${place}, och er plats i kön blev en reservation på ${seatsText(row.seats)}.`,
          link,
        };
      case NotificationEvent.CONFIRM_OR_RELEASE:
        return {
          subject: `Påbörja eller lämna tillbaka: ${title}`,
          text: `En bekräftad reservation på ${place} har inte påbörjats. Markera den som påbörjad eller lämna tillbaka platsen.`,
          link,
        };
      case NotificationEvent.PLACEMENT_STILL_THERE:
        return {
          subject: `Finns platsen kvar? ${title}`,
          text: `Er löpande plats ${place} har inte ändrats på länge. Stämmer den fortfarande?`,
          link,
        };
      case NotificationEvent.SAVED_SEARCH_MATCH:
        return {
          subject: `Ny plats som matchar din bevakning: ${title}`,
          text: `${counterpart} har lagt upp ${place}, som matchar din bevakning.`,
          link,
        };
      default:
        return { subject: "Ny avisering i Praktikpool", text: `Något har hänt på ${place}.`, link };
    }
  }
}
