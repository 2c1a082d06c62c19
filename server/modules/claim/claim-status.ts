import { registerEnumType } from "type-graphql";

export enum ClaimStatus {
  HELD = "HELD",
  CONFIRMED = "CONFIRMED",
  DECLINED = "DECLINED",
  RELEASED = "RELEASED",
  EXPIRED = "EXPIRED",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  ENDED_EARLY = "ENDED_EARLY",
}
registerEnumType(ClaimStatus, {
  name: "ClaimStatus",
  description: "The life of a claim: HELD → CONFIRMED or DECLINED / RELEASED / EXPIRED; CONFIRMED → ACTIVE → COMPLETED or ENDED_EARLY.",
  valuesConfig: {
    HELD: { description: "Seats are held at once, waiting for the placement's organisation to decide." },
    CONFIRMED: { description: "The placement's organisation said yes; the seats are promised." },
    DECLINED: { description: "The placement's organisation said no; the seats returned to the pool." },
    RELEASED: { description: "The claiming organisation gave the seats back." },
    EXPIRED: { description: "Nobody decided in time; the seats returned to the pool." },
    ACTIVE: { description: "The person has started at the workplace." },
    COMPLETED: { description: "The placement ended as planned." },
    ENDED_EARLY: { description: "The placement was broken off (avbrott)." },
  },
});

/** Statuses whose seats count against a placement's capacity. */
export const LIVE_STATUSES: readonly ClaimStatus[] = [ClaimStatus.HELD, ClaimStatus.CONFIRMED, ClaimStatus.ACTIVE];

/** What a viewer may do with a claim now; `Claim.allowedActions` lists exactly those its mutation would accept. */
export enum ClaimAction {
  CONFIRM = "CONFIRM",
  DECLINE = "DECLINE",
  RELEASE = "RELEASE",
  START = "START",
  COMPLETE = "COMPLETE",
  END_EARLY = "END_EARLY",
}
registerEnumType(ClaimAction, {
  name: "ClaimAction",
  description: "A change the viewer may make to a claim now, by the same rules the mutations apply.",
  valuesConfig: {
    CONFIRM: { description: "confirmClaim: the placement's organisation says yes to a hold." },
    DECLINE: { description: "declineClaim: the placement's organisation says no." },
    RELEASE: { description: "releaseClaim: the claiming organisation gives the seats back." },
    START: { description: "startClaim: the person has started." },
    COMPLETE: { description: "completeClaim: the placement ended as planned." },
    END_EARLY: { description: "endClaimEarly: the placement was broken off, with a reason." },
  },
});

/** Why the placement's organisation says no, as one of a short list (beside the free-text reason). */
export enum DeclineCategory {
  OTHER_CANDIDATE = "OTHER_CANDIDATE",
  REQUIREMENTS_NOT_MET = "REQUIREMENTS_NOT_MET",
  PERIOD_DOES_NOT_SUIT = "PERIOD_DOES_NOT_SUIT",
  NO_LONGER_AVAILABLE = "NO_LONGER_AVAILABLE",
  OTHER = "OTHER",
}
registerEnumType(DeclineCategory, {
  name: "DeclineCategory",
  description: "The kind of reason for declining a claim.",
  valuesConfig: {
    OTHER_CANDIDATE: { description: "The employer chose another candidate." },
    REQUIREMENTS_NOT_MET: { description: "The person does not meet the placement's requirements." },
    PERIOD_DOES_NOT_SUIT: { description: "The requested period does not suit the workplace." },
    NO_LONGER_AVAILABLE: { description: "The placement is no longer available." },
    OTHER: { description: "Something else (see the reason)." },
  },
});
