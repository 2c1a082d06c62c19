import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { enumColumn, WithId } from "../../common/columns.js";

export enum OrganisationKind {
  MUNICIPALITY = "MUNICIPALITY",
  EMPLOYMENT_SERVICE = "EMPLOYMENT_SERVICE",
  SOCIAL_INSURANCE = "SOCIAL_INSURANCE",
  OTHER = "OTHER",
}
registerEnumType(OrganisationKind, {
  name: "OrganisationKind",
  description: "What kind of partner an organisation is.",
  valuesConfig: {
    MUNICIPALITY: { description: "A municipality's labour-market unit (Jobbcenter / AME)." },
    EMPLOYMENT_SERVICE: { description: "Arbetsförmedlingen, the Public Employment Service." },
    SOCIAL_INSURANCE: { description: "Försäkringskassan, the Social Insurance Agency." },
    OTHER: { description: "Any other partner." },
  },
});

@ObjectType({ description: "A partner organisation in the pool: posts placements and claims seats." })
@Entity()
export class Organisation extends WithId {
  @Field(() => String, { description: "Stable short name used in URLs and demo accounts, e.g. `koping`." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  slug!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => OrganisationKind)
  @enumColumn()
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: "SCB code of the municipality, for municipal partners." })
  @Column({ type: "varchar", length: 4, nullable: true })
  municipalityCode!: string | null;

  @Field(() => Boolean, {
    description:
      "The organisation's setting: a placement opens (posted OPEN, published or reopened) only with a supervisor whose training is valid (TRAINED). Its admins change it with `updateOrganisationSettings`.",
  })
  @Column({ type: "boolean", default: false })
  requireTrainedSupervisor!: boolean;
}
