/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a participant was away. */
export const AbsenceReason = {
  /** A health-care or authority appointment. */
  APPOINTMENT: 'APPOINTMENT',
  /** Care of a sick child (vab). */
  CARE_OF_CHILD: 'CARE_OF_CHILD',
  /** Came late or left early. */
  LATE: 'LATE',
  /** Anything else. */
  OTHER: 'OTHER',
  /** Ill. */
  SICK: 'SICK',
  /** Away without notice. */
  UNEXCUSED: 'UNEXCUSED'
} as const;

export type AbsenceReason = typeof AbsenceReason[keyof typeof AbsenceReason];
/** A supervisor (handledare) at a workplace. */
export type AddSupervisorInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  /** When the supervisor completed supervisor training; not after today. */
  trainedOn?: string | null | undefined;
  /** The course taken on `trainedOn`. */
  trainingCourse?: string | null | undefined;
  workplaceId: string | number;
};

/** The placement's organisation's answer to a recommendation or warning. */
export type AnswerPlacementFeedbackInput = {
  id: string | number;
  /** 3–2,000 characters, by the same rule as the feedback itself. */
  text: string;
};

/** Attach a template's current version to one of your organisation's placements, as the placement's own copy. */
export type AttachChecklistInput = {
  placementId: string | number;
  templateId: string | number;
};

/** Which audit entries to list; every field given must match (all absent: every entry). */
export type AuditLogFilter = {
  /** Entries of this action, exactly, e.g. `claimSeat` (see auditActions). */
  action?: string | null | undefined;
  /** Entries about this kind of record, e.g. `Claim`. */
  entity?: string | null | undefined;
  /** Entries about this record (its id). */
  entityId?: string | number | null | undefined;
  /** Entries at or after this instant. */
  from?: string | null | undefined;
  /** Entries before this instant (exclusive). */
  until?: string | null | undefined;
  /** Entries by this user of your organisation (who acted). */
  userId?: string | number | null | undefined;
};

/** Narrows the board. All given conditions must hold. */
export type BoardFilter = {
  /** One of your participants: only placements whose requirements (Swedish level, licences) they meet. Interest, municipality and period never hide a placement; they rank it (sort BEST_FIT). */
  fitsParticipantId?: string | number | null | undefined;
  /** Only placements with at least one free seat. */
  freeSeatsOnly?: boolean | null | undefined;
  /** Only placements running on or after this day. */
  from?: string | null | undefined;
  /** Also placements whose end date has passed, and standing placements their organisation has not confirmed for STANDING_STALE_DAYS (both leave the board otherwise). */
  includeEnded?: boolean | null | undefined;
  kinds?: Array<PlacementKind> | null | undefined;
  /** Fits a person holding these licences: hides placements that require others. */
  licencesHeld?: Array<Licence> | null | undefined;
  /** SCB municipality codes, e.g. ["1983", "1984"]. */
  municipalityCodes?: Array<string> | null | undefined;
  /** Occupation field concept ids. */
  occupationFieldIds?: Array<string> | null | undefined;
  /** Only placements of your own organisation. */
  ownOnly?: boolean | null | undefined;
  /** Default [OPEN]. DRAFT shows only your own drafts. */
  statuses?: Array<PlacementStatus> | null | undefined;
  /** Fits a person with this level of Swedish: hides placements that ask more. */
  swedishLevel?: SwedishLevel | null | undefined;
  /** Text in the title, workplace name or description: any part of a word ("kök" finds "Storköket"), in any letter case, å, ä and ö included, on both stores. */
  text?: string | null | undefined;
  /** Only placements starting on or before this day. */
  to?: string | null | undefined;
};

/** Order of the board. */
export const BoardSort = {
  /** Best fit for forParticipantId first: requirements met, then occupation interest, home municipality and period against availability (see Placement.fit). */
  BEST_FIT: 'BEST_FIT',
  /** Most free seats first. */
  MOST_FREE_SEATS: 'MOST_FREE_SEATS',
  /** Most recently posted first (default). */
  NEWEST: 'NEWEST',
  /** Best match for `filter.text` first: the text in the title, then in the workplace name, then only in the description. Needs `filter.text` (SORT_NEEDS_TEXT). */
  RELEVANCE: 'RELEVANCE',
  /** Earliest start first. */
  START_DATE: 'START_DATE',
  /** Alphabetical by title. */
  TITLE: 'TITLE'
} as const;

export type BoardSort = typeof BoardSort[keyof typeof BoardSort];
/** Your current password and the new one. */
export type ChangePasswordInput = {
  currentPassword: string;
  /** 12–200 characters. */
  newPassword: string;
};

/** A user of your organisation and the role they get. */
export type ChangeUserRoleInput = {
  role: Role;
  userId: string | number;
};

/** One item of a checklist: its section (group) and wording. */
export type ChecklistItemInput = {
  /** The group, 1–200 characters, e.g. “Hygien och livsmedelssäkerhet”. */
  section: string;
  /** What is validated, 1–500 characters. */
  text: string;
};

/** What a checklist validates. */
export const ChecklistKind = {
  /** Bedömning: abilities during work training or work assessment, as Arbetsförmedlingen and Försäkringskassan ask them (attendance, pace, instructions, cooperation, safety). */
  ASSESSMENT: 'ASSESSMENT',
  /** Språkvalidering: steps of using Swedish at work, followed over time (also used by SFI teachers). */
  LANGUAGE: 'LANGUAGE',
  /** Yrkesvalidering: the vocational skills of an industry. */
  VOCATIONAL: 'VOCATIONAL'
} as const;

export type ChecklistKind = typeof ChecklistKind[keyof typeof ChecklistKind];
/** A change the viewer may make to a claim now, by the same rules the mutations apply. */
export const ClaimAction = {
  /** completeClaim: the placement ended as planned. */
  COMPLETE: 'COMPLETE',
  /** confirmClaim: the placement's organisation says yes to a hold. */
  CONFIRM: 'CONFIRM',
  /** declineClaim: the placement's organisation says no. */
  DECLINE: 'DECLINE',
  /** endClaimEarly: the placement was broken off, with a reason. */
  END_EARLY: 'END_EARLY',
  /** releaseClaim: the claiming organisation gives the seats back. */
  RELEASE: 'RELEASE',
  /** startClaim: the person has started. */
  START: 'START'
} as const;

export type ClaimAction = typeof ClaimAction[keyof typeof ClaimAction];
/** The parts of a consent the claim form records in the same step as the claim (it covers the placement's organisation). */
export type ClaimConsentInput = {
  /** Where the signed consent is kept in your own case system (at most 200 characters). */
  documentReference?: string | null | undefined;
  /** For a minor: a guardian agreed too (required then). */
  guardianAgreed?: boolean;
  /** Last day the consent is valid. */
  validUntil: string;
};

/** Seats to hold on a placement for your organisation. */
export type ClaimSeatInput = {
  /** Record the participant's consent in the same step; it covers the placement's organisation. */
  consent?: ClaimConsentInput | null | undefined;
  /** Required when the participant lacks what the placement requires (Swedish level, licences): why to go ahead anyway. The placement's organisation reads it. */
  overrideReason?: string | null | undefined;
  /** One of your organisation's participants. Other organisations never see it. */
  participantId?: string | number | null | undefined;
  placementId: string | number;
  /** Last day asked for; within the placement's period. */
  requestedEnd?: string | null | undefined;
  /** First day asked for; within the placement's period. */
  requestedStart?: string | null | undefined;
  seats?: number;
};

/** The life of a claim: HELD → CONFIRMED or DECLINED / RELEASED / EXPIRED; CONFIRMED → ACTIVE → COMPLETED or ENDED_EARLY. */
export const ClaimStatus = {
  /** The person has started at the workplace. */
  ACTIVE: 'ACTIVE',
  /** The placement ended as planned. */
  COMPLETED: 'COMPLETED',
  /** The placement's organisation said yes; the seats are promised. */
  CONFIRMED: 'CONFIRMED',
  /** The placement's organisation said no; the seats returned to the pool. */
  DECLINED: 'DECLINED',
  /** The placement was broken off (avbrott). */
  ENDED_EARLY: 'ENDED_EARLY',
  /** Nobody decided in time; the seats returned to the pool. */
  EXPIRED: 'EXPIRED',
  /** Seats are held at once, waiting for the placement's organisation to decide. */
  HELD: 'HELD',
  /** The claiming organisation gave the seats back. */
  RELEASED: 'RELEASED'
} as const;

export type ClaimStatus = typeof ClaimStatus[keyof typeof ClaimStatus];
/** What the viewer may do with a consent now (coordinators and admins of the participant's organisation). */
export const ConsentAction = {
  /** revokeConsent */
  REVOKE: 'REVOKE'
} as const;

export type ConsentAction = typeof ConsentAction[keyof typeof ConsentAction];
/** Where a consent stands today (a Swedish calendar day). */
export const ConsentStatus = {
  /** Past validUntil without being revoked. */
  EXPIRED: 'EXPIRED',
  /** Revoked (revokedAt says when), whether or not validUntil had passed. */
  REVOKED: 'REVOKED',
  /** Recorded, not revoked and not past validUntil: the organisations it covers see the participant. */
  VALID: 'VALID'
} as const;

export type ConsentStatus = typeof ConsentStatus[keyof typeof ConsentStatus];
/** A new checklist template for the pool; it starts as version 1. */
export type CreateChecklistTemplateInput = {
  description?: string;
  /** For vocational checklists. */
  industry?: Industry | null | undefined;
  /** The items in order, sections by their first item; 1–100. */
  items: Array<ChecklistItemInput>;
  kind: ChecklistKind;
  name: string;
};

/** A new workplace, registered for the viewer's organisation. */
export type CreateWorkplaceInput = {
  address?: string | null | undefined;
  contactEmail?: string | null | undefined;
  /** Contact person at the workplace. */
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** SCB code of the municipality (see `municipalities`). */
  municipalityCode: string;
  name: string;
  /** Swedish organisation number, NNNNNN-NNNN, with a valid Luhn check digit. A sole trader's is their personal identity number, which is accepted here. */
  organisationNumber?: string | null | undefined;
  sector: Sector;
};

/** The kind of reason for declining a claim. */
export const DeclineCategory = {
  /** The placement is no longer available. */
  NO_LONGER_AVAILABLE: 'NO_LONGER_AVAILABLE',
  /** Something else (see the reason). */
  OTHER: 'OTHER',
  /** The employer chose another candidate. */
  OTHER_CANDIDATE: 'OTHER_CANDIDATE',
  /** The requested period does not suit the workplace. */
  PERIOD_DOES_NOT_SUIT: 'PERIOD_DOES_NOT_SUIT',
  /** The person does not meet the placement's requirements. */
  REQUIREMENTS_NOT_MET: 'REQUIREMENTS_NOT_MET'
} as const;

export type DeclineCategory = typeof DeclineCategory[keyof typeof DeclineCategory];
/** Why a claim ended early, as a category. */
export const EarlyEndReason = {
  /** Too much absence. */
  ABSENCE: 'ABSENCE',
  /** Left for work or studies. */
  GOT_WORK_OR_STUDIES: 'GOT_WORK_OR_STUDIES',
  /** Health. */
  HEALTH: 'HEALTH',
  /** The tasks did not match the person. */
  MISMATCH: 'MISMATCH',
  /** Anything else. */
  OTHER: 'OTHER',
  /** Personal circumstances. */
  PERSONAL: 'PERSONAL',
  /** Something at the workplace (supervisor, conditions). */
  WORKPLACE: 'WORKPLACE'
} as const;

export type EarlyEndReason = typeof EarlyEndReason[keyof typeof EarlyEndReason];
/** What the viewer may do with a recommendation or warning now, by the rules the mutations apply. */
export const FeedbackAction = {
  /** answerPlacementFeedback: the placement's organisation answers (or changes its answer). */
  ANSWER: 'ANSWER',
  /** resolvePlacementWarning: an admin of the placement's organisation marks a warning resolved. */
  RESOLVE: 'RESOLVE',
  /** withdrawPlacementFeedback: the author (or an admin of the author's organisation) takes it back. */
  WITHDRAW: 'WITHDRAW'
} as const;

export type FeedbackAction = typeof FeedbackAction[keyof typeof FeedbackAction];
/** Whether a coordinator recommends a placement or warns the pool about it. */
export const FeedbackKind = {
  /** A good placement: worth using again. */
  RECOMMENDATION: 'RECOMMENDATION',
  /** Something is not done right at this placement; the owner's admin can mark it resolved. */
  WARNING: 'WARNING'
} as const;

export type FeedbackKind = typeof FeedbackKind[keyof typeof FeedbackKind];
/** What a recommendation or warning is about. */
export const FeedbackTag = {
  /** Tillgänglighet: physical access, adaptations, travel. */
  ACCESSIBILITY: 'ACCESSIBILITY',
  /** Bemötande: how the workplace treats the person. */
  ATTITUDE: 'ATTITUDE',
  /** Säkerhet: safety at work, protective equipment, introduction. */
  SAFETY: 'SAFETY',
  /** Handledning: how the supervisor guides the person. */
  SUPERVISION: 'SUPERVISION',
  /** Arbetsuppgifter: what the person gets to do and learn. */
  TASKS: 'TASKS'
} as const;

export type FeedbackTag = typeof FeedbackTag[keyof typeof FeedbackTag];
/** What fit is judged on. SWEDISH_LEVEL and LICENCE are requirements; the others only rank. */
export const FitCheck = {
  /** The placement is in the person's home municipality. */
  HOME_MUNICIPALITY: 'HOME_MUNICIPALITY',
  /** One licence the placement requires (see `licence`). */
  LICENCE: 'LICENCE',
  /** The placement's occupation field is one the person is interested in. */
  OCCUPATION_INTEREST: 'OCCUPATION_INTEREST',
  /** The placement still runs when the person is available. */
  PERIOD: 'PERIOD',
  /** The placement's required level of Swedish against the person's. */
  SWEDISH_LEVEL: 'SWEDISH_LEVEL'
} as const;

export type FitCheck = typeof FitCheck[keyof typeof FitCheck];
/** Who took part in a follow-up besides the coordinator. */
export const FollowUpAttendance = {
  /** Neither came (the follow-up did not take place as planned). */
  NOBODY: 'NOBODY',
  /** The participant and the supervisor. */
  PARTICIPANT_AND_SUPERVISOR: 'PARTICIPANT_AND_SUPERVISOR',
  /** Only the participant. */
  PARTICIPANT_ONLY: 'PARTICIPANT_ONLY',
  /** Only the supervisor. */
  SUPERVISOR_ONLY: 'SUPERVISOR_ONLY'
} as const;

export type FollowUpAttendance = typeof FollowUpAttendance[keyof typeof FollowUpAttendance];
/** Where a scheduled follow-up stands today. */
export const FollowUpState = {
  /** Recorded. */
  DONE: 'DONE',
  /** Falls due within the coming days (today included). */
  DUE: 'DUE',
  /** Its day has passed and it is not recorded. */
  OVERDUE: 'OVERDUE',
  /** Later. */
  UPCOMING: 'UPCOMING'
} as const;

export type FollowUpState = typeof FollowUpState[keyof typeof FollowUpState];
/** The industry a vocational checklist is for. */
export const Industry = {
  /** Barnomsorg och förskola. */
  CHILD_CARE: 'CHILD_CARE',
  /** Lokalvård. */
  CLEANING: 'CLEANING',
  /** Äldreomsorg. */
  ELDERLY_CARE: 'ELDERLY_CARE',
  /** Kök och storhushåll. */
  KITCHEN: 'KITCHEN',
  /** Another industry. */
  OTHER: 'OTHER',
  /** Fastighetsskötsel. */
  PROPERTY_MAINTENANCE: 'PROPERTY_MAINTENANCE',
  /** Butik och handel. */
  RETAIL: 'RETAIL',
  /** Lager och truck. */
  WAREHOUSE: 'WAREHOUSE'
} as const;

export type Industry = typeof Industry[keyof typeof Industry];
/** A new user in your own organisation who chooses their own first password with a one-time set-password token. */
export type InviteUserInput = {
  /** The sign-in address. */
  email: string;
  name: string;
  role: Role;
};

/** A place in line for seats on a full placement (ställ i kö). */
export type JoinWaitingListInput = {
  /** One of your organisation's participants. The placement's organisation sees it only under consent. */
  participantId?: string | number | null | undefined;
  placementId: string | number;
  seats?: number;
};

/** A recommendation or warning about another organisation's placement. */
export type LeavePlacementFeedbackInput = {
  kind: FeedbackKind;
  placementId: string | number;
  /** What it is about (any of the five, each at most once). */
  tags?: Array<FeedbackTag>;
  /** 3–2,000 characters about the placement, never about a participant: a personal identity number or one of your organisation's participant codes is refused. */
  text: string;
};

/** Licences and certificates a placement may require. */
export const Licence = {
  /** Driving licence B (car). */
  DRIVING_B: 'DRIVING_B',
  /** Driving licence C (truck). */
  DRIVING_C: 'DRIVING_C',
  /** Forklift licence (truckkort). */
  FORKLIFT: 'FORKLIFT',
  /** Food hygiene certificate (livsmedelshygien). */
  HYGIENE: 'HYGIENE',
  /** Wheel loader certificate (hjullastare). */
  WHEEL_LOADER: 'WHEEL_LOADER'
} as const;

export type Licence = typeof Licence[keyof typeof Licence];
/** E-mail for one kind of notification. The in-app list shows every notification whatever is chosen. */
export const NotificationDelivery = {
  /** Collected into one e-mail a day. */
  DAILY_DIGEST: 'DAILY_DIGEST',
  /** An e-mail at once (the default). */
  IMMEDIATE: 'IMMEDIATE',
  /** No e-mail. */
  NONE: 'NONE'
} as const;

export type NotificationDelivery = typeof NotificationDelivery[keyof typeof NotificationDelivery];
/** What a notification is about. */
export const NotificationEvent = {
  /** The placement's organisation confirmed or declined one of your claims. */
  CLAIM_DECIDED: 'CLAIM_DECIDED',
  /** Another organisation (or yours) claimed seats on one of your placements. */
  CLAIM_ON_OUR_PLACEMENT: 'CLAIM_ON_OUR_PLACEMENT',
  /** A confirmed claim has not started some days after its requested start: start it or release it. */
  CONFIRM_OR_RELEASE: 'CONFIRM_OR_RELEASE',
  /** A hold (yours, or one on your placement) runs out soon: `dueAt` says when. */
  HOLD_EXPIRING: 'HOLD_EXPIRING',
  /** A standing placement of yours has not been touched for a while: does it still exist? */
  PLACEMENT_STILL_THERE: 'PLACEMENT_STILL_THERE',
  /** A newly posted placement matches one of your saved searches. */
  SAVED_SEARCH_MATCH: 'SAVED_SEARCH_MATCH',
  /** Seats freed up and your waiting-list entry got them as a held claim. */
  WAITING_LIST_OFFER: 'WAITING_LIST_OFFER'
} as const;

export type NotificationEvent = typeof NotificationEvent[keyof typeof NotificationEvent];
/** What was observed for one item. */
export type ObservedItemInput = {
  itemId: string | number;
  level: ValidationLevel;
};

/** What kind of partner an organisation is. */
export const OrganisationKind = {
  /** Arbetsförmedlingen, the Public Employment Service. */
  EMPLOYMENT_SERVICE: 'EMPLOYMENT_SERVICE',
  /** A municipality's labour-market unit (Jobbcenter / AME). */
  MUNICIPALITY: 'MUNICIPALITY',
  /** Any other partner. */
  OTHER: 'OTHER',
  /** Försäkringskassan, the Social Insurance Agency. */
  SOCIAL_INSURANCE: 'SOCIAL_INSURANCE'
} as const;

export type OrganisationKind = typeof OrganisationKind[keyof typeof OrganisationKind];
/** Your organisation's settings; fields left out stay as they are. */
export type OrganisationSettingsInput = {
  /** Open a placement only with a supervisor whose training is valid (TRAINED). */
  requireTrainedSupervisor?: boolean | null | undefined;
};

/** What came of a placement, from a fixed list. */
export const OutcomeCategory = {
  /** The placement continues (a new period or another placement). */
  CONTINUED_PLACEMENT: 'CONTINUED_PLACEMENT',
  /** Ended early with nothing else to follow (earlyEndReason says why). */
  ENDED_EARLY: 'ENDED_EARLY',
  /** Not reachable (ej avhörd). */
  NOT_REACHABLE: 'NOT_REACHABLE',
  /** Parental leave. */
  PARENTAL_LEAVE: 'PARENTAL_LEAVE',
  /** Another programme (detail: via the municipality or via Arbetsförmedlingen). */
  PROGRAMME: 'PROGRAMME',
  /** Sick leave. */
  SICK_LEAVE: 'SICK_LEAVE',
  /** Studies (detail: SFI, adult education, folk high school or vocational). */
  STUDIES: 'STUDIES',
  /** Work, with or without subsidy (detail: the kind of employment). */
  WORK: 'WORK'
} as const;

export type OutcomeCategory = typeof OutcomeCategory[keyof typeof OutcomeCategory];
/** The kind of work, studies or programme; WORK, STUDIES and PROGRAMME each take one of theirs. */
export const OutcomeDetail = {
  /** STUDIES: municipal adult education (komvux). */
  ADULT_EDUCATION: 'ADULT_EDUCATION',
  /** WORK: fixed-term employment (visstid). */
  FIXED_TERM: 'FIXED_TERM',
  /** STUDIES: folk high school. */
  FOLK_HIGH_SCHOOL: 'FOLK_HIGH_SCHOOL',
  /** WORK: hourly employment (timanställning). */
  HOURLY: 'HOURLY',
  /** WORK: permanent employment (tillsvidare). */
  PERMANENT: 'PERMANENT',
  /** WORK: own business. */
  SELF_EMPLOYED: 'SELF_EMPLOYED',
  /** STUDIES: Swedish for immigrants. */
  SFI: 'SFI',
  /** PROGRAMME: via Arbetsförmedlingen. */
  VIA_EMPLOYMENT_SERVICE: 'VIA_EMPLOYMENT_SERVICE',
  /** PROGRAMME: via the municipality's labour-market unit. */
  VIA_MUNICIPALITY: 'VIA_MUNICIPALITY',
  /** STUDIES: vocational education (yrkesutbildning). */
  VOCATIONAL: 'VOCATIONAL'
} as const;

export type OutcomeDetail = typeof OutcomeDetail[keyof typeof OutcomeDetail];
/** When an outcome is recorded. */
export const OutcomeStage = {
  /** When the claim ended (completed or ended early). */
  AT_END: 'AT_END',
  /** 90 days after the claim ended. */
  DAYS_90: 'DAYS_90'
} as const;

export type OutcomeStage = typeof OutcomeStage[keyof typeof OutcomeStage];
/** Whether you see the participant: your own, shared under a valid consent, or hidden (samtycke saknas). */
export const ParticipantSharing = {
  /** Another organisation's participant, shown under a valid consent covering your organisation. */
  CONSENTED: 'CONSENTED',
  /** No participant is named (or you may not know of one). */
  NONE: 'NONE',
  /** Another organisation's participant on your placement, hidden: no valid consent covers you. */
  NO_CONSENT: 'NO_CONSENT',
  /** Your organisation's own participant. */
  OWN: 'OWN'
} as const;

export type ParticipantSharing = typeof ParticipantSharing[keyof typeof ParticipantSharing];
/** Statistics cover whole months, quarters or years. */
export const PeriodUnit = {
  MONTH: 'MONTH',
  QUARTER: 'QUARTER',
  YEAR: 'YEAR'
} as const;

export type PeriodUnit = typeof PeriodUnit[keyof typeof PeriodUnit];
/** A change the viewer may make to a placement now, by the same rules the mutations apply. */
export const PlacementAction = {
  /** claimSeat: hold seats on it (open, with a free seat). */
  CLAIM: 'CLAIM',
  /** closePlacement: end it; waiting holds are declined. */
  CLOSE: 'CLOSE',
  /** updatePlacement: change the placement (its own organisation). */
  EDIT: 'EDIT',
  /** pausePlacement: stop taking claims for a while. */
  PAUSE: 'PAUSE',
  /** reopenPlacement: open a paused placement or publish a draft. */
  REOPEN: 'REOPEN'
} as const;

export type PlacementAction = typeof PlacementAction[keyof typeof PlacementAction];
/** What kind of placement a seat is. */
export const PlacementKind = {
  /** Praktik: a general internship; a short trial often precedes a trainee job. */
  INTERNSHIP: 'INTERNSHIP',
  /** Språkpraktik: combined with SFI studies. */
  LANGUAGE_INTERNSHIP: 'LANGUAGE_INTERNSHIP',
  /** Feriejobb: three summer weeks for upper-secondary students. */
  SUMMER_JOB: 'SUMMER_JOB',
  /** Traineejobb: time-limited employment, renewed after follow-ups; held by several people in turn. */
  TRAINEE: 'TRAINEE',
  /** Arbetsprövning / utredningsplats: assessment of work capacity, mostly for Försäkringskassan. */
  WORK_ASSESSMENT: 'WORK_ASSESSMENT',
  /** Arbetsträning: for people far from the labour market, often in municipal workshops. */
  WORK_TRAINING: 'WORK_TRAINING'
} as const;

export type PlacementKind = typeof PlacementKind[keyof typeof PlacementKind];
/** Where a placement is in its life. */
export const PlacementStatus = {
  /** Ended; takes no new claims. Its history stays. */
  CLOSED: 'CLOSED',
  /** Being written; only its own organisation sees it. */
  DRAFT: 'DRAFT',
  /** On the board; seats can be claimed. */
  OPEN: 'OPEN',
  /** Visible but takes no new claims for now. */
  PAUSED: 'PAUSED'
} as const;

export type PlacementStatus = typeof PlacementStatus[keyof typeof PlacementStatus];
/** A new placement. Without endDate it is standing: available whenever someone matches. */
export type PostPlacementInput = {
  capacity: number;
  /** What the person will do and learn. */
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  hoursPerWeek?: number | null | undefined;
  kind: PlacementKind;
  /** Occupation field concept id (see `occupationFields`). */
  occupationFieldId?: string | null | undefined;
  requirements?: RequirementsInput | null | undefined;
  startDate: string;
  /** DRAFT or OPEN. */
  status?: PlacementStatus;
  /** A supervisor registered at the workplace. */
  supervisorId?: string | number | null | undefined;
  title: string;
  visibility?: Visibility;
  /** With visibility SELECTED: the organisations that may see it. */
  visibleToOrganisationIds?: Array<string | number> | null | undefined;
  workplaceId: string | number;
};

/** Absence on one day of an active claim; recording the same day again replaces it. */
export type RecordAbsenceInput = {
  claimId: string | number;
  /** The day; within the claim's period and not after today. */
  date: string;
  /** Minutes away, 1–1440. */
  minutes: number;
  /** A short note (at most 500 characters); never a personal identity number. */
  note?: string | null | undefined;
  reason: AbsenceReason;
};

/** A participant's documented consent to share their details with named organisations. */
export type RecordConsentInput = {
  /** Where the signed consent is kept in your own case system (at most 200 characters). */
  documentReference?: string | null | undefined;
  /** For a minor: a guardian agreed too (required then). */
  guardianAgreed?: boolean;
  /** The organisations that may see the participant's details (1–20). */
  organisationIds: Array<string | number>;
  /** One of your organisation's participants. */
  participantId: string | number;
  /** Last day the consent is valid. */
  validUntil: string;
};

/** A follow-up held for one of your organisation's claims; recording the same stage again replaces it. */
export type RecordFollowUpInput = {
  attendance: FollowUpAttendance;
  claimId: string | number;
  /** Concerns raised (at most 2,000 characters). */
  concerns?: string | null | undefined;
  /** The day it was held; not after today. */
  heldOn: string;
  /** The agreed next step (at most 2,000 characters). */
  nextStep?: string | null | undefined;
  /** Notes (at most 4,000 characters). */
  notes?: string | null | undefined;
  /** Which scheduled follow-up (ScheduledFollowUp.stage). */
  stage: string;
  /** How the tasks go (at most 2,000 characters). */
  tasks?: string | null | undefined;
};

/** What came of one of your organisation's claims; recording the same stage again replaces it. */
export type RecordOutcomeInput = {
  category: OutcomeCategory;
  claimId: string | number;
  /** Required for WORK, STUDIES and PROGRAMME: one of the category's details. */
  detail?: OutcomeDetail | null | undefined;
  /** Required at the end of a claim that ended early; refused otherwise. */
  earlyEndReason?: EarlyEndReason | null | undefined;
  stage: OutcomeStage;
  /** WORK only: whether the employment is subsidised. */
  subsidised?: boolean | null | undefined;
};

/** A supervisor training completed: the date and the course. */
export type RecordSupervisorTrainingInput = {
  course: string;
  supervisorId: string | number;
  /** When the training was completed; not after today. */
  trainedOn: string;
};

/** Observations made on one day by one observer, for one or more items of a validation. */
export type RecordValidationInput = {
  items: Array<ObservedItemInput>;
  /** The day it was observed; not in the future. */
  observedOn: string;
  /** Who observed it, e.g. “Anna Lindqvist, handledare”. */
  observer: string;
  validationId: string | number;
};

/** A participant known to the pool only by a code your organisation chooses. */
export type RegisterParticipantInput = {
  /** First day the person can start. */
  availableFrom?: string | null | undefined;
  /** 3–32 letters, digits or dashes. Never a name or a personal identity number. */
  code: string;
  /** SCB code of the municipality the person lives in (see `municipalities`). */
  homeMunicipalityCode?: string | null | undefined;
  licences?: Array<Licence>;
  /** Under 18: consents then record that a guardian agreed too. */
  minor?: boolean;
  /** JobTech occupation field ids (see `occupationFields`), at most 10. */
  occupationFieldIds?: Array<string | number>;
  swedishLevel?: SwedishLevel;
};

/** What a placement asks of the person. */
export type RequirementsInput = {
  licences?: Array<Licence>;
  /** Other demands in plain words. */
  other?: string | null | undefined;
  swedishLevel?: SwedishLevel;
};

/** A new version of a template: its name, description and whole item list as they should be from now on. */
export type ReviseChecklistTemplateInput = {
  /** Left out: as in the current version. */
  description?: string | null | undefined;
  id: string | number;
  items: Array<ChecklistItemInput>;
  /** Left out: as in the current version. */
  name?: string | null | undefined;
};

/** A new wording for an item of a placement's checklist. */
export type RewordChecklistItemInput = {
  itemId: string | number;
  text: string;
};

/** What a user may do inside their own organisation. */
export const Role = {
  /** A coordinator who also manages the organisation's users. */
  ADMIN: 'ADMIN',
  /** Posts placements and claims seats for the organisation's participants. */
  COORDINATOR: 'COORDINATOR',
  /** Reads the board and the organisation's claims. */
  VIEWER: 'VIEWER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Save the board's current filters as a bevakning. */
export type SaveSearchInput = {
  /** The board's filters, as `board(filter:)` takes them. */
  filter: BoardFilter;
  /** A name you recognise, e.g. “Lager i Köping”. */
  name: string;
};

/** Who runs a workplace. */
export const Sector = {
  NON_PROFIT: 'NON_PROFIT',
  PRIVATE: 'PRIVATE',
  PUBLIC: 'PUBLIC'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** How you want e-mail for one kind of notification. */
export type SetNotificationPreferenceInput = {
  delivery: NotificationDelivery;
  event: NotificationEvent;
};

/** How long your organisation keeps participants, and what erasure removes. */
export type SetParticipantPolicyInput = {
  /** 1–120 months. */
  inactiveMonths: number;
  keepClaimDetails: boolean;
  retentionErases: boolean;
};

/** A one-time set-password token from your admin and the new password. */
export type SetPasswordWithTokenInput = {
  /** 12–200 characters. */
  newPassword: string;
  token: string;
};

/** Start validating your organisation's participant against one of the placement's checklists. */
export type StartValidationInput = {
  /** One of the placement's checklists. */
  checklistId: string | number;
  /** A confirmed or active claim of your organisation. */
  claimId: string | number;
  /** The supervisor who validates; left out: the placement's supervisor. */
  supervisorName?: string | null | undefined;
  /** The supervisor's title, e.g. “Kökschef”. */
  supervisorTitle?: string | null | undefined;
};

/** What a statistics table's rows are. */
export const StatisticsDimension = {
  /** The kind of placement. */
  KIND: 'KIND',
  /** The placement's municipality. */
  MUNICIPALITY: 'MUNICIPALITY',
  /** The placement's occupation field (JobTech). */
  OCCUPATION_FIELD: 'OCCUPATION_FIELD',
  /** The organisation that owns (offers) the placement. */
  ORGANISATION: 'ORGANISATION'
} as const;

export type StatisticsDimension = typeof StatisticsDimension[keyof typeof StatisticsDimension];
/** A period of whole months, quarters or years, and what the rows are. */
export type StatisticsInput = {
  /** How many units: months 1–24, quarters 1–8, years 1–5. */
  count?: number;
  dimension: StatisticsDimension;
  /** The first day of the first month, quarter or year. */
  start: string;
  unit: PeriodUnit;
};

/** Which supervisors the register lists. */
export type SupervisorRegisterFilter = {
  /** Only supervisors at this organisation's workplaces. */
  organisationId?: string | number | null | undefined;
  /** Only supervisors with this training status. */
  training?: TrainingStatus | null | undefined;
};

/** Level of spoken and written Swedish, lowest first. */
export const SwedishLevel = {
  /** Everyday phrases (about SFI course B). */
  BASIC: 'BASIC',
  /** Fluent, including writing. */
  FLUENT: 'FLUENT',
  /** Manages work conversations (about SFI course C–D). */
  INTERMEDIATE: 'INTERMEDIATE',
  /** No Swedish needed. */
  NONE: 'NONE'
} as const;

export type SwedishLevel = typeof SwedishLevel[keyof typeof SwedishLevel];
/** Tailor a placement's checklist with the supervisor: add, drop and reword items, in one change. */
export type TailorPlacementChecklistInput = {
  /** New items, placed last in their section (or last, in a new section). */
  add?: Array<ChecklistItemInput>;
  checklistId: string | number;
  /** Items to drop; what was observed on them stays. */
  remove?: Array<string | number>;
  /** Items to reword: each becomes a new item in the same place. */
  reword?: Array<RewordChecklistItemInput>;
};

/** Where a supervisor stands with supervisor training (handledarutbildning), as of today. */
export const TrainingStatus = {
  /** Trained once, but longer ago than the pool's validity (`supervisorTrainingValidYears`): due again. */
  DUE: 'DUE',
  /** No training recorded. */
  NOT_TRAINED: 'NOT_TRAINED',
  /** Trained, and the training is still valid. */
  TRAINED: 'TRAINED'
} as const;

export type TrainingStatus = typeof TrainingStatus[keyof typeof TrainingStatus];
/** The contact details other organisations see for you (or, for admins, for a user of your organisation). Absent fields stay as they are; null stops sharing. */
export type UpdateContactDetailsInput = {
  /** An e-mail address to share, e.g. a shared mailbox; need not be the sign-in address. */
  email?: string | null | undefined;
  /** A phone number to share, e.g. 070-123 45 67 or +46 70 123 45 67. */
  phone?: string | null | undefined;
  /** Admins only: a user of your own organisation. Default: yourself. */
  userId?: string | number | null | undefined;
};

/** Changes to a participant; fields left out stay as they are. */
export type UpdateParticipantInput = {
  /** Null removes it. */
  availableFrom?: string | null | undefined;
  /** A new code, by the same rules as at registration. */
  code?: string | null | undefined;
  /** Null removes it. */
  homeMunicipalityCode?: string | null | undefined;
  licences?: Array<Licence> | null | undefined;
  minor?: boolean | null | undefined;
  occupationFieldIds?: Array<string | number> | null | undefined;
  swedishLevel?: SwedishLevel | null | undefined;
};

/** Changes to a placement; absent fields stay as they are. */
export type UpdatePlacementInput = {
  /** Cannot go below the seats held by live claims. */
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  /** Set to null to make the placement standing. */
  endDate?: string | null | undefined;
  hoursPerWeek?: number | null | undefined;
  kind?: PlacementKind | null | undefined;
  occupationFieldId?: string | null | undefined;
  requirements?: RequirementsInput | null | undefined;
  startDate?: string | null | undefined;
  supervisorId?: string | number | null | undefined;
  title?: string | null | undefined;
  visibility?: Visibility | null | undefined;
  visibleToOrganisationIds?: Array<string | number> | null | undefined;
};

/** Changes to a workplace: fields left out stay as they are; null clears an optional field. */
export type UpdateWorkplaceInput = {
  address?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** SCB code of the municipality. */
  municipalityCode?: string | null | undefined;
  name?: string | null | undefined;
  /** As in CreateWorkplaceInput. */
  organisationNumber?: string | null | undefined;
  sector?: Sector | null | undefined;
};

/** How far the person has come with one item, as observed on one day. */
export const ValidationLevel = {
  /** Självständigt. */
  INDEPENDENTLY: 'INDEPENDENTLY',
  /** Inte ännu. */
  NOT_YET: 'NOT_YET',
  /** Med stöd. */
  WITH_SUPPORT: 'WITH_SUPPORT'
} as const;

export type ValidationLevel = typeof ValidationLevel[keyof typeof ValidationLevel];
/** Which organisations see a placement besides its own. */
export const Visibility = {
  /** Every partner organisation (the default). */
  ALL_PARTNERS: 'ALL_PARTNERS',
  /** Only the organisations listed in visibleTo. */
  SELECTED: 'SELECTED'
} as const;

export type Visibility = typeof Visibility[keyof typeof Visibility];
/** Where a place in a placement's queue stands. */
export const WaitingListStatus = {
  /** The placement closed or ended while it waited. */
  EXPIRED: 'EXPIRED',
  /** Its organisation left the queue. */
  LEFT: 'LEFT',
  /** Seats freed up and were given to it as a HELD claim (see claim). */
  OFFERED: 'OFFERED',
  /** In line for seats. */
  WAITING: 'WAITING'
} as const;

export type WaitingListStatus = typeof WaitingListStatus[keyof typeof WaitingListStatus];
/** What the viewer may do with a workplace now (coordinators and admins of the organisation that registered it). */
export const WorkplaceAction = {
  /** addSupervisor */
  ADD_SUPERVISOR: 'ADD_SUPERVISOR',
  /** archiveWorkplace */
  ARCHIVE: 'ARCHIVE',
  /** updateWorkplace */
  EDIT: 'EDIT',
  /** updateSupervisor and recordSupervisorTraining */
  EDIT_SUPERVISORS: 'EDIT_SUPERVISORS',
  /** restoreWorkplace */
  RESTORE: 'RESTORE'
} as const;

export type WorkplaceAction = typeof WorkplaceAction[keyof typeof WorkplaceAction];
export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, action: string, entity: string | null, entityId: string | null, ip: string | null, cursor: string, user: { id: string, name: string } | null }> };

export type AuditFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditFilterChoicesQuery = { auditActions: Array<string>, users: Array<{ id: string, name: string }> };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, name: string, email: string, role: Role, organisation: { id: string, slug: string, name: string, kind: OrganisationKind } } } };

export type ViewerFragment = { id: string, name: string, email: string, role: Role, organisation: { id: string, slug: string, name: string, kind: OrganisationKind } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, role: Role, organisation: { id: string, slug: string, name: string, kind: OrganisationKind } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type PlacementSummaryFragment = { id: string, title: string, kind: PlacementKind, status: PlacementStatus, capacity: number, freeSeats: number, startDate: string, endDate: string | null, standing: boolean, hoursPerWeek: number | null, municipality: { code: string, name: string }, organisation: { id: string, slug: string, name: string }, workplace: { id: string, name: string }, supervisor: { id: string, trainingStatus: TrainingStatus } | null, occupationField: { id: string, label: string } | null, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null };

export type BoardQueryVariables = Exact<{
  filter?: BoardFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  sort: BoardSort;
  forParticipantId?: string | number | null | undefined;
  withFit?: boolean;
  fitFor?: string | number | null | undefined;
}>;


export type BoardQuery = { board: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, kind: PlacementKind, status: PlacementStatus, capacity: number, freeSeats: number, startDate: string, endDate: string | null, standing: boolean, hoursPerWeek: number | null, seatHoldings: Array<{ seats: number, organisation: { id: string, name: string } }>, fit?: { fits: boolean, score: number, reasons: Array<{ check: FitCheck, met: boolean, requirement: boolean, licence: Licence | null, requiredLevel: SwedishLevel | null }> }, municipality: { code: string, name: string }, organisation: { id: string, slug: string, name: string }, workplace: { id: string, name: string }, supervisor: { id: string, trainingStatus: TrainingStatus } | null, occupationField: { id: string, label: string } | null, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BoardReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardReferenceQuery = { municipalities: Array<{ code: string, name: string }>, occupationFields: Array<{ id: string, label: string }> };

export type ParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipantsQuery = { participants: Array<{ id: string, code: string, minor: boolean }> };

export type ClaimSeatMutationVariables = Exact<{
  input: ClaimSeatInput;
}>;


export type ClaimSeatMutation = { claimSeat: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, createdAt: string, allowedActions: Array<ClaimAction>, placement: { id: string, freeSeats: number, allowedActions: Array<PlacementAction>, seatHoldings: Array<{ seats: number, organisation: { id: string, name: string } }>, ourClaims: Array<{ id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, createdAt: string, allowedActions: Array<ClaimAction>, participant: { id: string, code: string } | null }> }, participant: { id: string, code: string } | null } };

export type ClaimWithPlacementFragment = { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } };

export type ReleaseClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseClaimMutation = { releaseClaim: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type ConfirmClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmClaimMutation = { confirmClaim: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type DeclineClaimMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
  category?: DeclineCategory | null | undefined;
}>;


export type DeclineClaimMutation = { declineClaim: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type StartClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type StartClaimMutation = { startClaim: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type CompleteClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteClaimMutation = { completeClaim: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type EndClaimEarlyMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type EndClaimEarlyMutation = { endClaimEarly: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { myClaims: Array<{ id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, participant: { id: string, code: string } | null, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } }>, claimsOnOurPlacements: Array<{ id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } }>, claimsAwaitingDecision: Array<{ participantSharing: ParticipantSharing, unmetRequirements: Array<string>, overrideReason: string | null, id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, claimedBy: { name: string, email: string | null, phone: string | null }, participant: { id: string, code: string, swedishLevel: SwedishLevel, licences: Array<Licence> } | null, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } }>, board: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: PlacementKind, status: PlacementStatus, capacity: number, freeSeats: number, startDate: string, endDate: string | null, standing: boolean, hoursPerWeek: number | null, municipality: { code: string, name: string }, organisation: { id: string, slug: string, name: string }, workplace: { id: string, name: string }, supervisor: { id: string, trainingStatus: TrainingStatus } | null, occupationField: { id: string, label: string } | null, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null } }> } };

export type ConsentItemFragment = { id: string, status: ConsentStatus, validUntil: string, revokedAt: string | null, recordedAt: string, documentReference: string | null, guardianAgreed: boolean, allowedActions: Array<ConsentAction>, organisations: Array<{ id: string, name: string }>, recordedBy: { name: string } };

export type ParticipantConsentsQueryVariables = Exact<{
  participantId: string | number;
}>;


export type ParticipantConsentsQuery = { participantConsents: Array<{ id: string, status: ConsentStatus, validUntil: string, revokedAt: string | null, recordedAt: string, documentReference: string | null, guardianAgreed: boolean, allowedActions: Array<ConsentAction>, organisations: Array<{ id: string, name: string }>, recordedBy: { name: string } }>, organisations: Array<{ id: string, name: string }> };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, status: ConsentStatus, validUntil: string, revokedAt: string | null, recordedAt: string, documentReference: string | null, guardianAgreed: boolean, allowedActions: Array<ConsentAction>, organisations: Array<{ id: string, name: string }>, recordedBy: { name: string } } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, status: ConsentStatus, validUntil: string, revokedAt: string | null, recordedAt: string, documentReference: string | null, guardianAgreed: boolean, allowedActions: Array<ConsentAction>, organisations: Array<{ id: string, name: string }>, recordedBy: { name: string } } };

export type FeedbackSummaryFieldsFragment = { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null };

export type PlacementFeedbackItemFragment = { id: string, kind: FeedbackKind, text: string, tags: Array<FeedbackTag>, basedOnClaim: boolean, createdAt: string, answer: string | null, answeredAt: string | null, resolved: boolean, resolvedAt: string | null, allowedActions: Array<FeedbackAction>, organisation: { id: string, slug: string, name: string }, author: { name: string, email: string | null, phone: string | null } };

export type PlacementFeedbackQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementFeedbackQuery = { placement: { id: string, mayLeaveFeedback: boolean, organisation: { id: string, name: string }, feedback: Array<{ id: string, kind: FeedbackKind, text: string, tags: Array<FeedbackTag>, basedOnClaim: boolean, createdAt: string, answer: string | null, answeredAt: string | null, resolved: boolean, resolvedAt: string | null, allowedActions: Array<FeedbackAction>, organisation: { id: string, slug: string, name: string }, author: { name: string, email: string | null, phone: string | null } }>, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null } | null };

export type LeavePlacementFeedbackMutationVariables = Exact<{
  input: LeavePlacementFeedbackInput;
}>;


export type LeavePlacementFeedbackMutation = { leavePlacementFeedback: { id: string, kind: FeedbackKind, text: string, tags: Array<FeedbackTag>, basedOnClaim: boolean, createdAt: string, answer: string | null, answeredAt: string | null, resolved: boolean, resolvedAt: string | null, allowedActions: Array<FeedbackAction>, organisation: { id: string, slug: string, name: string }, author: { name: string, email: string | null, phone: string | null } } };

export type AnswerPlacementFeedbackMutationVariables = Exact<{
  input: AnswerPlacementFeedbackInput;
}>;


export type AnswerPlacementFeedbackMutation = { answerPlacementFeedback: { id: string, kind: FeedbackKind, text: string, tags: Array<FeedbackTag>, basedOnClaim: boolean, createdAt: string, answer: string | null, answeredAt: string | null, resolved: boolean, resolvedAt: string | null, allowedActions: Array<FeedbackAction>, organisation: { id: string, slug: string, name: string }, author: { name: string, email: string | null, phone: string | null } } };

export type ResolvePlacementWarningMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolvePlacementWarningMutation = { resolvePlacementWarning: { id: string, kind: FeedbackKind, text: string, tags: Array<FeedbackTag>, basedOnClaim: boolean, createdAt: string, answer: string | null, answeredAt: string | null, resolved: boolean, resolvedAt: string | null, allowedActions: Array<FeedbackAction>, organisation: { id: string, slug: string, name: string }, author: { name: string, email: string | null, phone: string | null } } };

export type WithdrawPlacementFeedbackMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawPlacementFeedbackMutation = { withdrawPlacementFeedback: { id: string } };

export type FollowUpsDueQueryVariables = Exact<{
  withinDays: number;
}>;


export type FollowUpsDueQuery = { followUpsDue: Array<{ stage: string, dueOn: string, state: FollowUpState, claim: { id: string, status: ClaimStatus, participant: { id: string, code: string } | null, placement: { id: string, title: string } } }> };

export type ClaimFollowUpQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimFollowUpQuery = { claim: { id: string, status: ClaimStatus, requestedStart: string | null, requestedEnd: string | null, allowedActions: Array<ClaimAction>, participant: { id: string, code: string } | null, placement: { id: string, title: string, kind: PlacementKind, startDate: string, endDate: string | null }, followUps: Array<{ stage: string, dueOn: string, state: FollowUpState, record: { id: string, heldOn: string, attendance: FollowUpAttendance, tasks: string, concerns: string, nextStep: string, notes: string } | null }>, outcomes: Array<{ id: string, stage: OutcomeStage, category: OutcomeCategory, detail: OutcomeDetail | null, subsidised: boolean | null, earlyEndReason: EarlyEndReason | null }>, absences: Array<{ id: string, date: string, minutes: number, reason: AbsenceReason, note: string, deviation: boolean }> } | null };

export type RecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, stage: string } };

export type RecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordOutcome: { id: string, stage: OutcomeStage, category: OutcomeCategory } };

export type RecordAbsenceMutationVariables = Exact<{
  input: RecordAbsenceInput;
}>;


export type RecordAbsenceMutation = { recordAbsence: { id: string, date: string, minutes: number, deviation: boolean } };

export type AfReportQueryVariables = Exact<{
  month: string;
}>;


export type AfReportQuery = { afReport: { month: string, organisationName: string, rows: Array<{ claimId: string, participantCode: string | null, placementTitle: string, workplaceName: string, periodStart: string, periodEnd: string | null, daysPresent: number, daysScheduled: number, deviations: Array<{ date: string, minutes: number, reason: AbsenceReason }> }> } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { calendarFeed: { active: boolean, createdAt: string | null } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { path: string, createdAt: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type PlacementUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PlacementUpdatedSubscription = { placementUpdated: { allowedActions: Array<PlacementAction>, description: string, id: string, title: string, kind: PlacementKind, status: PlacementStatus, capacity: number, freeSeats: number, startDate: string, endDate: string | null, standing: boolean, hoursPerWeek: number | null, seatHoldings: Array<{ seats: number, organisation: { id: string, name: string } }>, municipality: { code: string, name: string }, organisation: { id: string, slug: string, name: string }, workplace: { id: string, name: string }, supervisor: { id: string, trainingStatus: TrainingStatus } | null, occupationField: { id: string, label: string } | null, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null } };

export type PlacementSeatsFragment = { id: string, title: string, freeSeats: number, municipality: { code: string, name: string }, seatHoldings: Array<{ seats: number, organisation: { id: string, name: string } }> };

export type PlacementFreeSeatsFragment = { id: string, title: string, freeSeats: number, municipality: { code: string, name: string } };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { notificationReceived: { id: string } };

export type PlacementsMatchingQueryVariables = Exact<{
  filter?: BoardFilter | null | undefined;
  ids: Array<string | number> | string | number;
}>;


export type PlacementsMatchingQuery = { placementsMatching: Array<string> };

export type NotificationItemFragment = { id: string, event: NotificationEvent, createdAt: string, readAt: string | null, seats: number | null, dueAt: string | null, claimId: string | null, placement: { id: string, title: string, municipality: { code: string, name: string } } | null, counterpart: { id: string, name: string } | null };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
}>;


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: Array<{ id: string, event: NotificationEvent, createdAt: string, readAt: string | null, seats: number | null, dueAt: string | null, claimId: string | null, placement: { id: string, title: string, municipality: { code: string, name: string } } | null, counterpart: { id: string, name: string } | null }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationPreferences: Array<{ event: NotificationEvent, delivery: NotificationDelivery }>, savedSearches: Array<{ id: string, name: string, filterJson: string, createdAt: string }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { event: NotificationEvent, delivery: NotificationDelivery } };

export type SaveSearchMutationVariables = Exact<{
  input: SaveSearchInput;
}>;


export type SaveSearchMutation = { saveSearch: { id: string, name: string, filterJson: string, createdAt: string } };

export type DeleteSavedSearchMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSavedSearchMutation = { deleteSavedSearch: boolean };

export type ParticipantRowFragment = { id: string, code: string, swedishLevel: SwedishLevel, licences: Array<Licence>, availableFrom: string | null, minor: boolean, archivedAt: string | null, homeMunicipality: { code: string, name: string } | null, occupationInterests: Array<{ id: string, label: string }> };

export type OurParticipantsQueryVariables = Exact<{
  search?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type OurParticipantsQuery = { participants: Array<{ id: string, code: string, swedishLevel: SwedishLevel, licences: Array<Licence>, availableFrom: string | null, minor: boolean, archivedAt: string | null, homeMunicipality: { code: string, name: string } | null, occupationInterests: Array<{ id: string, label: string }> }> };

export type ParticipantsReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipantsReviewQuery = { participantsDueForReview: Array<{ lastActivityAt: string, participant: { id: string, code: string, archivedAt: string | null } }>, participantPolicy: { inactiveMonths: number, retentionErases: boolean, keepClaimDetails: boolean, updatedAt: string | null } };

export type ParticipantFormReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipantFormReferenceQuery = { municipalities: Array<{ code: string, name: string }>, occupationFields: Array<{ id: string, label: string }> };

export type RegisterParticipantMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type RegisterParticipantMutation = { registerParticipant: { id: string, code: string, swedishLevel: SwedishLevel, licences: Array<Licence>, availableFrom: string | null, minor: boolean, archivedAt: string | null, homeMunicipality: { code: string, name: string } | null, occupationInterests: Array<{ id: string, label: string }> } };

export type UpdateParticipantMutationVariables = Exact<{
  id: string | number;
  input: UpdateParticipantInput;
}>;


export type UpdateParticipantMutation = { updateParticipant: { id: string, code: string, swedishLevel: SwedishLevel, licences: Array<Licence>, availableFrom: string | null, minor: boolean, archivedAt: string | null, homeMunicipality: { code: string, name: string } | null, occupationInterests: Array<{ id: string, label: string }> } };

export type ArchiveParticipantMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveParticipantMutation = { archiveParticipant: { id: string, code: string, swedishLevel: SwedishLevel, licences: Array<Licence>, availableFrom: string | null, minor: boolean, archivedAt: string | null, homeMunicipality: { code: string, name: string } | null, occupationInterests: Array<{ id: string, label: string }> } };

export type RestoreParticipantMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreParticipantMutation = { restoreParticipant: { id: string, code: string, swedishLevel: SwedishLevel, licences: Array<Licence>, availableFrom: string | null, minor: boolean, archivedAt: string | null, homeMunicipality: { code: string, name: string } | null, occupationInterests: Array<{ id: string, label: string }> } };

export type EraseParticipantMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseParticipantMutation = { eraseParticipant: boolean };

export type SetParticipantPolicyMutationVariables = Exact<{
  input: SetParticipantPolicyInput;
}>;


export type SetParticipantPolicyMutation = { setParticipantPolicy: { inactiveMonths: number, retentionErases: boolean, keepClaimDetails: boolean, updatedAt: string | null } };

export type OurClaimFragment = { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, createdAt: string, allowedActions: Array<ClaimAction>, participant: { id: string, code: string } | null };

export type PlacementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementDetailQuery = { placement: { allowedActions: Array<PlacementAction>, description: string, visibility: Visibility, postedAt: string, updatedAt: string, id: string, title: string, kind: PlacementKind, status: PlacementStatus, capacity: number, freeSeats: number, startDate: string, endDate: string | null, standing: boolean, hoursPerWeek: number | null, contact: { name: string, email: string | null, phone: string | null } | null, requirements: { swedishLevel: SwedishLevel, licences: Array<Licence>, other: string | null }, supervisor: { id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null } | null, workplace: { id: string, name: string, address: string | null, sector: Sector, municipality: { code: string, name: string } }, seatHoldings: Array<{ seats: number, heldSeats: number, confirmedSeats: number, organisation: { id: string, name: string } }>, ourClaims: Array<{ id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, createdAt: string, allowedActions: Array<ClaimAction>, participant: { id: string, code: string } | null }>, municipality: { code: string, name: string }, organisation: { id: string, slug: string, name: string }, occupationField: { id: string, label: string } | null, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null } | null };

export type PlacementForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementForEditQuery = { placement: { id: string, title: string, description: string, kind: PlacementKind, capacity: number, startDate: string, endDate: string | null, hoursPerWeek: number | null, status: PlacementStatus, allowedActions: Array<PlacementAction>, visibility: Visibility, organisation: { id: string }, occupationField: { id: string } | null, supervisor: { id: string } | null, workplace: { id: string }, requirements: { swedishLevel: SwedishLevel, licences: Array<Licence>, other: string | null }, visibleTo: Array<{ id: string }> } | null };

export type PlacementFormReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacementFormReferenceQuery = { workplaces: Array<{ id: string, name: string, municipality: { code: string, name: string }, supervisors: Array<{ id: string, name: string }> }>, occupationFields: Array<{ id: string, label: string }>, organisations: Array<{ id: string, name: string }> };

export type PostPlacementMutationVariables = Exact<{
  input: PostPlacementInput;
}>;


export type PostPlacementMutation = { postPlacement: { id: string, title: string, kind: PlacementKind, status: PlacementStatus, capacity: number, freeSeats: number, startDate: string, endDate: string | null, standing: boolean, hoursPerWeek: number | null, municipality: { code: string, name: string }, organisation: { id: string, slug: string, name: string }, workplace: { id: string, name: string }, supervisor: { id: string, trainingStatus: TrainingStatus } | null, occupationField: { id: string, label: string } | null, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null } };

export type UpdatePlacementMutationVariables = Exact<{
  id: string | number;
  input: UpdatePlacementInput;
}>;


export type UpdatePlacementMutation = { updatePlacement: { id: string, title: string, kind: PlacementKind, status: PlacementStatus, capacity: number, freeSeats: number, startDate: string, endDate: string | null, standing: boolean, hoursPerWeek: number | null, municipality: { code: string, name: string }, organisation: { id: string, slug: string, name: string }, workplace: { id: string, name: string }, supervisor: { id: string, trainingStatus: TrainingStatus } | null, occupationField: { id: string, label: string } | null, feedbackSummary: { count: number, recommendations: number, warnings: number, openWarnings: number, latestKind: FeedbackKind | null, latestExcerpt: string | null, latestResolved: boolean | null } | null } };

export type PausePlacementMutationVariables = Exact<{
  id: string | number;
}>;


export type PausePlacementMutation = { pausePlacement: { id: string, status: PlacementStatus, allowedActions: Array<PlacementAction> } };

export type ReopenPlacementMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenPlacementMutation = { reopenPlacement: { id: string, status: PlacementStatus, allowedActions: Array<PlacementAction> } };

export type ClosePlacementMutationVariables = Exact<{
  id: string | number;
}>;


export type ClosePlacementMutation = { closePlacement: { id: string, status: PlacementStatus, freeSeats: number, allowedActions: Array<PlacementAction> } };

export type PlacementRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacementRulesQuery = { placementKindRules: Array<{ kind: PlacementKind, maxMonths: number }>, inputLimits: { titleMin: number, titleMax: number, descriptionMax: number, otherRequirementsMax: number, capacityMax: number, hoursPerWeekMax: number, reasonMax: number } };

export type PlacementFitSummaryFragment = { fits: boolean, score: number, reasons: Array<{ check: FitCheck, met: boolean, requirement: boolean, licence: Licence | null, requiredLevel: SwedishLevel | null }> };

export type PlacementFitQueryVariables = Exact<{
  id: string | number;
  participantId: string | number;
}>;


export type PlacementFitQuery = { placement: { id: string, fit: { fits: boolean, score: number, reasons: Array<{ check: FitCheck, met: boolean, requirement: boolean, licence: Licence | null, requiredLevel: SwedishLevel | null }> } } | null };

export type WaitingListEntryItemFragment = { id: string, status: WaitingListStatus, position: number | null, seats: number, createdAt: string, placement: { id: string, title: string } | null, claim: { id: string, status: ClaimStatus } | null };

export type PlacementQueueQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementQueueQuery = { placement: { id: string, waitingCount: number } | null, myWaitingList: Array<{ id: string, status: WaitingListStatus, position: number | null, seats: number, createdAt: string, placement: { id: string, title: string } | null, claim: { id: string, status: ClaimStatus } | null }> };

export type MyWaitingListQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWaitingListQuery = { myWaitingList: Array<{ id: string, status: WaitingListStatus, position: number | null, seats: number, createdAt: string, placement: { id: string, title: string } | null, claim: { id: string, status: ClaimStatus } | null }> };

export type JoinWaitingListMutationVariables = Exact<{
  input: JoinWaitingListInput;
}>;


export type JoinWaitingListMutation = { joinWaitingList: { id: string, status: WaitingListStatus, position: number | null, seats: number, createdAt: string, placement: { id: string, title: string } | null, claim: { id: string, status: ClaimStatus } | null } };

export type LeaveWaitingListMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaveWaitingListMutation = { leaveWaitingList: { id: string, status: WaitingListStatus, position: number | null, seats: number, createdAt: string, placement: { id: string, title: string } | null, claim: { id: string, status: ClaimStatus } | null } };

export type RenewClaimMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type RenewClaimMutation = { renewClaim: { id: string, status: ClaimStatus, seats: number, requestedStart: string | null, requestedEnd: string | null, expiresAt: string | null, reason: string | null, updatedAt: string, allowedActions: Array<ClaimAction>, renewal: { renewable: boolean, capMonths: number, capEnd: string | null, latestEnd: string | null, nearCap: boolean }, renewals: Array<{ previousEnd: string | null, newEnd: string, renewedAt: string }>, organisation: { id: string, name: string }, placement: { id: string, title: string, freeSeats: number, capacity: number, startDate: string, endDate: string | null, workplace: { id: string, name: string }, municipality: { code: string, name: string } } } };

export type StatisticsQueryVariables = Exact<{
  input: StatisticsInput;
}>;


export type StatisticsQuery = { statistics: { from: string, until: string, minGroup: number, rows: Array<{ key: string, label: string, seatsOffered: number, seatWeeksOffered: number, seatWeeksUsed: { value: number | null, suppressed: boolean }, seatWeeksEmpty: { value: number | null, suppressed: boolean }, fillRate: { value: number | null, suppressed: boolean }, participants: { value: number | null, suppressed: boolean }, otherOrganisation: { value: number | null, suppressed: boolean }, ownOrganisation: { value: number | null, suppressed: boolean }, otherOrganisationShare: { value: number | null, suppressed: boolean }, medianDaysToFirstClaim: { value: number | null, suppressed: boolean }, expiredHolds: { value: number | null, suppressed: boolean }, earlyEnds: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> }, outcomesAtEnd: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> }, outcomesAfter90Days: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> } }>, total: { key: string, label: string, seatsOffered: number, seatWeeksOffered: number, seatWeeksUsed: { value: number | null, suppressed: boolean }, seatWeeksEmpty: { value: number | null, suppressed: boolean }, fillRate: { value: number | null, suppressed: boolean }, participants: { value: number | null, suppressed: boolean }, otherOrganisation: { value: number | null, suppressed: boolean }, ownOrganisation: { value: number | null, suppressed: boolean }, otherOrganisationShare: { value: number | null, suppressed: boolean }, medianDaysToFirstClaim: { value: number | null, suppressed: boolean }, expiredHolds: { value: number | null, suppressed: boolean }, earlyEnds: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> }, outcomesAtEnd: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> }, outcomesAfter90Days: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> } } } };

export type StatisticValueFieldsFragment = { value: number | null, suppressed: boolean };

export type CategoryCountsFieldsFragment = { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> };

export type StatisticsRowFieldsFragment = { key: string, label: string, seatsOffered: number, seatWeeksOffered: number, seatWeeksUsed: { value: number | null, suppressed: boolean }, seatWeeksEmpty: { value: number | null, suppressed: boolean }, fillRate: { value: number | null, suppressed: boolean }, participants: { value: number | null, suppressed: boolean }, otherOrganisation: { value: number | null, suppressed: boolean }, ownOrganisation: { value: number | null, suppressed: boolean }, otherOrganisationShare: { value: number | null, suppressed: boolean }, medianDaysToFirstClaim: { value: number | null, suppressed: boolean }, expiredHolds: { value: number | null, suppressed: boolean }, earlyEnds: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> }, outcomesAtEnd: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> }, outcomesAfter90Days: { total: { value: number | null, suppressed: boolean }, byCategory: Array<{ category: string, count: { value: number | null, suppressed: boolean } }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, name: string, email: string, role: Role, active: boolean }>, loginLocks: Array<{ failures: number, lockedUntil: string, user: { id: string } }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { token: string, expiresAt: string, user: { id: string, name: string, email: string, role: Role, active: boolean } } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { id: string, role: Role } };

export type SetUserActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetUserActiveMutation = { setUserActive: { id: string, active: boolean } };

export type UnlockLoginMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnlockLoginMutation = { unlockLogin: boolean };

export type EndUserSessionsMutationVariables = Exact<{
  userId: string | number;
}>;


export type EndUserSessionsMutation = { endUserSessions: number };

export type ResetUserPasswordMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { token: string, expiresAt: string, user: { id: string, name: string } } };

export type SetPasswordWithTokenMutationVariables = Exact<{
  input: SetPasswordWithTokenInput;
}>;


export type SetPasswordWithTokenMutation = { setPasswordWithToken: boolean };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { me: { id: string, name: string, email: string, contactEmail: string | null, contactPhone: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: number };

export type UpdateMyContactDetailsMutationVariables = Exact<{
  input: UpdateContactDetailsInput;
}>;


export type UpdateMyContactDetailsMutation = { updateContactDetails: { id: string, contactEmail: string | null, contactPhone: string | null } };

export type ChecklistTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistTemplatesQuery = { checklistTemplates: Array<{ id: string, kind: ChecklistKind, industry: Industry | null, name: string, description: string, updatedAt: string, currentVersion: { id: string, number: number }, createdBy: { id: string, name: string } | null, items: Array<{ id: string, section: string, position: number, text: string }> }> };

export type CreateChecklistTemplateMutationVariables = Exact<{
  input: CreateChecklistTemplateInput;
}>;


export type CreateChecklistTemplateMutation = { createChecklistTemplate: { id: string, name: string, currentVersion: { id: string, number: number } } };

export type ReviseChecklistTemplateMutationVariables = Exact<{
  input: ReviseChecklistTemplateInput;
}>;


export type ReviseChecklistTemplateMutation = { reviseChecklistTemplate: { id: string, name: string, description: string, updatedAt: string, currentVersion: { id: string, number: number }, items: Array<{ id: string, section: string, position: number, text: string }> } };

export type PlacementChecklistFieldsFragment = { id: string, name: string, kind: ChecklistKind, templateVersion: number, template: { id: string }, items: Array<{ id: string, section: string, position: number, text: string }> };

export type PlacementChecklistsQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementChecklistsQuery = { placement: { id: string, mayEditChecklists: boolean, checklists: Array<{ id: string, name: string, kind: ChecklistKind, templateVersion: number, template: { id: string }, items: Array<{ id: string, section: string, position: number, text: string }> }>, ourClaims: Array<{ id: string, status: ClaimStatus, mayStartValidation: boolean, participant: { id: string, code: string } | null }> } | null };

export type AttachChecklistMutationVariables = Exact<{
  input: AttachChecklistInput;
}>;


export type AttachChecklistMutation = { attachChecklist: { id: string, name: string, kind: ChecklistKind, templateVersion: number, template: { id: string }, items: Array<{ id: string, section: string, position: number, text: string }> } };

export type TailorPlacementChecklistMutationVariables = Exact<{
  input: TailorPlacementChecklistInput;
}>;


export type TailorPlacementChecklistMutation = { tailorPlacementChecklist: { id: string, name: string, kind: ChecklistKind, templateVersion: number, template: { id: string }, items: Array<{ id: string, section: string, position: number, text: string }> } };

export type DetachPlacementChecklistMutationVariables = Exact<{
  id: string | number;
}>;


export type DetachPlacementChecklistMutation = { detachPlacementChecklist: { id: string, removedAt: string | null } };

export type ClaimValidationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimValidationsQuery = { claim: { id: string, status: ClaimStatus, mayStartValidation: boolean, participant: { id: string, code: string } | null, placement: { id: string, title: string, supervisor: { id: string, name: string } | null, workplace: { id: string, name: string }, checklists: Array<{ id: string, name: string, kind: ChecklistKind }> }, validations: Array<{ id: string, supervisorName: string | null, supervisorTitle: string | null, mayRecord: boolean, checklist: { id: string, name: string, kind: ChecklistKind } }> } | null };

export type ValidationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ValidationDetailQuery = { validation: { id: string, mayRecord: boolean, records: Array<{ id: string, itemId: string, level: ValidationLevel, observedOn: string, observer: string }>, progress: Array<{ item: { id: string, section: string, position: number, text: string, removedAt: string | null }, latest: { id: string, level: ValidationLevel, observedOn: string } | null }> } | null };

export type StartValidationMutationVariables = Exact<{
  input: StartValidationInput;
}>;


export type StartValidationMutation = { startValidation: { id: string } };

export type RecordValidationMutationVariables = Exact<{
  input: RecordValidationInput;
}>;


export type RecordValidationMutation = { recordValidation: { id: string } };

export type SkillsSummaryQueryVariables = Exact<{
  participantId: string | number;
}>;


export type SkillsSummaryQuery = { participantSkillsSummary: { participantId: string, participantCode: string, organisationName: string, generatedOn: string, validations: Array<{ validationId: string, checklistName: string, kind: ChecklistKind, placementTitle: string, workplaceName: string, municipalityName: string, placementOrganisationName: string, supervisorName: string | null, supervisorTitle: string | null, firstObservedOn: string | null, lastObservedOn: string | null, items: Array<{ section: string, text: string, level: ValidationLevel, observedOn: string }> }> } };

export type SupervisorRowFragment = { id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null };

export type WorkplaceRowFragment = { id: string, name: string, sector: Sector, address: string | null, organisationNumber: string | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, archivedAt: string | null, allowedActions: Array<WorkplaceAction>, municipality: { code: string, name: string }, supervisors: Array<{ id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null }> };

export type OurWorkplacesQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type OurWorkplacesQuery = { workplaces: Array<{ id: string, name: string, sector: Sector, address: string | null, organisationNumber: string | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, archivedAt: string | null, allowedActions: Array<WorkplaceAction>, municipality: { code: string, name: string }, supervisors: Array<{ id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null }> }>, municipalities: Array<{ code: string, name: string }>, me: { id: string, organisation: { id: string, municipalityCode: string | null } } };

export type CreateWorkplaceMutationVariables = Exact<{
  input: CreateWorkplaceInput;
}>;


export type CreateWorkplaceMutation = { createWorkplace: { id: string, name: string, sector: Sector, address: string | null, organisationNumber: string | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, archivedAt: string | null, allowedActions: Array<WorkplaceAction>, municipality: { code: string, name: string }, supervisors: Array<{ id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null }> } };

export type UpdateWorkplaceMutationVariables = Exact<{
  id: string | number;
  input: UpdateWorkplaceInput;
}>;


export type UpdateWorkplaceMutation = { updateWorkplace: { id: string, name: string, sector: Sector, address: string | null, organisationNumber: string | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, archivedAt: string | null, allowedActions: Array<WorkplaceAction>, municipality: { code: string, name: string }, supervisors: Array<{ id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null }> } };

export type ArchiveWorkplaceMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveWorkplaceMutation = { archiveWorkplace: { id: string, archivedAt: string | null, allowedActions: Array<WorkplaceAction> } };

export type RestoreWorkplaceMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreWorkplaceMutation = { restoreWorkplace: { id: string, archivedAt: string | null, allowedActions: Array<WorkplaceAction> } };

export type AddSupervisorMutationVariables = Exact<{
  input: AddSupervisorInput;
}>;


export type AddSupervisorMutation = { addSupervisor: { id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null } };

export type RecordSupervisorTrainingMutationVariables = Exact<{
  input: RecordSupervisorTrainingInput;
}>;


export type RecordSupervisorTrainingMutation = { recordSupervisorTraining: { id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null } };

export type SupervisorRegisterQueryVariables = Exact<{
  filter?: SupervisorRegisterFilter | null | undefined;
}>;


export type SupervisorRegisterQuery = { supervisorTrainingValidYears: number, supervisorRegister: Array<{ id: string, name: string, email: string | null, phone: string | null, trainedOn: string | null, trainingCourse: string | null, trainingStatus: TrainingStatus, trainingDueOn: string | null, workplace: { id: string, name: string, municipality: { code: string, name: string }, organisation: { id: string, name: string } } }>, organisations: Array<{ id: string, name: string }> };

export type OrganisationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSettingsQuery = { me: { id: string, organisation: { id: string, requireTrainedSupervisor: boolean } } };

export type UpdateOrganisationSettingsMutationVariables = Exact<{
  input: OrganisationSettingsInput;
}>;


export type UpdateOrganisationSettingsMutation = { updateOrganisationSettings: { id: string, requireTrainedSupervisor: boolean } };

export const ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ViewerFragment, unknown>;
export const FeedbackSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}}]} as unknown as DocumentNode<FeedbackSummaryFieldsFragment, unknown>;
export const PlacementSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}}]} as unknown as DocumentNode<PlacementSummaryFragment, unknown>;
export const ClaimWithPlacementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimWithPlacementFragment, unknown>;
export const ConsentItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"guardianAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsentItemFragment, unknown>;
export const PlacementFeedbackItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnClaim"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<PlacementFeedbackItemFragment, unknown>;
export const PlacementSeatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSeats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatHoldings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementSeatsFragment, unknown>;
export const PlacementFreeSeatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFreeSeats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlacementFreeSeatsFragment, unknown>;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const ParticipantRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ParticipantRowFragment, unknown>;
export const OurClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OurClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OurClaimFragment, unknown>;
export const PlacementFitSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}}]}}]}}]} as unknown as DocumentNode<PlacementFitSummaryFragment, unknown>;
export const WaitingListEntryItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingListEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WaitingListEntryItemFragment, unknown>;
export const StatisticValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticValueFieldsFragment, unknown>;
export const CategoryCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<CategoryCountsFieldsFragment, unknown>;
export const StatisticsRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"seatsOffered"}},{"kind":"Field","name":{"kind":"Name","value":"seatWeeksOffered"}},{"kind":"Field","name":{"kind":"Name","value":"seatWeeksUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatWeeksEmpty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiredHolds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyEnds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAfter90Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryCountsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsRowFieldsFragment, unknown>;
export const PlacementChecklistFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<PlacementChecklistFieldsFragment, unknown>;
export const SupervisorRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}}]} as unknown as DocumentNode<SupervisorRowFragment, unknown>;
export const WorkplaceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkplaceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workplace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisorRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}}]} as unknown as DocumentNode<WorkplaceRowFragment, unknown>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditFilterChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditFilterChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActions"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditFilterChoicesQuery, AuditFilterChoicesQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forParticipantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fitFor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"-","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"forParticipantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forParticipantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"seatHoldings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fitFor"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFit"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFitSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kakOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<BoardReferenceQuery, BoardReferenceQueryVariables>;
export const ParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}}]} as unknown as DocumentNode<ParticipantsQuery, ParticipantsQueryVariables>;
export const ClaimSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OurClaim"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"seatHoldings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ourClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OurClaim"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OurClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ClaimSeatMutation, ClaimSeatMutationVariables>;
export const ReleaseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseClaimMutation, ReleaseClaimMutationVariables>;
export const ConfirmClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmClaimMutation, ConfirmClaimMutationVariables>;
export const DeclineClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineClaimMutation, DeclineClaimMutationVariables>;
export const StartClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StartClaimMutation, StartClaimMutationVariables>;
export const CompleteClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteClaimMutation, CompleteClaimMutationVariables>;
export const EndClaimEarlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndClaimEarly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endClaimEarly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EndClaimEarlyMutation, EndClaimEarlyMutationVariables>;
export const MyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsOnOurPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CONFIRMED"},{"kind":"EnumValue","value":"ACTIVE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsAwaitingDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantSharing"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmetRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"PAUSED"},{"kind":"EnumValue","value":"DRAFT"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"START_DATE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}}]} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const ParticipantConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"guardianAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ParticipantConsentsQuery, ParticipantConsentsQueryVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"guardianAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"guardianAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const PlacementFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mayLeaveFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFeedbackItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnClaim"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}}]} as unknown as DocumentNode<PlacementFeedbackQuery, PlacementFeedbackQueryVariables>;
export const LeavePlacementFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeavePlacementFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeavePlacementFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leavePlacementFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFeedbackItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnClaim"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<LeavePlacementFeedbackMutation, LeavePlacementFeedbackMutationVariables>;
export const AnswerPlacementFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPlacementFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerPlacementFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPlacementFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFeedbackItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnClaim"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<AnswerPlacementFeedbackMutation, AnswerPlacementFeedbackMutationVariables>;
export const ResolvePlacementWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolvePlacementWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvePlacementWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFeedbackItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnClaim"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ResolvePlacementWarningMutation, ResolvePlacementWarningMutationVariables>;
export const WithdrawPlacementFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPlacementFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPlacementFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawPlacementFeedbackMutation, WithdrawPlacementFeedbackMutationVariables>;
export const FollowUpsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpsDueQuery, FollowUpsDueQueryVariables>;
export const ClaimFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"subsidised"}},{"kind":"Field","name":{"kind":"Name","value":"earlyEndReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimFollowUpQuery, ClaimFollowUpQueryVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const RecordAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}}]}}]}}]} as unknown as DocumentNode<RecordAbsenceMutation, RecordAbsenceMutationVariables>;
export const AfReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"placementTitle"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"daysPresent"}},{"kind":"Field","name":{"kind":"Name","value":"daysScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AfReportQuery, AfReportQueryVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const PlacementUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PlacementUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"seatHoldings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}}]} as unknown as DocumentNode<PlacementUpdatedSubscription, PlacementUpdatedSubscriptionVariables>;
export const NotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const PlacementsMatchingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementsMatching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<PlacementsMatchingQuery, PlacementsMatchingQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"filterJson"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const SaveSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"filterJson"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SaveSearchMutation, SaveSearchMutationVariables>;
export const DeleteSavedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>;
export const OurParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OurParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<OurParticipantsQuery, OurParticipantsQueryVariables>;
export const ParticipantsReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantsReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantsDueForReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inactiveMonths"}},{"kind":"Field","name":{"kind":"Name","value":"retentionErases"}},{"kind":"Field","name":{"kind":"Name","value":"keepClaimDetails"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ParticipantsReviewQuery, ParticipantsReviewQueryVariables>;
export const ParticipantFormReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantFormReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ParticipantFormReferenceQuery, ParticipantFormReferenceQueryVariables>;
export const RegisterParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<RegisterParticipantMutation, RegisterParticipantMutationVariables>;
export const UpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<UpdateParticipantMutation, UpdateParticipantMutationVariables>;
export const ArchiveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ArchiveParticipantMutation, ArchiveParticipantMutationVariables>;
export const RestoreParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<RestoreParticipantMutation, RestoreParticipantMutationVariables>;
export const EraseParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EraseParticipantMutation, EraseParticipantMutationVariables>;
export const SetParticipantPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParticipantPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParticipantPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParticipantPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inactiveMonths"}},{"kind":"Field","name":{"kind":"Name","value":"retentionErases"}},{"kind":"Field","name":{"kind":"Name","value":"keepClaimDetails"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetParticipantPolicyMutation, SetParticipantPolicyMutationVariables>;
export const PlacementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"other"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatHoldings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"heldSeats"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ourClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OurClaim"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OurClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PlacementDetailQuery, PlacementDetailQueryVariables>;
export const PlacementForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licences"}},{"kind":"Field","name":{"kind":"Name","value":"other"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"visibleTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementForEditQuery, PlacementForEditQueryVariables>;
export const PlacementFormReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementFormReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workplaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlacementFormReferenceQuery, PlacementFormReferenceQueryVariables>;
export const PostPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}}]} as unknown as DocumentNode<PostPlacementMutation, PostPlacementMutationVariables>;
export const UpdatePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"latestKind"}},{"kind":"Field","name":{"kind":"Name","value":"latestExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"latestResolved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackSummaryFields"}}]}}]}}]} as unknown as DocumentNode<UpdatePlacementMutation, UpdatePlacementMutationVariables>;
export const PausePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PausePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pausePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<PausePlacementMutation, PausePlacementMutationVariables>;
export const ReopenPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ReopenPlacementMutation, ReopenPlacementMutationVariables>;
export const ClosePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ClosePlacementMutation, ClosePlacementMutationVariables>;
export const PlacementRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementKindRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleMin"}},{"kind":"Field","name":{"kind":"Name","value":"titleMax"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionMax"}},{"kind":"Field","name":{"kind":"Name","value":"otherRequirementsMax"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMax"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeekMax"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMax"}}]}}]}}]} as unknown as DocumentNode<PlacementRulesQuery, PlacementRulesQueryVariables>;
export const PlacementFitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementFit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFitSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}}]}}]}}]} as unknown as DocumentNode<PlacementFitQuery, PlacementFitQueryVariables>;
export const PlacementQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myWaitingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitingListEntryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingListEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlacementQueueQuery, PlacementQueueQueryVariables>;
export const MyWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWaitingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitingListEntryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingListEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyWaitingListQuery, MyWaitingListQueryVariables>;
export const JoinWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitingListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitingListEntryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingListEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JoinWaitingListMutation, JoinWaitingListMutationVariables>;
export const LeaveWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitingListEntryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingListEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeaveWaitingListMutation, LeaveWaitingListMutationVariables>;
export const RenewClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimWithPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimWithPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStart"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewable"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capEnd"}},{"kind":"Field","name":{"kind":"Name","value":"latestEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nearCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RenewClaimMutation, RenewClaimMutationVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"minGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"seatsOffered"}},{"kind":"Field","name":{"kind":"Name","value":"seatWeeksOffered"}},{"kind":"Field","name":{"kind":"Name","value":"seatWeeksUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatWeeksEmpty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiredHolds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyEnds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAtEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesAfter90Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryCountsFields"}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loginLocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const ChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const UnlockLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<UnlockLoginMutation, UnlockLoginMutationVariables>;
export const EndUserSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<EndUserSessionsMutation, EndUserSessionsMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const SetPasswordWithTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordWithToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordWithTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetPasswordWithTokenMutation, SetPasswordWithTokenMutationVariables>;
export const MyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateMyContactDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyContactDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<UpdateMyContactDetailsMutation, UpdateMyContactDetailsMutationVariables>;
export const ChecklistTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistTemplatesQuery, ChecklistTemplatesQueryVariables>;
export const CreateChecklistTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChecklistTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChecklistTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChecklistTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CreateChecklistTemplateMutation, CreateChecklistTemplateMutationVariables>;
export const ReviseChecklistTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseChecklistTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseChecklistTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseChecklistTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseChecklistTemplateMutation, ReviseChecklistTemplateMutationVariables>;
export const PlacementChecklistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementChecklists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mayEditChecklists"}},{"kind":"Field","name":{"kind":"Name","value":"checklists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementChecklistFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ourClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayStartValidation"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<PlacementChecklistsQuery, PlacementChecklistsQueryVariables>;
export const AttachChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementChecklistFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<AttachChecklistMutation, AttachChecklistMutationVariables>;
export const TailorPlacementChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TailorPlacementChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TailorPlacementChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tailorPlacementChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementChecklistFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<TailorPlacementChecklistMutation, TailorPlacementChecklistMutationVariables>;
export const DetachPlacementChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachPlacementChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachPlacementChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<DetachPlacementChecklistMutation, DetachPlacementChecklistMutationVariables>;
export const ClaimValidationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimValidations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayStartValidation"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"mayRecord"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimValidationsQuery, ClaimValidationsQueryVariables>;
export const ValidationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValidationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mayRecord"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValidationDetailQuery, ValidationDetailQueryVariables>;
export const StartValidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartValidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartValidationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startValidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartValidationMutation, StartValidationMutationVariables>;
export const RecordValidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordValidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordValidationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordValidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordValidationMutation, RecordValidationMutationVariables>;
export const SkillsSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantSkillsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validationId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placementTitle"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"placementOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"firstObservedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastObservedOn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillsSummaryQuery, SkillsSummaryQueryVariables>;
export const OurWorkplacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OurWorkplaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workplaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkplaceRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kakOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkplaceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workplace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisorRow"}}]}}]}}]} as unknown as DocumentNode<OurWorkplacesQuery, OurWorkplacesQueryVariables>;
export const CreateWorkplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkplaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkplace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkplaceRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkplaceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workplace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisorRow"}}]}}]}}]} as unknown as DocumentNode<CreateWorkplaceMutation, CreateWorkplaceMutationVariables>;
export const UpdateWorkplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkplaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkplace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkplaceRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkplaceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workplace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisorRow"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkplaceMutation, UpdateWorkplaceMutationVariables>;
export const ArchiveWorkplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveWorkplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveWorkplace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ArchiveWorkplaceMutation, ArchiveWorkplaceMutationVariables>;
export const RestoreWorkplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreWorkplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreWorkplace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<RestoreWorkplaceMutation, RestoreWorkplaceMutationVariables>;
export const AddSupervisorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSupervisor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupervisorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupervisor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisorRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}}]} as unknown as DocumentNode<AddSupervisorMutation, AddSupervisorMutationVariables>;
export const RecordSupervisorTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisorTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisorTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisorTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisorRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}}]} as unknown as DocumentNode<RecordSupervisorTrainingMutation, RecordSupervisorTrainingMutationVariables>;
export const SupervisorRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisorRegisterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisorRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisorRow"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisorTrainingValidYears"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisorRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourse"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDueOn"}}]}}]} as unknown as DocumentNode<SupervisorRegisterQuery, SupervisorRegisterQueryVariables>;
export const OrganisationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireTrainedSupervisor"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationSettingsQuery, OrganisationSettingsQueryVariables>;
export const UpdateOrganisationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireTrainedSupervisor"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationSettingsMutation, UpdateOrganisationSettingsMutationVariables>;