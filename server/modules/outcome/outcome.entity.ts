import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { User } from "../user/user.entity.js";
import { EarlyEndReason, OutcomeCategory, OutcomeDetail, OutcomeStage } from "./outcome-kind.js";

/**
 * What came of one claim, at its end or 90 days later: recorded by the claiming organisation.
 * Participant data: only the claiming organisation reads it per claim; everyone else sees counts.
 */
@ObjectType({ description: "What came of a claim, at its end or 90 days later. Only the claiming organisation sees it per claim." })
@Entity()
@Index(["claimId", "stage"], { unique: true })
export class Outcome extends WithId {
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

  @Field(() => OutcomeStage)
  @enumColumn()
  stage!: OutcomeStage;

  @Field(() => OutcomeCategory)
  @enumColumn()
  category!: OutcomeCategory;

  @Field(() => OutcomeDetail, { nullable: true })
  @enumColumn({ nullable: true })
  detail!: OutcomeDetail | null;

  @Field(() => Boolean, { nullable: true, description: "WORK: whether the employment is subsidised (e.g. a wage subsidy)." })
  @Column({ type: "boolean", nullable: true })
  subsidised!: boolean | null;

  @Field(() => EarlyEndReason, { nullable: true, description: "For a claim that ended early: why, as a category." })
  @enumColumn({ nullable: true })
  earlyEndReason!: EarlyEndReason | null;

  @refColumn()
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recordedById" })
  protected recordedByRef?: Relation<User>;

  @Field(() => DateTime)
  @timestampColumn()
  recordedAt!: Date;
}
