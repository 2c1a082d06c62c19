import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { ClaimStatus, DeclineCategory } from "./claim-status.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { User } from "../user/user.entity.js";

@ObjectType({ description: "Seats on a placement held, confirmed or used by one organisation." })
@Entity()
@Check("claim_seats_positive", `"seats" >= 1`)
@Index(["status", "expiresAt"])
@Index(["placementId", "status"])
@Index(["organisationId", "status"])
export class Claim extends WithId {
  @refColumn()
  placementId!: string;

  @ManyToOne(() => Placement, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "placementId" })
  protected placementRef?: Relation<Placement>;

  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Index()
  @refColumn()
  claimedById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "claimedById" })
  protected claimedByRef?: Relation<User>;

  @Index()
  @refColumn({ nullable: true })
  participantId!: string | null;

  @ManyToOne(() => Participant, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "participantId" })
  protected participantRef?: Relation<Participant>;

  @Field(() => Int)
  @Column({ type: "integer" })
  seats!: number;

  @Field(() => ClaimStatus)
  @enumColumn()
  status!: ClaimStatus;

  @Field(() => LocalDate, { nullable: true, description: "First day the claimant asks for." })
  @dateColumn({ nullable: true })
  requestedStart!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day the claimant asks for." })
  @dateColumn({ nullable: true })
  requestedEnd!: string | null;

  @Field(() => String, { nullable: true, description: "Why the claim was declined or ended early." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reason!: string | null;

  @Field(() => DateTime, { description: "When the seats were claimed." })
  @timestampColumn()
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When an unconfirmed hold returns its seats." })
  @timestampColumn({ nullable: true })
  expiresAt!: Date | null;

  @Field(() => DateTime, { description: "When the status last changed." })
  @timestampColumn()
  updatedAt!: Date;

  @Field(() => DeclineCategory, { nullable: true, description: "The kind of reason the placement's organisation chose when declining." })
  @enumColumn({ nullable: true })
  declineCategory!: DeclineCategory | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the claimant went ahead although the participant lacks what the placement requires; null when nothing was lacking.",
  })
  @Column({ type: "varchar", length: 1000, nullable: true })
  overrideReason!: string | null;

  /** Comma-separated requirements the participant lacked when the claim was made (e.g. "SWEDISH_LEVEL:FLUENT,LICENCE:FORKLIFT"). */
  @Column({ type: "varchar", length: 300, default: "" })
  unmetRequirements!: string;

  @Index()
  @refColumn({ nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "decidedById" })
  protected decidedByRef?: Relation<User>;
}
