import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { User } from "../user/user.entity.js";

/** A login. The token itself is never stored, only its keyed hash, so a copied database opens no doors. */
@Entity()
export class Session extends WithId {
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash!: string;

  @Index()
  @refColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "userId" })
  protected userRef?: Relation<User>;

  @timestampColumn()
  createdAt!: Date;

  @timestampColumn()
  expiresAt!: Date;

  @timestampColumn({ nullable: true })
  revokedAt!: Date | null;
}
