import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { User } from "../user/user.entity.js";
import { NotificationEvent } from "./notification-event.js";

/**
 * One notification for one user: what happened, on which placement or claim, with whom. Rows hold
 * ids and counts only — never a participant's code or any free text — so a notification can go
 * into an e-mail or a push message as it is.
 */
@ObjectType({ description: "Something that happened that you should know about. Holds no personal data." })
@Entity()
@Index(["userId", "createdAt"])
@Index(["userId", "dedupeKey"], { unique: true })
export class Notification extends WithId {
  @refColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId" })
  protected userRef?: Relation<User>;

  /** The recipient's organisation when it was recorded. */
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => NotificationEvent)
  @enumColumn()
  event!: NotificationEvent;

  @Index()
  @refColumn({ nullable: true })
  placementId!: string | null;

  @Field(() => ID, { nullable: true, description: "The claim it is about, if any." })
  @refColumn({ nullable: true })
  claimId!: string | null;

  /** The other organisation involved (who claimed, who decided). */
  @refColumn({ nullable: true })
  counterpartOrganisationId!: string | null;

  @Field(() => Int, { nullable: true, description: "How many seats it concerns, if any." })
  @Column({ type: "integer", nullable: true })
  seats!: number | null;

  @Field(() => DateTime, { nullable: true, description: "When what it warns about happens (e.g. when a hold runs out)." })
  @timestampColumn({ nullable: true })
  dueAt!: Date | null;

  /** Makes a reminder once per due item: a second row with the same key for the same user is never written. */
  @Column({ type: "varchar", length: 200, nullable: true })
  dedupeKey!: string | null;

  @Field(() => DateTime)
  @timestampColumn()
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When you marked it read; null while unread." })
  @timestampColumn({ nullable: true })
  readAt!: Date | null;
}
