import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Supervisor } from "./supervisor.entity.js";

export enum Sector {
  PUBLIC = "PUBLIC",
  PRIVATE = "PRIVATE",
  NON_PROFIT = "NON_PROFIT",
}
registerEnumType(Sector, { name: "Sector", description: "Who runs a workplace." });

export enum WorkplaceAction {
  EDIT = "EDIT",
  ARCHIVE = "ARCHIVE",
  RESTORE = "RESTORE",
  ADD_SUPERVISOR = "ADD_SUPERVISOR",
  EDIT_SUPERVISORS = "EDIT_SUPERVISORS",
}
registerEnumType(WorkplaceAction, {
  name: "WorkplaceAction",
  description: "What the viewer may do with a workplace now (coordinators and admins of the organisation that registered it).",
  valuesConfig: {
    EDIT: { description: "updateWorkplace" },
    ARCHIVE: { description: "archiveWorkplace" },
    RESTORE: { description: "restoreWorkplace" },
    ADD_SUPERVISOR: { description: "addSupervisor" },
    EDIT_SUPERVISORS: { description: "updateSupervisor and recordSupervisorTraining" },
  },
});

@ObjectType({
  description:
    "A place where placements happen: a preschool, a warehouse, a workshop. It belongs to the organisation that registered it, and only that organisation posts placements there; an employer several organisations use is registered by each of them.",
})
@Entity()
export class Workplace extends WithId {
  @Field(() => String)
  @Index()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => Sector)
  @enumColumn()
  sector!: Sector;

  @Index()
  @Column({ type: "varchar", length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "municipalityCode" })
  protected municipalityRef?: Relation<Municipality>;

  @Field(() => Municipality)
  municipality?: Municipality;

  @Field(() => String, { nullable: true, description: "Street address." })
  @Column({ type: "varchar", length: 300, nullable: true })
  address!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Swedish organisation number (NNNNNN-NNNN) of the employer, Luhn-checked. A sole trader's is their personal identity number. Unique per organisation, not across the pool: several organisations may each register the same employer.",
  })
  @Column({ type: "varchar", length: 11, nullable: true })
  organisationNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Contact person at the workplace." })
  @Column({ type: "varchar", length: 200, nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 254, nullable: true })
  contactEmail!: string | null;

  @Field(() => DateTime, { nullable: true, description: "When the workplace was archived; an archived workplace takes no new placements." })
  @timestampColumn({ nullable: true })
  archivedAt!: Date | null;

  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => Organisation, { description: "The partner that registered the workplace and keeps it up to date." })
  organisation?: Organisation;

  @Field(() => [Supervisor], { description: "Named supervisors (handledare) at this workplace." })
  supervisors?: Supervisor[];

  @timestampColumn()
  createdAt!: Date;
}
