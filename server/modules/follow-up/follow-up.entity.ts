import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { User } from "../user/user.entity.js";

export enum FollowUpAttendance {
  PARTICIPANT_AND_SUPERVISOR = "PARTICIPANT_AND_SUPERVISOR",
  PARTICIPANT_ONLY = "PARTICIPANT_ONLY",
  SUPERVISOR_ONLY = "SUPERVISOR_ONLY",
  NOBODY = "NOBODY",
}
registerEnumType(FollowUpAttendance, {
  name: "FollowUpAttendance",
  description: "Who took part in a follow-up besides the coordinator.",
  valuesConfig: {
    PARTICIPANT_AND_SUPERVISOR: { description: "The participant and the supervisor." },
    PARTICIPANT_ONLY: { description: "Only the participant." },
    SUPERVISOR_ONLY: { description: "Only the supervisor." },
    NOBODY: { description: "Neither came (the follow-up did not take place as planned)." },
  },
});

/**
 * A follow-up (uppföljning) held for one claim: a short structured record and notes. Which
 * follow-ups a claim has, and when they are due, comes from its dates and its kind's rules
 * (follow-up-rules.json); a row exists once the follow-up is recorded.
 */
@ObjectType({ description: "A recorded follow-up with the participant and the supervisor. Only the claiming organisation sees it." })
@Entity()
@Index(["claimId", "stage"], { unique: true })
export class FollowUp extends WithId {
  @refColumn()
  claimId!: string;

  @ManyToOne(() => Claim, { onDelete: "CASCADE" })
  @JoinColumn({ name: "claimId" })
  protected claimRef?: Relation<Claim>;

  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => String, { description: "Which of the claim's scheduled follow-ups this is (a key of follow-up-rules.json, e.g. START_2W)." })
  @Column({ type: "varchar", length: 32 })
  stage!: string;

  @Field(() => LocalDate, { description: "The day it was due by the schedule." })
  @dateColumn()
  dueOn!: string;

  @Field(() => LocalDate, { description: "The day it was held." })
  @dateColumn()
  heldOn!: string;

  @Field(() => FollowUpAttendance)
  @enumColumn()
  attendance!: FollowUpAttendance;

  @Field(() => String, { description: "How the tasks go." })
  @Column({ type: "varchar", length: 2000, default: "" })
  tasks!: string;

  @Field(() => String, { description: "Concerns raised." })
  @Column({ type: "varchar", length: 2000, default: "" })
  concerns!: string;

  @Field(() => String, { description: "The agreed next step." })
  @Column({ type: "varchar", length: 2000, default: "" })
  nextStep!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 4000, default: "" })
  notes!: string;

  @refColumn()
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recordedById" })
  protected recordedByRef?: Relation<User>;

  @Field(() => DateTime)
  @timestampColumn()
  recordedAt!: Date;
}
