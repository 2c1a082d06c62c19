import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";

/** One line of the append-only audit log: who did or read what, when, from where. */
@ObjectType({ description: "An audit log entry: a change, or a read of participant data." })
@Entity()
@Index(["organisationId", "at"])
// Read by the sign-in throttle: failures per account and per address (migration 1764160000000).
@Index("IDX_audit_entry_entity_at", ["entityId", "at"])
@Index("IDX_audit_entry_ip_at", ["ip", "at"])
// The audit log page's filters by action and by person (migration 1764700000000).
@Index("IDX_audit_entry_org_action_at", ["organisationId", "action", "at"])
@Index("IDX_audit_entry_org_user_at", ["organisationId", "userId", "at"])
export class AuditEntry extends WithId {
  @Field(() => DateTime)
  @timestampColumn()
  at!: Date;

  @Field(() => String, { nullable: true, description: "The user's id; null for failed sign-ins." })
  @refColumn({ nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true })
  @refColumn({ nullable: true })
  organisationId!: string | null;

  @Field(() => String, { description: "What happened, e.g. `claimSeat` or `read:participant`." })
  @Column({ type: "varchar", length: 64 })
  action!: string;

  @Field(() => String, { nullable: true, description: "Kind of record touched, e.g. `Claim`." })
  @Column({ type: "varchar", length: 32, nullable: true })
  entity!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 36, nullable: true })
  entityId!: string | null;

  @Field(() => String, { nullable: true, description: "Client address as seen by the server." })
  @Column({ type: "varchar", length: 64, nullable: true })
  ip!: string | null;
}
