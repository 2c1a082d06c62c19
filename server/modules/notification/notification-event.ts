import { registerEnumType } from "type-graphql";

/** The moments the pool tells an organisation about. Each is recorded once, in the transaction of what caused it. */
export enum NotificationEvent {
  CLAIM_ON_OUR_PLACEMENT = "CLAIM_ON_OUR_PLACEMENT",
  CLAIM_DECIDED = "CLAIM_DECIDED",
  HOLD_EXPIRING = "HOLD_EXPIRING",
  WAITING_LIST_OFFER = "WAITING_LIST_OFFER",
  CONFIRM_OR_RELEASE = "CONFIRM_OR_RELEASE",
  PLACEMENT_STILL_THERE = "PLACEMENT_STILL_THERE",
  SAVED_SEARCH_MATCH = "SAVED_SEARCH_MATCH",
}
registerEnumType(NotificationEvent, {
  name: "NotificationEvent",
  description: "What a notification is about.",
  valuesConfig: {
    CLAIM_ON_OUR_PLACEMENT: { description: "Another organisation (or yours) claimed seats on one of your placements." },
    CLAIM_DECIDED: { description: "The placement's organisation confirmed or declined one of your claims." },
    HOLD_EXPIRING: { description: "A hold (yours, or one on your placement) runs out soon: `dueAt` says when." },
    WAITING_LIST_OFFER: { description: "Seats freed up and your waiting-list entry got them as a held claim." },
    CONFIRM_OR_RELEASE: { description: "A confirmed claim has not started some days after its requested start: start it or release it." },
    PLACEMENT_STILL_THERE: { description: "A standing placement of yours has not been touched for a while: does it still exist?" },
    SAVED_SEARCH_MATCH: { description: "A newly posted placement matches one of your saved searches." },
  },
});
