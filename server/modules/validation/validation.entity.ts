import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { User } from "../user/user.entity.js";
import { ValidationLevel } from "./checklist-kind.js";
import { PlacementChecklist, PlacementChecklistItem } from "./placement-checklist.entity.js";

/**
 * One person's validation against one of the placement's checklists, during one claim. Personal
 * data of the participant: read by the claiming organisation (and the placement's under consent,
 * validation.access.ts), in the participant's extract, deleted by erasure and retention.
 */
@ObjectType({ description: "A person's validation against one checklist of the placement, during a claim." })
@Entity()
@Index(["claimId", "checklistId"], { unique: true })
export class Validation extends WithId {
  @refColumn()
  claimId!: string;

  @ManyToOne(() => Claim, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "claimId" })
  protected claimRef?: Relation<Claim>;

  @Index()
  @refColumn()
  checklistId!: string;

  @ManyToOne(() => PlacementChecklist, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "checklistId" })
  protected checklistRef?: Relation<PlacementChecklist>;

  /** The claim's participant when it started; erasure deletes the validation. */
  @Index()
  @refColumn({ nullable: true })
  participantId!: string | null;

  @ManyToOne(() => Participant, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "participantId" })
  protected participantRef?: Relation<Participant>;

  /** The claiming organisation: the one whose person it is. */
  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => String, { nullable: true, description: "The supervisor who validates, as the skills summary names them." })
  @Column({ type: "varchar", length: 200, nullable: true })
  supervisorName!: string | null;

  @Field(() => String, { nullable: true, description: "The supervisor's title, e.g. “Kökschef”." })
  @Column({ type: "varchar", length: 200, nullable: true })
  supervisorTitle!: string | null;

  @Field(() => DateTime)
  @timestampColumn()
  createdAt!: Date;

  @refColumn()
  createdById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdById" })
  protected createdByRef?: Relation<User>;
}

@ObjectType({ description: "What was observed for one item on one day, and by whom." })
@Entity()
@Index(["validationId", "itemId"])
export class ValidationRecord extends WithId {
  @refColumn()
  validationId!: string;

  @ManyToOne(() => Validation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "validationId" })
  protected validationRef?: Relation<Validation>;

  @Field(() => ID, { description: "The checklist item it is about." })
  @Index()
  @refColumn()
  itemId!: string;

  @ManyToOne(() => PlacementChecklistItem, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "itemId" })
  protected itemRef?: Relation<PlacementChecklistItem>;

  @Field(() => ValidationLevel)
  @enumColumn()
  level!: ValidationLevel;

  @Field(() => LocalDate)
  @dateColumn()
  observedOn!: string;

  @Field(() => String, { description: "Who observed it, e.g. the supervisor's name." })
  @Column({ type: "varchar", length: 200 })
  observer!: string;

  @Field(() => DateTime)
  @timestampColumn()
  recordedAt!: Date;

  @refColumn()
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recordedById" })
  protected recordedByRef?: Relation<User>;
}
