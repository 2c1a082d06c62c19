import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { Licence, SwedishLevel } from "../placement/placement-kind.js";
import { Organisation } from "../organisation/organisation.entity.js";

/**
 * A person an organisation supports, known to the pool only by a pseudonymous code and
 * the attributes needed for matching. Name and personal identity number stay in the
 * organisation's own case system.
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

  @timestampColumn()
  createdAt!: Date;
}
