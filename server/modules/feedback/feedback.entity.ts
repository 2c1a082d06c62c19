import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { User } from "../user/user.entity.js";

export enum FeedbackKind {
  RECOMMENDATION = "RECOMMENDATION",
  WARNING = "WARNING",
}
registerEnumType(FeedbackKind, {
  name: "FeedbackKind",
  description: "Whether a coordinator recommends a placement or warns the pool about it.",
  valuesConfig: {
    RECOMMENDATION: { description: "A good placement: worth using again." },
    WARNING: { description: "Something is not done right at this placement; the owner's admin can mark it resolved." },
  },
});

export enum FeedbackTag {
  SUPERVISION = "SUPERVISION",
  TASKS = "TASKS",
  SAFETY = "SAFETY",
  ATTITUDE = "ATTITUDE",
  ACCESSIBILITY = "ACCESSIBILITY",
}
registerEnumType(FeedbackTag, {
  name: "FeedbackTag",
  description: "What a recommendation or warning is about.",
  valuesConfig: {
    SUPERVISION: { description: "Handledning: how the supervisor guides the person." },
    TASKS: { description: "Arbetsuppgifter: what the person gets to do and learn." },
    SAFETY: { description: "Säkerhet: safety at work, protective equipment, introduction." },
    ATTITUDE: { description: "Bemötande: how the workplace treats the person." },
    ACCESSIBILITY: { description: "Tillgänglighet: physical access, adaptations, travel." },
  },
});

export enum FeedbackAction {
  ANSWER = "ANSWER",
  RESOLVE = "RESOLVE",
  WITHDRAW = "WITHDRAW",
}
registerEnumType(FeedbackAction, {
  name: "FeedbackAction",
  description: "What the viewer may do with a recommendation or warning now, by the rules the mutations apply.",
  valuesConfig: {
    ANSWER: { description: "answerPlacementFeedback: the placement's organisation answers (or changes its answer)." },
    RESOLVE: { description: "resolvePlacementWarning: an admin of the placement's organisation marks a warning resolved." },
    WITHDRAW: { description: "withdrawPlacementFeedback: the author (or an admin of the author's organisation) takes it back." },
  },
});

/**
 * A recommendation or warning one organisation leaves about another's placement. Never about a
 * participant: the text is refused when it holds an identity number or one of the writer's
 * organisation's participant codes (feedback.service.ts). Withdrawn ones are kept (the audit log
 * refers to them) but shown to nobody.
 */
@ObjectType({ description: "A recommendation or warning about a placement, left by a partner organisation's coordinator." })
@Entity()
@Index(["placementId", "createdAt"])
export class PlacementFeedback extends WithId {
  @refColumn()
  placementId!: string;

  @ManyToOne(() => Placement, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "placementId" })
  protected placementRef?: Relation<Placement>;

  /** The author's organisation. */
  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Index()
  @refColumn()
  authorId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "authorId" })
  protected authorRef?: Relation<User>;

  @Field(() => FeedbackKind)
  @enumColumn()
  kind!: FeedbackKind;

  @Field(() => String)
  @Column({ type: "varchar", length: 2000 })
  text!: string;

  /** Comma-separated FeedbackTag codes. */
  @Column({ type: "varchar", length: 100, default: "" })
  tagCodes!: string;

  @Field(() => [FeedbackTag])
  get tags(): FeedbackTag[] {
    return this.tagCodes ? (this.tagCodes.split(",") as FeedbackTag[]) : [];
  }

  @Field(() => Boolean, {
    description:
      "True when the author's organisation had a claim on the placement when this was written: experience through the pool, not only from before it.",
  })
  @Column({ type: "boolean", default: false })
  basedOnClaim!: boolean;

  @Field(() => DateTime)
  @timestampColumn()
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: "The placement's organisation's answer; null until it answers." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  answer!: string | null;

  @Field(() => DateTime, { nullable: true })
  @timestampColumn({ nullable: true })
  answeredAt!: Date | null;

  @refColumn({ nullable: true })
  answeredById!: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "answeredById" })
  protected answeredByRef?: Relation<User>;

  @Field(() => DateTime, { nullable: true, description: "When an admin of the placement's organisation marked this warning resolved." })
  @timestampColumn({ nullable: true })
  resolvedAt!: Date | null;

  @refColumn({ nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "resolvedById" })
  protected resolvedByRef?: Relation<User>;

  @Field(() => Boolean)
  get resolved(): boolean {
    return this.resolvedAt !== null;
  }

  @timestampColumn({ nullable: true })
  withdrawnAt!: Date | null;
}
