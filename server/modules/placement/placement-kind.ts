import { registerEnumType } from "type-graphql";

/** Kinds of placement, in DOMAIN.md's vocabulary. */
export enum PlacementKind {
  INTERNSHIP = "INTERNSHIP",
  WORK_TRAINING = "WORK_TRAINING",
  WORK_ASSESSMENT = "WORK_ASSESSMENT",
  LANGUAGE_INTERNSHIP = "LANGUAGE_INTERNSHIP",
  TRAINEE = "TRAINEE",
  SUMMER_JOB = "SUMMER_JOB",
}
registerEnumType(PlacementKind, {
  name: "PlacementKind",
  description: "What kind of placement a seat is.",
  valuesConfig: {
    INTERNSHIP: { description: "Praktik: a general internship; a short trial often precedes a trainee job." },
    WORK_TRAINING: { description: "Arbetsträning: for people far from the labour market, often in municipal workshops." },
    WORK_ASSESSMENT: { description: "Arbetsprövning / utredningsplats: assessment of work capacity, mostly for Försäkringskassan." },
    LANGUAGE_INTERNSHIP: { description: "Språkpraktik: combined with SFI studies." },
    TRAINEE: { description: "Traineejobb: time-limited employment, renewed after follow-ups; held by several people in turn." },
    SUMMER_JOB: { description: "Feriejobb: three summer weeks for upper-secondary students." },
  },
});

export enum PlacementStatus {
  DRAFT = "DRAFT",
  OPEN = "OPEN",
  PAUSED = "PAUSED",
  CLOSED = "CLOSED",
}
registerEnumType(PlacementStatus, {
  name: "PlacementStatus",
  description: "Where a placement is in its life.",
  valuesConfig: {
    DRAFT: { description: "Being written; only its own organisation sees it." },
    OPEN: { description: "On the board; seats can be claimed." },
    PAUSED: { description: "Visible but takes no new claims for now." },
    CLOSED: { description: "Ended; takes no new claims. Its history stays." },
  },
});

export enum Visibility {
  ALL_PARTNERS = "ALL_PARTNERS",
  SELECTED = "SELECTED",
}
registerEnumType(Visibility, {
  name: "Visibility",
  description: "Which organisations see a placement besides its own.",
  valuesConfig: {
    ALL_PARTNERS: { description: "Every partner organisation (the default)." },
    SELECTED: { description: "Only the organisations listed in visibleTo." },
  },
});

export enum SwedishLevel {
  NONE = "NONE",
  BASIC = "BASIC",
  INTERMEDIATE = "INTERMEDIATE",
  FLUENT = "FLUENT",
}
registerEnumType(SwedishLevel, {
  name: "SwedishLevel",
  description: "Level of spoken and written Swedish, lowest first.",
  valuesConfig: {
    NONE: { description: "No Swedish needed." },
    BASIC: { description: "Everyday phrases (about SFI course B)." },
    INTERMEDIATE: { description: "Manages work conversations (about SFI course C–D)." },
    FLUENT: { description: "Fluent, including writing." },
  },
});
export const swedishLevelOrder = [SwedishLevel.NONE, SwedishLevel.BASIC, SwedishLevel.INTERMEDIATE, SwedishLevel.FLUENT];

export enum Licence {
  DRIVING_B = "DRIVING_B",
  DRIVING_C = "DRIVING_C",
  FORKLIFT = "FORKLIFT",
  WHEEL_LOADER = "WHEEL_LOADER",
  HYGIENE = "HYGIENE",
}
registerEnumType(Licence, {
  name: "Licence",
  description: "Licences and certificates a placement may require.",
  valuesConfig: {
    DRIVING_B: { description: "Driving licence B (car)." },
    DRIVING_C: { description: "Driving licence C (truck)." },
    FORKLIFT: { description: "Forklift licence (truckkort)." },
    WHEEL_LOADER: { description: "Wheel loader certificate (hjullastare)." },
    HYGIENE: { description: "Food hygiene certificate (livsmedelshygien)." },
  },
});

/** What a viewer may do with a placement now; `Placement.allowedActions` lists exactly those its mutation would accept. */
export enum PlacementAction {
  EDIT = "EDIT",
  PAUSE = "PAUSE",
  REOPEN = "REOPEN",
  CLOSE = "CLOSE",
  CLAIM = "CLAIM",
}
registerEnumType(PlacementAction, {
  name: "PlacementAction",
  description: "A change the viewer may make to a placement now, by the same rules the mutations apply.",
  valuesConfig: {
    EDIT: { description: "updatePlacement: change the placement (its own organisation)." },
    PAUSE: { description: "pausePlacement: stop taking claims for a while." },
    REOPEN: { description: "reopenPlacement: open a paused placement or publish a draft." },
    CLOSE: { description: "closePlacement: end it; waiting holds are declined." },
    CLAIM: { description: "claimSeat: hold seats on it (open, with a free seat)." },
  },
});
