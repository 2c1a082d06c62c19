import { GraphQLError, type GraphQLFormattedError } from "graphql";

/**
 * The error catalogue: every refusal the API gives has a `code` (API-CONTRACT.md: what kind of
 * refusal) and a `reason` (what exactly, SCREAMING_SNAKE, stable) with `params` (the values that
 * explain it). `message` is plain English for developers; clients show their own text for
 * `reason` + `params` and never parse `message`. `npm run schema` publishes the catalogue as
 * schema/error-reasons.json and as a table in SECURITY.md ("Error reasons"); tests fail when
 * either copy drifts, or when the client has no Swedish or English text for a reason.
 */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  NO_FREE_SEATS = "NO_FREE_SEATS",
  CONFLICT = "CONFLICT",
  TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS",
  /** A document refused by a limit or by GraphQL validation, before any resolver runs. */
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  /** Refused at the HTTP layer (body, method, origin, batch). */
  BAD_REQUEST = "BAD_REQUEST",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /** The server cannot answer now (restarting, or the request ran out of time); try again. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
}

/** A value that explains a refusal; params are JSON and safe to show (never personal data). */
export type ParamValue = string | number | boolean | null | readonly string[];

interface ReasonDefinition<P extends string> {
  code: ErrorCode;
  /** The names of the params, in the order the documentation lists them. */
  params: readonly P[];
  /** When this reason is given, for the documentation. */
  when: string;
  /** The developer's English message. */
  message: (params: Record<P, ParamValue>) => string;
}

function reason<const P extends string = never>(
  code: ErrorCode,
  params: readonly P[],
  when: string,
  message: (params: Record<P, ParamValue>) => string,
): ReasonDefinition<P> {
  return { code, params, when, message };
}

const list = (value: ParamValue) => (Array.isArray(value) ? value.join(" or ") : String(value));

/** Every reason, grouped by code. Add new reasons here; the client's i18n test fails until both languages have a text. */
export const catalogue = {
  // UNAUTHENTICATED
  NOT_SIGNED_IN: reason(
    ErrorCode.UNAUTHENTICATED,
    [],
    "the request has no valid bearer token",
    () => "Sign in first: the request has no valid bearer token.",
  ),
  WRONG_CREDENTIALS: reason(
    ErrorCode.UNAUTHENTICATED,
    [],
    "sign-in with an unknown e-mail or a wrong password",
    () => "Wrong e-mail or password.",
  ),

  // FORBIDDEN
  ROLE_REQUIRED: reason(ErrorCode.FORBIDDEN, ["roles"], "the viewer's role is too low", (p) => `This needs the role ${list(p.roles)}.`),
  NOT_OWN_ORGANISATION: reason(
    ErrorCode.FORBIDDEN,
    ["record"],
    "the record belongs to another organisation",
    (p) => `Only the organisation that owns the ${p.record} may do this.`,
  ),
  OWNER_ONLY: reason(
    ErrorCode.FORBIDDEN,
    [],
    "only the placement's organisation may take this step on a claim",
    () => "Only the organisation that owns the placement may do this.",
  ),
  CLAIMANT_ONLY: reason(
    ErrorCode.FORBIDDEN,
    [],
    "only the organisation that made the claim may take this step",
    () => "Only the organisation that made the claim may do this.",
  ),
  WORKPLACE_OF_OTHER_ORGANISATION: reason(
    ErrorCode.FORBIDDEN,
    [],
    "a placement at a workplace another organisation registered: each organisation registers the workplaces it uses",
    () => "Choose one of your organisation's workplaces; register the workplace first if it is missing.",
  ),

  FEEDBACK_ON_OWN_PLACEMENT: reason(
    ErrorCode.FORBIDDEN,
    [],
    "a recommendation or warning about the writer's own organisation's placement: the owner answers feedback, it does not leave it",
    () => "Feedback is left by partner organisations; on your own placement you answer it instead.",
  ),
  AUTHOR_ONLY: reason(
    ErrorCode.FORBIDDEN,
    [],
    "withdrawing feedback someone else wrote (an admin of the author's organisation may)",
    () => "Only the author, or an admin of the author's organisation, may withdraw this.",
  ),

  // NOT_FOUND
  RECORD_NOT_FOUND: reason(
    ErrorCode.NOT_FOUND,
    ["record"],
    "no such record, or it is not visible to the viewer",
    (p) => `${p.record} not found, or not visible to you.`,
  ),

  // BAD_USER_INPUT: text and numbers (class-validator constraints map onto these in format-error.ts)
  INVALID_VALUE: reason(ErrorCode.BAD_USER_INPUT, [], "a value of the wrong shape or type", () => "The value is not valid here."),
  TEXT_LENGTH: reason(
    ErrorCode.BAD_USER_INPUT,
    ["min", "max"],
    "a text shorter or longer than the field allows",
    (p) => `The text must be ${p.min}–${p.max} characters long.`,
  ),
  TEXT_BLANK: reason(ErrorCode.BAD_USER_INPUT, [], "a required text holds only spaces", () => "The text must not be blank."),
  TEXT_FORBIDDEN_CHARACTERS: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "control, C1, bidirectional-override or lone-surrogate characters (or NUL) in a text",
    () => "The text contains characters that are not allowed (control or direction-changing characters).",
  ),
  TEXT_HOLDS_IDENTITY_NUMBER: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a text that must not hold a personal identity or coordination number holds one",
    () => "The text must not contain a personal identity number or coordination number.",
  ),
  NUMBER_OUT_OF_RANGE: reason(
    ErrorCode.BAD_USER_INPUT,
    ["min", "max"],
    "a number outside the allowed range",
    (p) => `The number must be from ${p.min} to ${p.max}.`,
  ),
  INVALID_EMAIL: reason(ErrorCode.BAD_USER_INPUT, [], "not an e-mail address", () => "The value is not an e-mail address."),
  INVALID_FORMAT: reason(
    ErrorCode.BAD_USER_INPUT,
    ["format"],
    "a value without its required form; format is PHONE, ORGANISATION_NUMBER or PARTICIPANT_CODE",
    (p) => `The value does not have the required form (${p.format}).`,
  ),
  INVALID_DATE: reason(ErrorCode.BAD_USER_INPUT, [], "not a calendar date as YYYY-MM-DD", () => "The value is not a date (YYYY-MM-DD)."),
  LIST_TOO_LONG: reason(
    ErrorCode.BAD_USER_INPUT,
    ["maxItems"],
    "a list in the input holds too many items",
    (p) => `A list may hold at most ${p.maxItems} items.`,
  ),
  LIST_HAS_DUPLICATES: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a list that names the same value twice",
    () => "The list names the same value more than once.",
  ),
  PAGE_SIZE_OUT_OF_RANGE: reason(
    ErrorCode.BAD_USER_INPUT,
    ["min", "max"],
    "`first` outside the page sizes the list serves",
    (p) => `first must be from ${p.min} to ${p.max}.`,
  ),
  INVALID_CURSOR: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "`after` is not a cursor this API gave out for this sort, or (claim lists) not the id of a claim in the list",
    () => "after is not a cursor this API gave out.",
  ),
  VALUE_REQUIRED: reason(ErrorCode.BAD_USER_INPUT, [], "a required value is missing or null", () => "A value is required here."),

  // BAD_USER_INPUT: rules of the pool
  END_BEFORE_START: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a period whose end lies before its start",
    () => "The end date must not be before the start date.",
  ),
  PERIOD_TOO_LONG: reason(
    ErrorCode.BAD_USER_INPUT,
    ["kind", "maxMonths"],
    "a placement or requested period longer than its kind allows (placementKindRules)",
    (p) => `A ${p.kind} placement lasts at most ${p.maxMonths} months.`,
  ),
  START_AFTER_PLACEMENT_END: reason(
    ErrorCode.BAD_USER_INPUT,
    ["placementEnd"],
    "a requested start after the placement has ended",
    (p) => `The placement ends on ${p.placementEnd}.`,
  ),
  SEATS_OVER_CAPACITY: reason(
    ErrorCode.BAD_USER_INPUT,
    ["capacity"],
    "a claim for more seats than the placement has",
    (p) => `The placement has only ${p.capacity} seats.`,
  ),
  BELOW_SEATS_TAKEN: reason(
    ErrorCode.BAD_USER_INPUT,
    ["seatsTaken"],
    "a capacity below the seats live claims already hold",
    (p) => `Capacity cannot go below the ${p.seatsTaken} seats already claimed.`,
  ),
  FIELD_NOT_REMOVABLE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "null for a field that can be changed but not removed",
    () => "This field can be changed, not removed.",
  ),
  SUPERVISOR_AT_OTHER_WORKPLACE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a supervisor who works at another workplace than the placement's",
    () => "The supervisor works at another workplace.",
  ),
  AUDIENCE_REQUIRED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "visibility SELECTED without any organisation named",
    () => "Name at least one organisation when visibility is SELECTED.",
  ),
  EMAIL_TAKEN: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a user with this e-mail already exists",
    () => "A user with this e-mail already exists.",
  ),
  PARTICIPANT_CODE_TAKEN: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "the organisation already has a participant with this code",
    () => "Your organisation already has a participant with this code.",
  ),
  CANNOT_DEACTIVATE_SELF: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "an admin deactivating their own account",
    () => "You cannot deactivate yourself.",
  ),
  WRONG_CURRENT_PASSWORD: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "changePassword with a current password that is not the user's (counted like a failed sign-in)",
    () => "The current password is wrong.",
  ),
  CANNOT_RESET_OWN_PASSWORD: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "an admin resetting their own password: changePassword, which needs the current one, is the way",
    () => "Change your own password with changePassword.",
  ),
  RESET_TOKEN_INVALID: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a set-password token that is unknown, already used, expired, or replaced by a newer reset (counted like a failed sign-in)",
    () => "This set-password token is unknown, used or expired: ask your admin for a new one.",
  ),
  REASON_REQUIRED: reason(ErrorCode.BAD_USER_INPUT, [], "a step that needs a reason was sent without one", () => "Give a reason."),
  ORGANISATION_NUMBER_CHECK_DIGIT: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "an organisation number whose last digit fails the Luhn check",
    () => "The organisation number's check digit is wrong: check it for a typing error.",
  ),
  WORKPLACE_ALREADY_REGISTERED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "the organisation already has a workplace with this name and organisation number",
    () => "Your organisation already has a workplace with this name and organisation number.",
  ),
  WORKPLACE_ARCHIVED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a new placement or supervisor at an archived workplace",
    () => "The workplace is archived and takes no new placements or supervisors.",
  ),
  // Search (issue 15)
  SORT_NEEDS_TEXT: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "the board sorted by RELEVANCE without `filter.text` to be relevant to",
    () => "Sort by relevance needs a search text (filter.text).",
  ),
  TRAINED_ON_IN_FUTURE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a supervisor training recorded with a date after today",
    () => "The training date must not be in the future.",
  ),

  // BAD_USER_INPUT: recommendations and warnings between coordinators (feedback)
  TEXT_HOLDS_PARTICIPANT_CODE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a feedback text that holds one of the writer's own organisation's participant codes (feedback is about placements, never about a participant)",
    () => "The text must not name a participant: it contains one of your organisation's participant codes.",
  ),
  ONLY_WARNINGS_RESOLVE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "resolvePlacementWarning on a recommendation: only warnings are marked resolved",
    () => "Only a warning can be marked resolved.",
  ),

  // BAD_USER_INPUT: validation checklists and skills summaries
  ITEMS_REQUIRED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a checklist template or a recording without any item",
    () => "Give at least one item.",
  ),
  CHECKLIST_ALREADY_ATTACHED: reason(
    ErrorCode.BAD_USER_INPUT,
    ["checklistId"],
    "attaching a template the placement already has a checklist of, from any version of the template (tailor that one, `checklistId`, instead)",
    (p) => `The placement already has this checklist (${p.checklistId}); tailor it instead.`,
  ),
  CHECKLIST_ITEM_REMOVED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "recording, dropping or rewording an item that was already dropped or reworded on the placement's checklist",
    () => "The item is no longer on the checklist (dropped or reworded); reload and use the current items.",
  ),
  VALIDATION_ALREADY_STARTED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a second validation of the same claim against the same checklist (record on the first)",
    () => "This claim already has a validation against this checklist.",
  ),
  OBSERVED_ON_IN_FUTURE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "an observation dated after today",
    () => "The observation date must not be in the future.",
  ),

  // BAD_USER_INPUT: the Excel import (POST /imports/placements.xlsx)
  IMPORT_FILE_UNREADABLE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "an uploaded file that is not an Excel workbook (.xlsx)",
    () => "The file is not an Excel workbook (.xlsx).",
  ),
  IMPORT_WORKBOOK_TOO_LARGE: reason(
    ErrorCode.BAD_USER_INPUT,
    ["maxBytes"],
    "a workbook whose parts unpack to more than the import reads (checked before unpacking)",
    (p) => `The workbook unpacks to more than ${p.maxBytes} bytes.`,
  ),
  IMPORT_COLUMNS_MISSING: reason(
    ErrorCode.BAD_USER_INPUT,
    ["columns"],
    "no sheet of the workbook has a header row with the required columns (the template's headers)",
    (p) => `No sheet has a header row with the columns ${list(p.columns)}.`,
  ),
  IMPORT_NO_ROWS: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a sheet with headers but no rows below them",
    () => "The sheet has no rows to import.",
  ),
  IMPORT_TOO_MANY_ROWS: reason(
    ErrorCode.BAD_USER_INPUT,
    ["maxRows"],
    "a sheet with more rows than one import takes",
    (p) => `One import takes at most ${p.maxRows} rows; split the sheet.`,
  ),
  IMPORT_UNKNOWN_VALUE: reason(
    ErrorCode.BAD_USER_INPUT,
    ["value"],
    "a cell naming a municipality, kind, occupation field, Swedish level, licence or sector that is not known by name or code",
    (p) => `"${p.value}" is not a known value for this column (see the template's value lists).`,
  ),
  IMPORT_DUPLICATE_ROW: reason(
    ErrorCode.BAD_USER_INPUT,
    ["firstRow"],
    "a row with the same placement (workplace, title, start date) as an earlier row of the sheet",
    (p) => `Row ${p.firstRow} already has this placement (same workplace, title and start date).`,
  ),
  IMPORT_HAS_ERRORS: reason(
    ErrorCode.BAD_USER_INPUT,
    ["rowsWithErrors"],
    "an import of a sheet whose preview has errors: nothing was written",
    (p) => `${p.rowsWithErrors} rows have errors; nothing was imported.`,
  ),

  // NO_FREE_SEATS
  NOT_ENOUGH_FREE_SEATS: reason(
    ErrorCode.NO_FREE_SEATS,
    ["freeSeats", "requested"],
    "fewer seats are free than the claim asks for",
    (p) => `Not enough free seats: ${p.freeSeats} free, ${p.requested} asked for.`,
  ),

  // CONFLICT
  PLACEMENT_NOT_OPEN: reason(
    ErrorCode.CONFLICT,
    ["status"],
    "a claim on a placement that is paused, closed or a draft",
    (p) => `The placement is ${p.status} and takes no claims.`,
  ),
  PLACEMENT_STATUS_CHANGED: reason(
    ErrorCode.CONFLICT,
    ["status", "action", "allowedFrom"],
    "a placement step that no longer applies to its status",
    (p) => `The placement is ${p.status}; ${p.action} needs it to be ${list(p.allowedFrom)}.`,
  ),
  CLAIM_STATUS_CHANGED: reason(
    ErrorCode.CONFLICT,
    ["status", "action", "allowedFrom"],
    "a claim step that no longer applies to its status (e.g. confirming twice)",
    (p) => `The claim is ${p.status}; ${p.action} needs it to be ${list(p.allowedFrom)}.`,
  ),
  LAST_ADMIN: reason(
    ErrorCode.CONFLICT,
    [],
    "a role change or deactivation that would leave the organisation without an active admin",
    () => "The organisation must keep at least one active admin.",
  ),
  TRAINED_SUPERVISOR_REQUIRED: reason(
    ErrorCode.CONFLICT,
    ["trainingStatus"],
    "the organisation requires a trained supervisor before a placement opens (posted OPEN, published, reopened, or its supervisor changed while open), and the placement's supervisor is missing, untrained or due",
    (p) =>
      `Your organisation requires a supervisor with valid supervisor training before a placement opens (this one: ${p.trainingStatus}).`,
  ),
  PARTICIPANT_ARCHIVED: reason(
    ErrorCode.CONFLICT,
    [],
    "a claim for a participant the organisation has archived (restoreParticipant brings them back)",
    () => "The participant is archived: restore them before claiming a seat for them.",
  ),
  HOLD_EXPIRED: reason(
    ErrorCode.CONFLICT,
    [],
    "a step on a hold whose time ran out; its seats went back to the pool",
    () => "The hold expired before this; its seats went back to the pool.",
  ),

  CHECKLIST_REMOVED: reason(
    ErrorCode.CONFLICT,
    [],
    "tailoring, or starting a validation on, a checklist that was taken off its placement",
    () => "The checklist has been taken off the placement.",
  ),

  // Follow-ups, outcomes, absences and statistics (issue 13)
  FOLLOW_UP_STAGE_UNKNOWN: reason(
    ErrorCode.BAD_USER_INPUT,
    ["stages"],
    "a follow-up stage the claim's schedule does not have (follow-up-rules.json for its kind)",
    (p) => `This claim's follow-ups are ${list(p.stages)}.`,
  ),
  DATE_IN_FUTURE: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a date of something that has happened, after today",
    () => "The date must not be in the future.",
  ),
  OUTCOME_DETAIL_MISMATCH: reason(
    ErrorCode.BAD_USER_INPUT,
    ["category", "details"],
    "an outcome detail missing for WORK, STUDIES or PROGRAMME, not one of the category's, or given for a category that has none (details empty)",
    (p) => `A ${p.category} outcome takes one of these details: ${list(p.details) || "none"}.`,
  ),
  EARLY_END_REASON_REQUIRED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "the outcome at the end of a claim that ended early, without earlyEndReason",
    () => "Say why the placement ended early (earlyEndReason).",
  ),
  ABSENCE_DATE_OUTSIDE_PERIOD: reason(
    ErrorCode.BAD_USER_INPUT,
    ["start", "end"],
    "an absence on a day outside the claim's period, or after today",
    (p) => `Absence can be recorded from ${p.start} to ${p.end}.`,
  ),
  STATISTICS_PERIOD_NOT_ALIGNED: reason(
    ErrorCode.BAD_USER_INPUT,
    ["unit"],
    "a statistics period that does not start on the first day of a month, quarter or year (whole periods only, so groups cannot be told apart by differencing)",
    (p) => `A ${p.unit} period starts on the first day of a ${String(p.unit).toLowerCase()}.`,
  ),
  FOLLOW_UP_BEFORE_START: reason(
    ErrorCode.CONFLICT,
    ["status"],
    "a follow-up on a claim whose person has not started (not ACTIVE, COMPLETED or ENDED_EARLY)",
    (p) => `The claim is ${p.status}; follow-ups begin when the person has started.`,
  ),
  OUTCOME_BEFORE_END: reason(
    ErrorCode.CONFLICT,
    ["status"],
    "an outcome for a claim that has not ended (COMPLETED or ENDED_EARLY)",
    (p) => `The claim is ${p.status}; its outcome is recorded when it ends.`,
  ),
  OUTCOME_NOT_DUE: reason(
    ErrorCode.CONFLICT,
    ["dueOn"],
    "the 90-day outcome before 90 days have passed since the claim ended",
    (p) => `The outcome after 90 days can be recorded from ${p.dueOn}.`,
  ),
  ABSENCE_OUTSIDE_ACTIVE_CLAIM: reason(
    ErrorCode.CONFLICT,
    ["status"],
    "absence recorded or removed on a claim that is not ACTIVE",
    (p) => `The claim is ${p.status}; absence is recorded while it is active.`,
  ),

  // TOO_MANY_REQUESTS
  ACCOUNT_LOCKED: reason(
    ErrorCode.TOO_MANY_REQUESTS,
    ["retryAfterSeconds"],
    "too many failed sign-ins for the account",
    (p) =>
      `Too many failed sign-ins for this account: try again in ${p.retryAfterSeconds} seconds, or ask your organisation's admin to unlock it.`,
  ),
  ADDRESS_LOCKED: reason(
    ErrorCode.TOO_MANY_REQUESTS,
    ["retryAfterSeconds"],
    "too many failed sign-ins from the client's address",
    (p) => `Too many failed sign-ins from your address: try again in ${p.retryAfterSeconds} seconds.`,
  ),

  // GRAPHQL_VALIDATION_FAILED: limits checked before any resolver runs (SECURITY.md, "Limits on every request")
  QUERY_TOO_DEEP: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    ["maxDepth"],
    "selections nested deeper than the limit (fragments followed)",
    (p) => `The query is nested deeper than ${p.maxDepth} levels.`,
  ),
  TOO_MANY_ALIASES: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    ["maxAliases"],
    "more aliased fields than the limit",
    (p) => `The query uses more than ${p.maxAliases} aliases.`,
  ),
  TOO_MANY_DIRECTIVES: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    ["maxDirectives"],
    "more directives in one document than the limit",
    (p) => `The query uses more than ${p.maxDirectives} directives.`,
  ),
  QUERY_TOO_COSTLY: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    ["cost", "maxCost"],
    "the request's estimated cost is over the budget per request",
    (p) => `The request would cost ${p.cost} and the budget per request is ${p.maxCost}: ask for fewer fields or smaller pages.`,
  ),
  QUERY_HOLDS_NUL: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    [],
    "a NUL character written in the document (PostgreSQL cannot store it; no field has a use for it)",
    () => "Text must not contain the NUL character.",
  ),
  QUERY_LIST_TOO_LONG: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    ["maxItems"],
    "a list written in the document holds more items than the limit",
    (p) => `A list in the query may hold at most ${p.maxItems} items.`,
  ),
  OPERATION_TYPE_MISSING: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    ["operation"],
    "an operation type the API does not have",
    (p) => `This API has no ${p.operation} operations.`,
  ),
  INVALID_QUERY: reason(
    ErrorCode.GRAPHQL_VALIDATION_FAILED,
    [],
    "a document that does not match the schema (unknown field, wrong argument …)",
    () => "The query does not match the schema.",
  ),

  // GRAPHQL_PARSE_FAILED
  QUERY_SYNTAX: reason(
    ErrorCode.GRAPHQL_PARSE_FAILED,
    [],
    "a document that is not GraphQL, or has more tokens than the limit",
    () => "The query is not valid GraphQL.",
  ),

  // BAD_REQUEST: refused at the HTTP layer
  BODY_TOO_LARGE: reason(
    ErrorCode.BAD_REQUEST,
    ["maxBytes"],
    "a request body over the limit",
    (p) => `The request body is larger than ${p.maxBytes} bytes.`,
  ),
  BODY_NOT_JSON: reason(ErrorCode.BAD_REQUEST, [], "a body that is not UTF-8 JSON", () => "The request body is not valid UTF-8 JSON."),
  BATCH_TOO_LARGE: reason(
    ErrorCode.BAD_REQUEST,
    ["maxBatch"],
    "a batch with more operations than the limit (1 when batching is off)",
    (p) => `A batch may hold at most ${p.maxBatch} operations.`,
  ),
  METHOD_NOT_ALLOWED: reason(ErrorCode.BAD_REQUEST, [], "an HTTP method other than GET or POST on /graphql", () => "Use GET or POST."),
  ORIGIN_NOT_ALLOWED: reason(
    ErrorCode.BAD_REQUEST,
    [],
    "a cross-origin preflight from an origin not in CORS_ORIGINS",
    () => "This origin may not call the API.",
  ),
  BAD_REQUEST: reason(
    ErrorCode.BAD_REQUEST,
    [],
    "an HTTP request GraphQL over HTTP does not accept (missing query, wrong content type …)",
    () => "The request is not a GraphQL request.",
  ),
  // Notifications (issue 12): saved searches.
  TOO_MANY_SAVED_SEARCHES: reason(
    ErrorCode.CONFLICT,
    ["max"],
    "a user who already has the most saved searches saves another",
    (p) => `You can keep at most ${p.max} saved searches; delete one first.`,
  ),
  // Live updates (issue 12): the WebSocket on /graphql.
  SOCKET_SUBSCRIPTIONS_ONLY: reason(
    ErrorCode.BAD_REQUEST,
    [],
    "a query or mutation sent over the WebSocket, which carries subscriptions only",
    () => "The WebSocket carries subscriptions only; send queries and mutations with POST /graphql.",
  ),
  SOCKET_TOO_MANY_SUBSCRIPTIONS: reason(
    ErrorCode.TOO_MANY_REQUESTS,
    ["maxSubscriptions"],
    "a subscription over the limit of open subscriptions on one WebSocket (LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET)",
    (p) => `This WebSocket already has ${p.maxSubscriptions} open subscriptions: complete one first.`,
  ),
  // A close reason, not an error object: a WebSocket close frame carries only its code and this name.
  SOCKET_TOO_MANY_SOCKETS: reason(
    ErrorCode.TOO_MANY_REQUESTS,
    [],
    "a WebSocket over the limit of one user's open sockets in a server process (LIVE_MAX_SOCKETS_PER_USER): closed with 4013 and this name as the close reason",
    () => "You already have as many open WebSockets on this server as one user may: close one, or try again later.",
  ),

  RESPONSE_TOO_LARGE: reason(
    ErrorCode.BAD_REQUEST,
    ["maxBytes"],
    "an answer over the size limit: refused whole, never cut short",
    (p) => `The answer would be larger than ${p.maxBytes} bytes: ask for fewer fields or smaller pages.`,
  ),

  // SERVICE_UNAVAILABLE
  SHUTTING_DOWN: reason(
    ErrorCode.SERVICE_UNAVAILABLE,
    ["retryAfterSeconds"],
    "a request sent on an open connection while the server drains for a restart; nothing was done",
    (p) => `The server is restarting; try again in ${p.retryAfterSeconds} seconds.`,
  ),
  REQUEST_TIMEOUT: reason(
    ErrorCode.SERVICE_UNAVAILABLE,
    ["timeoutMs"],
    "a query still running after the time limit (mutations are let finish)",
    (p) => `The request took longer than ${p.timeoutMs} ms and was stopped; try again with a smaller query.`,
  ),

  // Issue 11: periods, renewals, consent, fit and the waiting list
  END_IN_PAST: reason(
    ErrorCode.BAD_USER_INPUT,
    ["today"],
    "a placement posted or changed with an end date before today",
    (p) => `The end date must not be before today (${p.today}).`,
  ),
  END_DATE_REQUIRED: reason(
    ErrorCode.BAD_USER_INPUT,
    ["kind", "defaultWeeks"],
    "a standing (no end date) placement of a kind that always ends, e.g. arbetsprövning or feriejobb (placementKindRules)",
    (p) => `A ${p.kind} placement needs an end date${p.defaultWeeks ? ` (usually ${p.defaultWeeks} weeks)` : ""}.`,
  ),
  OUTSIDE_SEASON: reason(
    ErrorCode.BAD_USER_INPUT,
    ["kind", "months"],
    "a period outside the months its kind runs in, e.g. a feriejobb outside June–August (placementKindRules)",
    (p) => `A ${p.kind} placement must lie within months ${list(p.months)} of one year.`,
  ),
  OUTSIDE_PLACEMENT_PERIOD: reason(
    ErrorCode.BAD_USER_INPUT,
    ["placementStart", "placementEnd"],
    "a requested (or renewed) period that starts before the placement or ends after it",
    (p) => `The placement runs from ${p.placementStart}${p.placementEnd ? ` to ${p.placementEnd}` : ""}; the period must lie within it.`,
  ),
  PLACEMENT_ENDED: reason(
    ErrorCode.CONFLICT,
    ["placementEnd"],
    "a claim or a place in the queue on a placement whose end date has passed",
    (p) => `The placement ended on ${p.placementEnd} and takes no claims.`,
  ),
  RENEWAL_NOT_ALLOWED: reason(
    ErrorCode.BAD_USER_INPUT,
    ["kind"],
    "renewClaim on a kind that is not renewed (placementKindRules: no renewalStepMonths)",
    (p) => `${p.kind} placements are not renewed.`,
  ),
  RENEWAL_NEEDS_END: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "renewClaim on a claim with no end (neither a requested end nor a placement end)",
    () => "The claim has no end date to extend.",
  ),
  RENEWAL_NOT_LATER: reason(
    ErrorCode.BAD_USER_INPUT,
    ["currentEnd"],
    "renewClaim with `until` on or before the claim's current end",
    (p) => `The claim already runs to ${p.currentEnd}; choose a later day.`,
  ),
  RENEWAL_STEP_TOO_LONG: reason(
    ErrorCode.BAD_USER_INPUT,
    ["stepMonths", "latest"],
    "renewClaim further than one renewal step past the current end",
    (p) => `One renewal extends a claim by at most ${p.stepMonths} months, here to ${p.latest}.`,
  ),
  RENEWAL_CAP_REACHED: reason(
    ErrorCode.BAD_USER_INPUT,
    ["capMonths", "capEnd"],
    "renewClaim past the kind's total cap (trainee jobs: 18 months internal, 12 external)",
    (p) => `The cap is ${p.capMonths} months in total: the claim cannot run past ${p.capEnd}.`,
  ),
  CLAIM_NOT_RENEWABLE: reason(
    ErrorCode.CONFLICT,
    ["status"],
    "renewClaim on a claim that is not CONFIRMED or ACTIVE",
    (p) => `The claim is ${p.status}; only confirmed or active claims are renewed.`,
  ),
  CONSENT_IN_PAST: reason(
    ErrorCode.BAD_USER_INPUT,
    ["today"],
    "a consent whose validUntil lies before today",
    (p) => `validUntil must not be before today (${p.today}).`,
  ),
  GUARDIAN_CONSENT_REQUIRED: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "a consent for a participant marked as a minor without guardianAgreed",
    () => "The participant is a minor: record that a guardian agreed too.",
  ),
  CONSENT_ALREADY_REVOKED: reason(
    ErrorCode.CONFLICT,
    [],
    "revokeConsent on a consent already revoked",
    () => "The consent is already revoked.",
  ),
  REQUIREMENTS_NOT_MET: reason(
    ErrorCode.BAD_USER_INPUT,
    ["missing"],
    "a claim for a participant who lacks what the placement requires (Swedish level, licences) without an overrideReason",
    (p) => `The participant lacks ${list(p.missing)}: give an overrideReason to claim anyway.`,
  ),
  PARTICIPANT_REQUIRED_FOR_SORT: reason(
    ErrorCode.BAD_USER_INPUT,
    [],
    "sort BEST_FIT without forParticipantId (or filter.fitsParticipantId)",
    () => "BEST_FIT ranks placements for a participant: give forParticipantId.",
  ),
  PLACEMENT_HAS_FREE_SEATS: reason(
    ErrorCode.CONFLICT,
    ["freeSeats"],
    "joinWaitingList on a placement with enough free seats: claim one instead",
    (p) => `The placement has ${p.freeSeats} free seats: claim instead of queueing.`,
  ),
  ALREADY_IN_QUEUE: reason(
    ErrorCode.CONFLICT,
    [],
    "joinWaitingList for a participant (or, without one, by an organisation) already waiting for the placement",
    () => "Already waiting in line for this placement.",
  ),
  WAITING_LIST_ENTRY_CLOSED: reason(
    ErrorCode.CONFLICT,
    ["status"],
    "leaveWaitingList on an entry that is no longer WAITING",
    (p) => `The entry is ${p.status}; only waiting entries can be left.`,
  ),

  // INTERNAL_SERVER_ERROR
  INTERNAL: reason(
    ErrorCode.INTERNAL_SERVER_ERROR,
    [],
    "anything unexpected; details are logged, never sent",
    () => "Something went wrong on the server; it has been logged.",
  ),
} satisfies Record<string, ReasonDefinition<string>>;

export type Reason = keyof typeof catalogue;
export type ParamsOf<R extends Reason> = (typeof catalogue)[R] extends ReasonDefinition<infer P> ? Record<P, ParamValue> : never;

export interface RefusalOptions {
  /** The input path the client sent, e.g. "input.capacity"; required for BAD_USER_INPUT. */
  field?: string;
  /** HTTP status and headers for Apollo (consumed by Apollo, never sent as an extension). */
  http?: { status?: number; headers?: Map<string, string> };
}

/** A refusal from the catalogue: the only kind of error whose text and extensions reach clients. */
export class AppError extends GraphQLError {
  readonly reason: Reason;

  constructor(reasonName: Reason, params: Record<string, ParamValue>, options: RefusalOptions = {}) {
    const definition = catalogue[reasonName] as ReasonDefinition<string>;
    super(definition.message(params), {
      extensions: {
        code: definition.code,
        reason: reasonName,
        params,
        ...(options.field ? { field: options.field } : {}),
        ...(options.http ? { http: options.http } : {}),
      },
    });
    this.reason = reasonName;
  }
}

/** A refusal as it is sent, for answers that never pass through GraphQL execution (HTTP-level refusals). */
export function formattedRefusal<R extends Reason>(reasonName: R, params: ParamsOf<R>): GraphQLFormattedError {
  const definition = catalogue[reasonName] as ReasonDefinition<string>;
  return {
    message: definition.message(params as Record<string, ParamValue>),
    extensions: { code: definition.code, reason: reasonName, params },
  };
}

/** `throw refusal("PERIOD_TOO_LONG", { kind, maxMonths }, { field: "input.endDate" })`. */
export function refusal<R extends Reason>(reasonName: R, params: ParamsOf<R>, options: RefusalOptions = {}): AppError {
  return new AppError(reasonName, params as Record<string, ParamValue>, options);
}

/** A BAD_USER_INPUT refusal naming the field. */
export function badInput<R extends Reason>(field: string, reasonName: R, params: ParamsOf<R>): AppError {
  return new AppError(reasonName, params as Record<string, ParamValue>, { field });
}

export const unauthenticated = () => refusal("NOT_SIGNED_IN", {});
export const notFound = (record: string, field?: string) => refusal("RECORD_NOT_FOUND", { record }, { field });

/**
 * True for a unique-key violation from either store. A check-then-insert can still lose a race
 * on PostgreSQL (two requests, two connections); the index decides, and the loser gets this.
 */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } })?.driverError;
  return driverError?.code === "23505" || driverError?.code === "SQLITE_CONSTRAINT_UNIQUE";
}
