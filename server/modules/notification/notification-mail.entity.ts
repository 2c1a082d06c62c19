import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { timestampColumn } from "../../common/columns.js";
import { Notification } from "./notification.entity.js";

/**
 * That a notification's e-mail was taken on (at once or in a digest). Its primary key is the
 * notification, and a process sends only the mails whose row it inserted, so each notification is
 * mailed once however many processes run.
 */
@Entity()
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
}
