import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Supervisor } from "./supervisor.entity.js";

export enum Sector {
  PUBLIC = "PUBLIC",
  PRIVATE = "PRIVATE",
  NON_PROFIT = "NON_PROFIT",
}
registerEnumType(Sector, { name: "Sector", description: "Who runs a workplace." });

@ObjectType({ description: "A place where placements happen: a preschool, a warehouse, a workshop." })
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

  @Field(() => String, { nullable: true, description: "Swedish organisation number (NNNNNN-NNNN) of the employer." })
  @Column({ type: "varchar", length: 11, nullable: true })
  organisationNumber!: string | null;

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
