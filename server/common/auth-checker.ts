import type { AuthChecker } from "type-graphql";
import type { Context } from "../context.js";
import { Role, roleRank } from "../modules/user/user.entity.js";
import { refusal, unauthenticated } from "./errors.js";

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(Role.COORDINATOR)` needs at least that role.
 * Organisation boundaries are checked in the services, which know which record is whose.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  const needed = roles.length ? Math.min(...roles.map((role) => roleRank[role])) : roleRank[Role.VIEWER];
  if (roleRank[context.viewer.role] < needed) throw refusal("ROLE_REQUIRED", { roles });
  return true;
};
