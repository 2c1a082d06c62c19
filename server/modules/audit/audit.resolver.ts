import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Role, User } from "../user/user.entity.js";
import { AuditLogFilter } from "./audit.args.js";
import { auditCursor } from "./audit.service.js";
import { AuditEntry } from "./audit-entry.entity.js";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [AuditEntry], {
    description:
      "Your organisation's audit log, newest first (admins). Page with `after`: the `cursor` of the last entry you have; ask for one more than you show to know whether more follow.",
  })
  auditLog(
    @Arg("first", () => Int, { defaultValue: 100, validate: false, description: "How many entries, 1–1000." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "An entry's `cursor`: the entries after it." }) after: string | null,
    @Arg("filter", () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<AuditEntry[]> {
    return context.services.audit.entries(actor, first, filter ?? {}, after ?? null);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [String], {
    description: "The actions that occur in your organisation's audit log, A–Z (admins): the values of AuditLogFilter.action.",
  })
  auditActions(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<string[]> {
    return context.services.audit.actions(actor);
  }

  @FieldResolver(() => String, { description: "Pass as `after` to auditLog for the entries after this one." })
  cursor(@Root() entry: AuditEntry): string {
    return auditCursor(entry);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user who acted; null for failed sign-ins." })
  async user(@Root() entry: AuditEntry, @Ctx() context: Context): Promise<User | null> {
    if (!entry.userId) return null;
    const user = await context.loaders.userById.load(entry.userId);
    // Entries are the organisation's own; a user of another organisation is never shown, whatever an entry says.
    return user && user.organisationId === entry.organisationId ? user : null;
  }
}
