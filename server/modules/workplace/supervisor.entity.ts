import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, refColumn, WithId } from "../../common/columns.js";
import { LocalDate } from "../../common/scalars.js";
import type { Workplace } from "./workplace.entity.js";

export enum TrainingStatus {
  TRAINED = "TRAINED",
  DUE = "DUE",
  NOT_TRAINED = "NOT_TRAINED",
}
registerEnumType(TrainingStatus, {
  name: "TrainingStatus",
  description: "Where a supervisor stands with supervisor training (handledarutbildning), as of today.",
  valuesConfig: {
    TRAINED: { description: "Trained, and the training is still valid." },
    DUE: { description: "Trained once, but longer ago than the pool's validity (`supervisorTrainingValidYears`): due again." },
    NOT_TRAINED: { description: "No training recorded." },
  },
});

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

  @Field(() => String, { nullable: true, description: 'The course taken on `trainedOn`, e.g. "Handledarutbildning, Arbetsförmedlingen".' })
  @Column({ type: "varchar", length: 200, nullable: true })
  trainingCourse!: string | null;
}
