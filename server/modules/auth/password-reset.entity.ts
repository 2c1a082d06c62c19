import { Entity, Index, JoinColumn, ManyToOne, Column, type Relation } from "typeorm";
import { refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { User } from "../user/user.entity.js";

/**
 * A one-time set-password token an admin made for a user. Only its keyed hash is stored; it
 * works once (`usedAt`), until `expiresAt`, and not after a newer reset, a password change or a
 * deactivation (`revokedAt`).
 */
@Entity()
export class PasswordReset extends WithId {
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash!: string;

  @Index()
  @refColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "userId" })
  protected userRef?: Relation<User>;

  /** The admin who made it. */
  @refColumn()
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdBy" })
  protected createdByRef?: Relation<User>;

  @timestampColumn()
  createdAt!: Date;

  @timestampColumn()
  expiresAt!: Date;

  @timestampColumn({ nullable: true })
  usedAt!: Date | null;

  @timestampColumn({ nullable: true })
  revokedAt!: Date | null;
}
