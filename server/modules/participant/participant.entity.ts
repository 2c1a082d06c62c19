import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { Licence, SwedishLevel } from "../placement/placement-kind.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Municipality } from "../reference/municipality.entity.js";

/**
 * A person an organisation supports, known to the pool only by a pseudonymous code and
 * the attributes needed for matching. Name and personal identity number stay in the
 * organisation's own case system. Erasure deletes the row (claims keep their seats, without it).
 */
@ObjectType({ description: "A participant, pseudonymous: a code owned by one organisation, never a name." })
@Entity()
@Index(["organisationId", "code"], { unique: true })
export class Participant extends WithId {
  @Field(() => String, { description: "Pseudonymous code, unique within the organisation." })
  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => SwedishLevel)
  @enumColumn({ default: SwedishLevel.NONE })
  swedishLevel!: SwedishLevel;

  /** Comma-separated Licence codes the person holds. */
  @Column({ type: "varchar", length: 200, default: "" })
  licences!: string;

  @Field(() => [Licence], { name: "licences", description: "Licences the person holds." })
  get heldLicences(): Licence[] {
    return this.licences ? (this.licences.split(",") as Licence[]) : [];
  }

  /** Comma-separated JobTech occupation field ids the person is interested in. */
  @Column({ type: "varchar", length: 300, default: "" })
  occupationFieldIds!: string;

  get interestIds(): string[] {
    return this.occupationFieldIds ? this.occupationFieldIds.split(",") : [];
  }

  @Column({ type: "varchar", length: 4, nullable: true })
  homeMunicipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "homeMunicipalityCode", referencedColumnName: "code" })
  protected homeMunicipalityRef?: Relation<Municipality>;

  @Field(() => Boolean, { description: "Under 18: a consent for them records that a guardian agreed too." })
  @Column({ type: "boolean", default: false })
  minor!: boolean;

  @Field(() => LocalDate, { nullable: true, description: "First day the person can start a placement; null when not known." })
  @dateColumn({ nullable: true })
  availableFrom!: string | null;

  @Field(() => DateTime, { description: "When the participant was registered." })
  @timestampColumn()
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When the participant was last edited, archived or restored; null if never." })
  @timestampColumn({ nullable: true })
  updatedAt!: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: "When the participant was archived: kept, but not offered for new claims. Null while in use.",
  })
  @timestampColumn({ nullable: true })
  archivedAt!: Date | null;
}
