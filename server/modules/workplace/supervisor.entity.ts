import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, refColumn, WithId } from "../../common/columns.js";
import { LocalDate } from "../../common/scalars.js";
import type { Workplace } from "./workplace.entity.js";

@ObjectType({ description: "A workplace supervisor (handledare) who guides people on placement." })
@Entity()
export class Supervisor extends WithId {
  @Index()
  @refColumn()
  workplaceId!: string;

  @ManyToOne("Workplace", { onDelete: "RESTRICT" })
  @JoinColumn({ name: "workplaceId" })
  protected workplaceRef?: Relation<Workplace>;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 254, nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  phone!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date the supervisor completed supervisor training (handledarutbildning)." })
  @dateColumn({ nullable: true })
  trainedOn!: string | null;
}
