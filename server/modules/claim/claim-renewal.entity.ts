import { Field, ObjectType } from "type-graphql";
import { Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { User } from "../user/user.entity.js";
import { Claim } from "./claim.entity.js";

/** One renewal of a claim's period (renewClaim): the chain of them is the claim's history of extensions. */
@ObjectType({ description: "One renewal of a claim: its period was extended from one end date to a later one." })
@Entity()
export class ClaimRenewal extends WithId {
  @Index()
  @refColumn()
  claimId!: string;

  @ManyToOne(() => Claim, { onDelete: "CASCADE" })
  @JoinColumn({ name: "claimId" })
  protected claimRef?: Relation<Claim>;

  @Field(() => LocalDate, { nullable: true, description: "The end before this renewal." })
  @dateColumn({ nullable: true })
  previousEnd!: string | null;

  @Field(() => LocalDate, { description: "The end after this renewal." })
  @dateColumn()
  newEnd!: string;

  @Index()
  @refColumn()
  renewedById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "renewedById" })
  protected renewedByRef?: Relation<User>;

  @Field(() => DateTime)
  @timestampColumn()
  renewedAt!: Date;
}
