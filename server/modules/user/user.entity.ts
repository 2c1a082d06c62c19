import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { Organisation } from "../organisation/organisation.entity.js";

export enum Role {
  VIEWER = "VIEWER",
  COORDINATOR = "COORDINATOR",
  ADMIN = "ADMIN",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a user may do inside their own organisation.",
  valuesConfig: {
    VIEWER: { description: "Reads the board and the organisation's claims." },
    COORDINATOR: { description: "Posts placements and claims seats for the organisation's participants." },
    ADMIN: { description: "A coordinator who also manages the organisation's users." },
  },
});

/** Roles in increasing power: a rule that allows COORDINATOR also allows ADMIN. */
export const roleRank: Record<Role, number> = { VIEWER: 0, COORDINATOR: 1, ADMIN: 2 };

@ObjectType({ description: "A person who signs in: belongs to exactly one organisation." })
@Entity()
export class User extends WithId {
  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: "varchar", length: 254 })
  email!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => Role)
  @enumColumn()
  role!: Role;

  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Field(() => Organisation)
  organisation?: Organisation;

  @Column({ type: "varchar", length: 200 })
  passwordHash!: string;

  @Field(() => Boolean, { description: "Deactivated users cannot sign in." })
  @Column({ type: "boolean", default: true })
  active!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The e-mail address other organisations see as the contact (Contact.email); null shares none. Never the sign-in address unless typed here.",
  })
  @Column({ type: "varchar", length: 254, nullable: true })
  contactEmail!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The phone number other organisations see as the contact (Contact.phone); null shares none.",
  })
  @Column({ type: "varchar", length: 40, nullable: true })
  contactPhone!: string | null;

  @timestampColumn()
  createdAt!: Date;
}
