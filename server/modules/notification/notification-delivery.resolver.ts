import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Role } from "../user/user.entity.js";
import { NotificationPreference } from "./notification-preference.entity.js";
import { SavedSearch } from "./saved-search.entity.js";
import { SaveSearchInput, SetNotificationPreferenceInput } from "./saved-search.input.js";

/** Saved searches (bevakningar) and each user's choice of e-mail: how notifications reach people. */
@Resolver()
export class NotificationDeliveryResolver {
  @Authorized()
  @Query(() => [SavedSearch], { description: "Your saved searches (bevakningar), oldest first." })
  savedSearches(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<SavedSearch[]> {
    return context.services.savedSearches.mine(actor.viewer);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => SavedSearch, {
    description:
      "Save the board's filters as a bevakning: each newly posted placement of another organisation that the board would show you with them records a SAVED_SEARCH_MATCH notification (coordinators and admins; at most 20).",
  })
  saveSearch(
    @Arg("input", () => SaveSearchInput) input: SaveSearchInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<SavedSearch> {
    return context.services.savedSearches.save(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Boolean, { description: "Delete a saved search of your organisation (coordinators and admins)." })
  deleteSavedSearch(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<boolean> {
    return context.services.savedSearches.remove(actor, id);
  }

  @Authorized()
  @Query(() => [NotificationPreference], {
    description: "How you get e-mail for each kind of notification (IMMEDIATE unless you chose otherwise).",
  })
  notificationPreferences(@CurrentActor() actor: Actor, @Ctx() context: Context): Promise<NotificationPreference[]> {
    return context.services.notificationPreferences.mine(actor.viewer);
  }

  @Authorized()
  @Mutation(() => NotificationPreference, {
    description: "Choose e-mail for one kind of notification: at once, a daily digest, or none. The list in the app always shows it.",
  })
  setNotificationPreference(
    @Arg("input", () => SetNotificationPreferenceInput) input: SetNotificationPreferenceInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<NotificationPreference> {
    return context.services.notificationPreferences.set(actor, input);
  }
}
