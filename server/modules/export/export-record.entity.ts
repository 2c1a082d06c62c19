import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { User } from "../user/user.entity.js";

/**
 * Which filters an export used. The audit log holds no free text, so its entry
 * (`export:<kind>`, entity `Export`) points here by id; the filters are kept as JSON.
 */
@Entity()
export class ExportRecord extends WithId {
  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @refColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "userId" })
  protected userRef?: Relation<User>;

  @Column({ type: "varchar", length: 32 })
  kind!: string;

  @Column({ type: "varchar", length: 2000 })
  filters!: string;

  @timestampColumn()
  at!: Date;
}
