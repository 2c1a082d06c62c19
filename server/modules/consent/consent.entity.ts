import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { User } from "../user/user.entity.js";

export enum ConsentStatus {
  VALID = "VALID",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}
registerEnumType(ConsentStatus, {
  name: "ConsentStatus",
  description: "Where a consent stands today (a Swedish calendar day).",
  valuesConfig: {
    VALID: { description: "Recorded, not revoked and not past validUntil: the organisations it covers see the participant." },
    EXPIRED: { description: "Past validUntil without being revoked." },
    REVOKED: { description: "Revoked (revokedAt says when), whether or not validUntil had passed." },
  },
});

export enum ConsentAction {
  REVOKE = "REVOKE",
}
registerEnumType(ConsentAction, {
  name: "ConsentAction",
  description: "What the viewer may do with a consent now (coordinators and admins of the participant's organisation).",
  valuesConfig: { REVOKE: { description: "revokeConsent" } },
});

/**
 * A participant's documented consent (samtycke) to lift secrecy towards named organisations, until
 * a day. The signed paper stays in the recording organisation's own case system; `documentReference`
 * says where. Only the participant's own organisation reads consents.
 */
@ObjectType({ description: "A participant's consent to share their details with named organisations, until a day." })
@Entity()
@Index(["participantId", "validUntil"])
export class Consent extends WithId {
  @refColumn()
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participantId" })
  protected participantRef?: Relation<Participant>;

  /** The participant's organisation, which took the consent. */
  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => LocalDate, { description: "Last day the consent is valid." })
  @dateColumn()
  validUntil!: string;

  @Field(() => DateTime, { nullable: true, description: "When the consent was revoked; null while it stands." })
  @timestampColumn({ nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Where the signed consent is kept in your organisation's own case system (a case or document number), never the document itself.",
  })
  @Column({ type: "varchar", length: 200, nullable: true })
  documentReference!: string | null;

  @Field(() => Boolean, { description: "For a minor: a guardian agreed too." })
  @Column({ type: "boolean", default: false })
  guardianAgreed!: boolean;

  @Index()
  @refColumn()
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recordedById" })
  protected recordedByRef?: Relation<User>;

  @Field(() => DateTime)
  @timestampColumn()
  recordedAt!: Date;

  @Index()
  @refColumn({ nullable: true })
  revokedById!: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "revokedById" })
  protected revokedByRef?: Relation<User>;
}

/** One organisation a consent covers. */
@Entity()
@Index(["organisationId", "consentId"], { unique: true })
export class ConsentOrganisation extends WithId {
  @Index()
  @refColumn()
  consentId!: string;

  @ManyToOne(() => Consent, { onDelete: "CASCADE" })
  @JoinColumn({ name: "consentId" })
  protected consentRef?: Relation<Consent>;

  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;
}
