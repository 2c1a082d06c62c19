import { registerEnumType } from "type-graphql";

/** How a user wants to hear about one kind of notification, beside the list in the app (which always has it). */
export enum NotificationDelivery {
  IMMEDIATE = "IMMEDIATE",
  DAILY_DIGEST = "DAILY_DIGEST",
  NONE = "NONE",
}
registerEnumType(NotificationDelivery, {
  name: "NotificationDelivery",
  description: "E-mail for one kind of notification. The in-app list shows every notification whatever is chosen.",
  valuesConfig: {
    IMMEDIATE: { description: "An e-mail at once (the default)." },
    DAILY_DIGEST: { description: "Collected into one e-mail a day." },
    NONE: { description: "No e-mail." },
  },
});
