import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { actorOf, type Context } from "../../context.js";
import { Role } from "../user/user.entity.js";
import { AuditEntry } from "./audit-entry.entity.js";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [AuditEntry], { description: "Your organisation's audit log, newest first (admins)." })
  auditLog(@Arg("first", () => Int, { defaultValue: 100, validate: false }) first: number, @Ctx() context: Context): Promise<AuditEntry[]> {
    const { viewer } = actorOf(context);
    return context.services.dataSource.getRepository(AuditEntry).find({
      where: { organisationId: viewer.organisationId },
      order: { at: "DESC" },
      take: Math.min(Math.max(first, 1), 1000),
    });
  }
}
