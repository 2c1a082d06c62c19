import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "An occupation field (yrkesområde) from the JobTech Taxonomy." })
@Entity()
export class OccupationField {
  @Field(() => String, { description: "JobTech Taxonomy concept id, e.g. `ASGV_zcE_bWf`." })
  @PrimaryColumn({ type: "varchar", length: 20 })
  id!: string;

  @Field(() => String, { description: "Swedish label as published in the taxonomy." })
  @Column({ type: "varchar", length: 200 })
  label!: string;
}
