import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A Swedish municipality (kommun), from the JobTech Taxonomy." })
@Entity()
export class Municipality {
  @Field(() => String, { description: "Official SCB code, e.g. 1983 for Köping." })
  @PrimaryColumn({ type: "varchar", length: 4 })
  code!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => String, { description: "JobTech Taxonomy concept id." })
  @Column({ type: "varchar", length: 20 })
  conceptId!: string;

  @Field(() => String, { description: "SCB code of the county (län)." })
  @Column({ type: "varchar", length: 2 })
  countyCode!: string;

  @Field(() => Boolean, { description: "True for Köping, Arboga and Kungsör." })
  @Column({ type: "boolean", default: false })
  kak!: boolean;
}
