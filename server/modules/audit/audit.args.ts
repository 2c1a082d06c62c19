import { Field, ID, InputType } from "type-graphql";
import { DateTime } from "../../common/scalars.js";

/** The text limits of the filter: as long as the columns they are compared with. */
export const AUDIT_ACTION_MAX = 64;
export const AUDIT_ENTITY_MAX = 32;

@InputType({ description: "Which audit entries to list; every field given must match (all absent: every entry)." })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Entries by this user of your organisation (who acted)." })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: "Entries of this action, exactly, e.g. `claimSeat` (see auditActions)." })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "Entries about this kind of record, e.g. `Claim`." })
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: "Entries about this record (its id)." })
  entityId?: string | null;

  @Field(() => DateTime, { nullable: true, description: "Entries at or after this instant." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Entries before this instant (exclusive)." })
  until?: Date | null;
}
