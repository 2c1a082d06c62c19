import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  Query,
  Resolver,
  Root,
  Subscription,
  type PubSub,
  type SubscribeResolverData,
} from "type-graphql";
import { ArrayMaxSize, IsOptional, ValidateNested } from "class-validator";
import { CurrentActor } from "../common/current-actor.js";
import { refusal } from "../common/errors.js";
import type { Actor } from "../common/viewer.js";
import { BoardFilter } from "../modules/placement/board.args.js";
import type { Context } from "../context.js";
import { createLoaders } from "../loaders/index.js";
import { Notification } from "../modules/notification/notification.entity.js";
import { Placement } from "../modules/placement/placement.entity.js";
import type { NotificationFeed } from "./notification-feed.js";
import type { PlacementFeed } from "./placement-feed.js";

/** This process's subscriber lists, handed to subscriptions through the socket's context. */
export interface LiveFeeds {
  placements: PlacementFeed;
  notifications: NotificationFeed;
}

type LiveContext = Context & { live?: LiveFeeds };

function feedsOf(context: LiveContext): LiveFeeds {
  // Subscriptions run over the WebSocket only (server/live/live-socket.ts).
  if (!context.live) throw refusal("BAD_REQUEST", {});
  return context.live;
}

/**
 * type-graphql insists on a PubSub once a schema has a subscription, even when every subscription
 * brings its own `subscribe` (ours do: the feeds filter by the visibility rule). This one is never used.
 */
export const unusedPubSub: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error("every subscription has its own subscribe function");
  },
};

/** The most placements one `placementsMatching` asks about: a board page and then some. */
export const MAX_MATCHING_IDS = 100;

@ArgsType()
class PlacementsMatchingArgs {
  @Field(() => BoardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: BoardFilter;

  @Field(() => [ID], { description: `At most ${MAX_MATCHING_IDS}.` })
  @ArrayMaxSize(MAX_MATCHING_IDS)
  ids!: string[];
}

@Resolver()
export class LiveResolver {
  @Authorized()
  @Query(() => [ID], {
    description:
      "Of these placements, the ones `board(filter:)` would show you now. A live board asks it after `placementUpdated`, so a placement that stops matching leaves the list and a new match can be offered, by the server's rule.",
  })
  placementsMatching(
    @Args(() => PlacementsMatchingArgs) args: PlacementsMatchingArgs,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<string[]> {
    return context.services.placements.matchingIds(actor.viewer, args.filter ?? {}, [...new Set(args.ids)]);
  }

  @Authorized()
  @Subscription(() => Placement, {
    description:
      'Every change to a placement you may see — seats, status, details — and every newly posted one, made by any server process on the same store. Over the WebSocket on /graphql (graphql-transport-ws), signed in with `connectionParams: { authorization: "Bearer <token>" }`.',
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, LiveContext>) =>
      feedsOf(context).placements.subscribe(context.viewer!),
  })
  placementUpdated(@Root() placement: Placement, @Ctx() context: LiveContext): Placement {
    // Each event is answered from fresh loaders: the subscription's context lives as long as the socket.
    context.loaders = createLoaders(context.services, context.viewer, context.ip);
    context.loaders.placementById.prime(placement.id, placement);
    return placement;
  }

  @Authorized()
  @Subscription(() => Notification, {
    description:
      "Each new notification of yours as it is recorded, by any server process on the same store (over the WebSocket, as placementUpdated).",
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, LiveContext>) =>
      feedsOf(context).notifications.subscribe(context.viewer!),
  })
  notificationReceived(@Root() notification: Notification, @Ctx() context: LiveContext): Notification {
    context.loaders = createLoaders(context.services, context.viewer, context.ip);
    return notification;
  }
}
