import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Role } from "../user/user.entity.js";
import { AuditEntry } from "./audit-entry.entity.js";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [AuditEntry], { description: "Your organisation's audit log, newest first (admins)." })
  auditLog(
    @Arg("first", () => Int, { defaultValue: 100, validate: false, description: "How many entries, 1–1000." }) first: number,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<AuditEntry[]> {
    return context.services.audit.entries(actor, first);
  }
}
