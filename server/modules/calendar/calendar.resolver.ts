import { Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { CurrentActor } from "../../common/current-actor.js";
import { DateTime } from "../../common/scalars.js";
import type { Actor } from "../../common/viewer.js";
import type { Context } from "../../context.js";

@ObjectType({ description: "Your subscribable calendar feed: its link is shown once, when it is made." })
export class CalendarFeedStatus {
  @Field(() => Boolean, { description: "Whether a link is live." })
  active!: boolean;

  @Field(() => DateTime, { nullable: true })
  createdAt!: Date | null;
}

@ObjectType({ description: "A new secret calendar link. Keep it like a password: anyone with it reads your follow-up calendar." })
export class CalendarFeedLink {
  @Field(() => String, { description: "The path to subscribe to, /calendar/feed/<secret>.ics (prefix the server's address)." })
  path!: string;

  @Field(() => DateTime)
  createdAt!: Date;
}

@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => CalendarFeedStatus, { description: "Whether you have a live calendar feed link." })
  async calendarFeed(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<CalendarFeedStatus> {
    const feed = await context.services.calendar.feedStatus(actor.viewer);
    return { active: feed !== null, createdAt: feed?.createdAt ?? null };
  }

  @Authorized()
  @Mutation(() => CalendarFeedLink, { description: "Make a new secret calendar feed link (shown once); your earlier link stops working." })
  async createCalendarFeed(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<CalendarFeedLink> {
    const { token, createdAt } = await context.services.calendar.createFeed(actor);
    return { path: `/calendar/feed/${token}.ics`, createdAt };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Stop your calendar feed link from working. False when there was none." })
  revokeCalendarFeed(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<boolean> {
    return context.services.calendar.revokeFeed(actor);
  }
}
