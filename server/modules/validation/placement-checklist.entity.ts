import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Placement } from "../placement/placement.entity.js";
import { User } from "../user/user.entity.js";
import { ChecklistTemplate, ChecklistTemplateItem, ChecklistTemplateVersion } from "./checklist.entity.js";
import { ChecklistKind } from "./checklist-kind.js";

/**
 * A placement's own copy of a template version, tailored with the supervisor. Its items are never
 * edited in place: dropping one marks it removed, rewording one removes it and adds the new
 * wording, so every observation keeps pointing at the words it was made against.
 */
@ObjectType({ description: "A checklist attached to a placement: its own copy of a template version, tailored to the workplace." })
@Entity()
// At most one live copy of a template per placement, whichever version it came from: the copy is
// the placement's own, tailored with the supervisor, and a second copy of the same template (a
// later version, or the same one twice) would split one person's validation over two lists of
// nearly the same items. A newer version is had by detaching the copy and attaching again; a
// detached copy keeps its validations and no longer counts. The service checks first; this index
// decides when two attaches race (PostgreSQL).
@Index("IDX_placement_checklist_live_template", ["placementId", "templateId"], { unique: true, where: `"removedAt" IS NULL` })
export class PlacementChecklist extends WithId {
  @Index()
  @refColumn()
  placementId!: string;

  @ManyToOne(() => Placement, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "placementId" })
  protected placementRef?: Relation<Placement>;

  @refColumn()
  templateId!: string;

  @ManyToOne(() => ChecklistTemplate, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "templateId" })
  protected templateRef?: Relation<ChecklistTemplate>;

  @refColumn()
  templateVersionId!: string;

  @ManyToOne(() => ChecklistTemplateVersion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "templateVersionId" })
  protected templateVersionRef?: Relation<ChecklistTemplateVersion>;

  @Field(() => String, { description: "The template version's name when it was attached." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => ChecklistKind)
  @enumColumn()
  kind!: ChecklistKind;

  @Field(() => DateTime)
  @timestampColumn()
  createdAt!: Date;

  @refColumn()
  createdById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdById" })
  protected createdByRef?: Relation<User>;

  @Field(() => DateTime, { nullable: true, description: "When it was taken off the placement; validations made on it stay." })
  @timestampColumn({ nullable: true })
  removedAt!: Date | null;
}

@ObjectType({ description: "One item of a placement's checklist. Its wording never changes; a reworded item is a new item." })
@Entity()
@Index(["checklistId", "position"])
export class PlacementChecklistItem extends WithId {
  @refColumn()
  checklistId!: string;

  @ManyToOne(() => PlacementChecklist, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "checklistId" })
  protected checklistRef?: Relation<PlacementChecklist>;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  section!: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  position!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 500 })
  text!: string;

  /** The template item it was copied from; null for an item added on the placement. */
  @refColumn({ nullable: true })
  templateItemId!: string | null;

  @ManyToOne(() => ChecklistTemplateItem, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "templateItemId" })
  protected templateItemRef?: Relation<ChecklistTemplateItem>;

  /** The item this one rewords, if any. */
  @Field(() => String, { nullable: true, description: "The id of the item this one rewords." })
  @refColumn({ nullable: true })
  replacesId!: string | null;

  @Field(() => DateTime)
  @timestampColumn()
  addedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When it was dropped or reworded; observations made on it stay." })
  @timestampColumn({ nullable: true })
  removedAt!: Date | null;
}
