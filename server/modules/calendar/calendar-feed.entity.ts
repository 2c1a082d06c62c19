import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { User } from "../user/user.entity.js";

/**
 * A user's subscribable calendar feed: calendar programs cannot send a bearer token, so the link
 * itself is the secret. Only its keyed hash is stored; revoking sets revokedAt, and a new link
 * replaces the old one.
 */
@Entity()
export class CalendarFeed extends WithId {
  @Index()
  @refColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId" })
  protected userRef?: Relation<User>;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash!: string;

  @timestampColumn()
  createdAt!: Date;

  @timestampColumn({ nullable: true })
  revokedAt!: Date | null;
}
