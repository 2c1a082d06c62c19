import { createParameterDecorator } from "type-graphql";
import type { Context } from "../context.js";
import { unauthenticated } from "./errors.js";
import type { Actor } from "./viewer.js";

/** The signed-in actor (viewer and address) as a resolver parameter; behind @Authorized it is always there. */
export function CurrentActor() {
  return createParameterDecorator<Context>(({ context }) => {
    if (!context.viewer) throw unauthenticated();
    return { viewer: context.viewer, ip: context.ip } satisfies Actor;
  });
}
