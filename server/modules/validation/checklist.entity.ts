import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { User } from "../user/user.entity.js";
import { ChecklistKind, Industry } from "./checklist-kind.js";

/**
 * A checklist template, shared by the whole pool. Its content lives in versions: a change makes
 * a new version and never touches an old one, and placements work on copies, so nothing a
 * person was validated against ever changes afterwards.
 */
@ObjectType({ description: "A checklist template shared by the pool; every change makes a new version." })
@Entity()
export class ChecklistTemplate extends WithId {
  @Field(() => ChecklistKind)
  @Index()
  @enumColumn()
  kind!: ChecklistKind;

  @Field(() => Industry, { nullable: true, description: "For vocational checklists: the industry." })
  @enumColumn({ nullable: true })
  industry!: Industry | null;

  /** The newest version's id; set in the transaction that writes the version. */
  @refColumn({ nullable: true })
  currentVersionId!: string | null;

  /** Null for the templates the pool was shipped with. */
  @refColumn({ nullable: true })
  createdByOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdByOrganisationId" })
  protected createdByOrganisationRef?: Relation<Organisation>;

  @Field(() => DateTime)
  @timestampColumn()
  createdAt!: Date;

  @Field(() => DateTime)
  @timestampColumn()
  updatedAt!: Date;
}

@ObjectType({ description: "One version of a checklist template: its name and items as they were then. Never changed." })
@Entity()
@Index(["templateId", "number"], { unique: true })
export class ChecklistTemplateVersion extends WithId {
  @refColumn()
  templateId!: string;

  @ManyToOne(() => ChecklistTemplate, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "templateId" })
  protected templateRef?: Relation<ChecklistTemplate>;

  @Field(() => Int, { description: "1 for the first version, then 2, 3 …" })
  @Column({ type: "integer" })
  number!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 1000, default: "" })
  description!: string;

  @Field(() => DateTime)
  @timestampColumn()
  createdAt!: Date;

  /** Null for the shipped versions. */
  @refColumn({ nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdById" })
  protected createdByRef?: Relation<User>;

  @refColumn({ nullable: true })
  createdByOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdByOrganisationId" })
  protected createdByOrganisationRef?: Relation<Organisation>;
}

@ObjectType({ description: "One item of a template version, in its section and order." })
@Entity()
@Index(["versionId", "position"])
export class ChecklistTemplateItem extends WithId {
  @refColumn()
  versionId!: string;

  @ManyToOne(() => ChecklistTemplateVersion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "versionId" })
  protected versionRef?: Relation<ChecklistTemplateVersion>;

  @Field(() => String, { description: "The group the item belongs to, e.g. “Hygien och livsmedelssäkerhet”." })
  @Column({ type: "varchar", length: 200 })
  section!: string;

  @Field(() => Int, { description: "Order within the checklist (sections follow their items' order)." })
  @Column({ type: "integer" })
  position!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 500 })
  text!: string;
}
