import { IsOptional, ValidateNested } from "class-validator";
import { Field, InputType } from "type-graphql";
import { Text } from "../../common/validation.js";
import { BoardFilter } from "../placement/board.args.js";
import { NotificationDelivery } from "./notification-delivery.js";
import { NotificationEvent } from "./notification-event.js";

export const SAVED_SEARCH_NAME_MAX = 100;
/** Saved searches per user: each is one query per newly posted placement batch. */
export const MAX_SAVED_SEARCHES = 20;

@InputType({ description: "Save the board's current filters as a bevakning." })
export class SaveSearchInput {
  @Field(() => String, { description: "A name you recognise, e.g. “Lager i Köping”." })
  @Text({ min: 1, max: SAVED_SEARCH_NAME_MAX, noIdentityNumber: true })
  name!: string;

  @Field(() => BoardFilter, { description: "The board's filters, as `board(filter:)` takes them." })
  @IsOptional()
  @ValidateNested()
  filter!: BoardFilter;
}

@InputType({ description: "How you want e-mail for one kind of notification." })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationEvent)
  event!: NotificationEvent;

  @Field(() => NotificationDelivery)
  delivery!: NotificationDelivery;
}
