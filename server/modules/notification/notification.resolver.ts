import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { DEFAULT_NOTIFICATION_PAGE } from "./notification.service.js";
import { Notification } from "./notification.entity.js";

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], {
    description: "Your notifications, newest first: `first` 1–100 (default 50), `after` the last id of the previous page.",
  })
  myNotifications(
    @Arg("first", () => Int, { defaultValue: DEFAULT_NOTIFICATION_PAGE }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Notification[]> {
    return context.services.notifications.mine(actor.viewer, first, after);
  }

  @Authorized()
  @Query(() => Int, { description: "How many of your notifications are unread." })
  unreadNotificationCount(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<number> {
    return context.services.notifications.unreadCount(actor.viewer);
  }

  @Authorized()
  @Mutation(() => Int, {
    description: "Mark your notifications read: these ids, or every unread one without ids. Returns how many changed.",
  })
  markNotificationsRead(
    @Arg("ids", () => [ID], { nullable: true }) ids: string[] | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<number> {
    return context.services.notifications.markRead(actor.viewer, ids);
  }

  @FieldResolver(() => Placement, {
    nullable: true,
    description: "The placement it is about; null when there is none or you may no longer see it.",
  })
  async placement(@Root() notification: Notification, @Ctx() context: Context): Promise<Placement | null> {
    if (!notification.placementId) return null;
    return (await context.loaders.placementById.load(notification.placementId)) ?? null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The other organisation involved: who claimed, who decided." })
  async counterpart(@Root() notification: Notification, @Ctx() context: Context): Promise<Organisation | null> {
    if (!notification.counterpartOrganisationId) return null;
    return (await context.loaders.organisationById.load(notification.counterpartOrganisationId)) ?? null;
  }
}
