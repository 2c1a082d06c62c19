import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { User } from "../user/user.entity.js";

export enum AbsenceReason {
  SICK = "SICK",
  CARE_OF_CHILD = "CARE_OF_CHILD",
  APPOINTMENT = "APPOINTMENT",
  LATE = "LATE",
  UNEXCUSED = "UNEXCUSED",
  OTHER = "OTHER",
}
registerEnumType(AbsenceReason, {
  name: "AbsenceReason",
  description: "Why a participant was away.",
  valuesConfig: {
    SICK: { description: "Ill." },
    CARE_OF_CHILD: { description: "Care of a sick child (vab)." },
    APPOINTMENT: { description: "A health-care or authority appointment." },
    LATE: { description: "Came late or left early." },
    UNEXCUSED: { description: "Away without notice." },
    OTHER: { description: "Anything else." },
  },
});

/** Absences of more than this many minutes in a day are deviations (avvikelser) that Arbetsförmedlingen wants reported. */
export const DEVIATION_MINUTES = 15;

/** Absence on one day of an active claim, recorded by the claiming organisation for the monthly report to Arbetsförmedlingen. */
@ObjectType({ description: "Absence on one day of an active claim. Only the claiming organisation sees it." })
@Entity()
@Index(["claimId", "date"], { unique: true })
@Check("absence_minutes_in_day", `"minutes" >= 1 AND "minutes" <= 1440`)
export class Absence extends WithId {
  @refColumn()
  claimId!: string;

  @ManyToOne(() => Claim, { onDelete: "CASCADE" })
  @JoinColumn({ name: "claimId" })
  protected claimRef?: Relation<Claim>;

  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => LocalDate)
  @dateColumn()
  date!: string;

  @Field(() => Int, { description: "Minutes away that day." })
  @Column({ type: "integer" })
  minutes!: number;

  @Field(() => AbsenceReason)
  @enumColumn()
  reason!: AbsenceReason;

  @Field(() => String, { description: "A short note; may be empty." })
  @Column({ type: "varchar", length: 500, default: "" })
  note!: string;

  @Field(() => Boolean, { description: `True when the absence is over ${DEVIATION_MINUTES} minutes: a deviation for Arbetsförmedlingen.` })
  get deviation(): boolean {
    return this.minutes > DEVIATION_MINUTES;
  }

  @refColumn()
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recordedById" })
  protected recordedByRef?: Relation<User>;

  @Field(() => DateTime)
  @timestampColumn()
  recordedAt!: Date;
}
