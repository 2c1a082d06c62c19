import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { timestampColumn } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Organisation, OrganisationKind } from "../organisation/organisation.entity.js";

/**
 * What an organisation keeps about its participants, and for how long. An organisation without a
 * row has the defaults of its kind (`defaultPolicy`); README.md, "Participants: erasure and retention",
 * says what they assume about the archives rules.
 */
@ObjectType({ description: "How long your organisation keeps participants, and what erasure removes." })
@Entity()
export class ParticipantPolicy {
  @PrimaryColumn({ type: "varchar", length: 36 })
  organisationId!: string;

  @OneToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => Int, {
    description:
      "Months without activity (no change to the participant, none to a claim for them, no live claim) after which a participant is due for review and erasure.",
  })
  @Column({ type: "integer" })
  inactiveMonths!: number;

  @Field(() => Boolean, {
    description:
      "Whether `npm run retention -- --apply` erases this organisation's due participants; false lists them for review only (e.g. until a disposal decision covers the pool).",
  })
  @Column({ type: "boolean" })
  retentionErases!: boolean;

  @Field(() => Boolean, {
    description:
      "Whether an erased participant's claims keep their requested dates and reasons (records of the placement decision) or lose them too. Seats, status and organisations always stay, so counts never change.",
  })
  @Column({ type: "boolean" })
  keepClaimDetails!: boolean;

  @Field(() => DateTime, { nullable: true, description: "When an admin last changed it; null while the defaults apply." })
  @timestampColumn({ nullable: true })
  updatedAt!: Date | null;
}

/** Public bodies keep the claims' details: they record decisions about placements, kept under the archives rules. */
export function defaultPolicy(organisationId: string, kind: OrganisationKind): ParticipantPolicy {
  return Object.assign(new ParticipantPolicy(), {
    organisationId,
    inactiveMonths: 12,
    retentionErases: true,
    keepClaimDetails: kind !== OrganisationKind.OTHER,
    updatedAt: null,
  });
}
