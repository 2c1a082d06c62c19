import { Field, ObjectType } from "type-graphql";
import type { User } from "./user.entity.js";

/**
 * How another organisation reaches a person: the name and only the contact details the person
 * (or their admin) chose to share. The one shape for contact details shown across organisations;
 * the full User (sign-in address, role, whether active) stays with the person's own organisation.
 */
@ObjectType({ description: "How to reach a person of a partner organisation: the name and the contact details they chose to share." })
export class Contact {
  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "The e-mail address the person shares as contact; null when none. Never the sign-in address by default.",
  })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "The phone number the person shares as contact; null when none." })
  phone!: string | null;

  /** Resolved by ContactResolver from the per-request loader. */
  organisationId!: string;
}

export function contactOf(user: User): Contact {
  return Object.assign(new Contact(), {
    name: user.name,
    email: user.contactEmail,
    phone: user.contactPhone,
    organisationId: user.organisationId,
  });
}
