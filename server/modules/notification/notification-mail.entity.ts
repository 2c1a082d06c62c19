import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { timestampColumn } from "../../common/columns.js";
import { Notification } from "./notification.entity.js";

/**
 * That a notification's e-mail was taken on (at once or in a digest). Its primary key is the
 * notification, and a process sends only the mails whose row it inserted (or, for a retry, whose
 * batch it replaced: NotificationMailRetry), so each notification is mailed once however many
 * processes run.
 */
@Entity()
@Index("IDX_notification_mail_unsent", ["claimedAt"], { where: `"sentAt" IS NULL AND "gaveUpAt" IS NULL` })
export class NotificationMail {
  @PrimaryColumn({ type: "varchar", length: 36 })
  notificationId!: string;

  @OneToOne(() => Notification, { onDelete: "CASCADE" })
  @JoinColumn({ name: "notificationId" })
  protected notificationRef?: Relation<Notification>;

  /** Which run took it: the rows a run inserted are the ones it sends. */
  @Index()
  @Column({ type: "varchar", length: 36 })
  batch!: string;

  @timestampColumn()
  claimedAt!: Date;

  /** Null until the SMTP server accepted it. */
  @timestampColumn({ nullable: true })
  sentAt!: Date | null;

  /** Times it has been taken to be sent, the first included: the retry's backoff and cap count these. */
  @Column({ type: "integer", default: 1 })
  attempts!: number;

  /** Part of a digest: a retry sends the rows of its batch again as one digest, not one e-mail each. */
  @Column({ type: "boolean", default: false })
  digest!: boolean;

  /** Set when it will not be sent (attempts used up, or no active recipient); such rows are never taken again. */
  @timestampColumn({ nullable: true })
  gaveUpAt!: Date | null;
}
