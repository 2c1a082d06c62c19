import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Viewer } from "../../../server/common/viewer.js";
import { Organisation } from "../../../server/modules/organisation/organisation.entity.js";
import { Participant } from "../../../server/modules/participant/participant.entity.js";
import { newId } from "../../../server/common/columns.js";
import { LOGIN_ATTEMPT } from "../../../server/modules/auth/login-throttle.js";
import { Role, User } from "../../../server/modules/user/user.entity.js";
import { Workplace } from "../../../server/modules/workplace/workplace.entity.js";
import type { Services } from "../../../server/services.js";

/**
 * The authorisation rules of the API as one table: every operation, every role, the signed-in
 * user's own organisation's data and another organisation's. The test runs each cell against the
 * real server; SECURITY.md shows the same table, rendered by renderMatrix().
 */

export const ROLES = ["ANONYMOUS", "VIEWER", "COORDINATOR", "ADMIN"] as const;
export type MatrixRole = (typeof ROLES)[number];
export type Side = "own" | "other" | "any";

const rank: Record<MatrixRole, number> = { ANONYMOUS: 0, VIEWER: 1, COORDINATOR: 2, ADMIN: 3 };

/** Organisations of the fixtures: the signed-in user is always in `own`. */
export const ORGS = { own: "koping", other: "arboga", third: "kungsor" } as const;

export interface Fixtures {
  org: Record<keyof typeof ORGS, string>;
  workplace: Record<keyof typeof ORGS, string>;
  placement(
    org: keyof typeof ORGS,
    options?: { status?: "OPEN" | "DRAFT" | "PAUSED"; selectedFor?: (keyof typeof ORGS)[] },
  ): Promise<string>;
  claim(
    claimant: keyof typeof ORGS,
    owner: keyof typeof ORGS,
    options?: { status?: "HELD" | "CONFIRMED" | "ACTIVE"; participant?: boolean; consentFor?: keyof typeof ORGS; period?: boolean },
  ): Promise<{ id: string; participantId: string | null; placementId: string }>;
  /** A consent of a fresh participant of the organisation, covering the third organisation. */
  consent(org: keyof typeof ORGS): Promise<string>;
  /** A placement of `org` with every seat taken (by the third organisation), optionally shown only to `selectedFor`. */
  fullPlacement(org: keyof typeof ORGS, selectedFor?: (keyof typeof ORGS)[]): Promise<string>;
  /** A place in line of `org` on a full placement of the `other` organisation. */
  waitingEntry(org: keyof typeof ORGS): Promise<string>;
  participant(org: keyof typeof ORGS): Promise<string>;
  /** A claim with a participant over a period around today (started 30 days ago), ACTIVE or COMPLETED. */
  claimInUse(claimant: keyof typeof ORGS, owner: keyof typeof ORGS, status: "ACTIVE" | "COMPLETED"): Promise<string>;
  /** An absence recorded yesterday on a fresh active claim of the organisation. */
  absence(claimant: keyof typeof ORGS): Promise<string>;
  /** A supervisor at the organisation's fixture workplace. */
  supervisor(org: keyof typeof ORGS): Promise<string>;
  /** A workplace of its own for one cell (archiving the shared one would stop other cells' placements). */
  newWorkplace(org: keyof typeof ORGS): Promise<string>;
  /** A participant with nothing happening for them for years: due for review under any policy. */
  dueParticipant(org: keyof typeof ORGS): Promise<string>;
  user(org: keyof typeof ORGS): Promise<{ id: string; email: string }>;
  lockedUser(org: keyof typeof ORGS): Promise<{ id: string; email: string }>;
  /** A one-time set-password token for a fresh user of the organisation. */
  passwordResetToken(org: keyof typeof ORGS): Promise<string>;
  /** Feedback the author organisation's coordinator left on a fresh placement of the owner (shown to `selectedFor` only, if given). */
  feedback(
    author: keyof typeof ORGS,
    owner: keyof typeof ORGS,
    options?: { kind?: "WARNING" | "RECOMMENDATION"; selectedFor?: (keyof typeof ORGS)[] },
  ): Promise<{ id: string; placementId: string }>;
  /** A template the pool started with. */
  checklistTemplate(): Promise<string>;
  /** A checklist attached to a fresh placement of the organisation. */
  placementChecklist(
    org: keyof typeof ORGS,
    options?: { selectedFor?: (keyof typeof ORGS)[] },
  ): Promise<{ id: string; placementId: string }>;
  /** An active claim with a participant on a placement with a checklist; with `started`, a validation on it too. */
  validation(
    claimant: keyof typeof ORGS,
    owner: keyof typeof ORGS,
    options?: { started?: boolean },
  ): Promise<{ claimId: string; checklistId: string; itemId: string; participantId: string; validationId: string | null }>;
  /** A saved search (bevakning) of the organisation's coordinator. */
  savedSearch(org: keyof typeof ORGS): Promise<string>;
}

export interface Row {
  /** Operation, and what is special about the data when there are several rows for one operation. */
  operation: string;
  /** Plain words: what "own" and "other" mean for this row. */
  note: string;
  document: string;
  /** The least role the operation needs. */
  minRole: MatrixRole;
  /** Whether a user of sufficient role may, per side; a missing side does not apply. */
  sides: Partial<Record<Side, boolean>>;
  /** The variables for one cell, built fresh so allowed mutations never see each other's effects. */
  setup?(side: Side, fx: Fixtures): Promise<{ variables: Record<string, unknown>; target?: unknown }>;
  /** Whether the answer shows the target (default: the operation's field is not null). */
  shows?(data: any, target: any): boolean;
  /** Sign in afresh for this cell (logout revokes the token). */
  freshToken?: boolean;
}

export const expected = (row: Row, role: MatrixRole, side: Side): boolean => rank[role] >= rank[row.minRole] && row.sides[side] === true;

const field = (document: string) => /\{\s*(\w+)/.exec(document.replace(/^\s*(query|mutation)[^{]*/, ""))![1];
export const operationField = field;

const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((item) => item.id);
const unique = () => randomBytes(4).toString("hex");

export const rows: Row[] = [
  // ── Sign-in ─────────────────────────────────────────────────────────────────────────────
  {
    operation: "login",
    note: "anyone may try to sign in",
    document: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    minRole: "ANONYMOUS",
    sides: { any: true },
    setup: async () => ({ variables: { email: `viewer@${ORGS.own}.demo`, password: "praktikpool" } }),
  },
  {
    operation: "logout",
    note: "revokes the token the request carries",
    document: `mutation { logout }`,
    minRole: "VIEWER",
    sides: { any: true },
    freshToken: true,
    shows: (data) => data?.logout === true,
  },
  {
    operation: "me",
    note: "the signed-in user",
    document: `{ me { id email } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  // ── Reference data and the shared pool ──────────────────────────────────────────────────
  { operation: "organisations", note: "all partners", document: `{ organisations { id } }`, minRole: "VIEWER", sides: { any: true } },
  { operation: "municipalities", note: "reference data", document: `{ municipalities { code } }`, minRole: "VIEWER", sides: { any: true } },
  {
    operation: "occupationFields",
    note: "reference data",
    document: `{ occupationFields { id } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "referenceSource",
    note: "reference data",
    document: `{ referenceSource { version } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "placementKindRules",
    note: "reference data",
    document: `{ placementKindRules { kind } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "inputLimits",
    note: "reference data",
    document: `{ inputLimits { capacityMax } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "workplaces",
    note: "own: our workplace is listed; other: another organisation's is not (a placement uses its own organisation's workplaces)",
    document: `{ workplaces { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: {}, target: fx.workplace[side === "own" ? "own" : "other"] }),
    shows: (data, target) => ids(data?.workplaces).includes(target),
  },
  {
    operation: "supervisorRegister",
    note: "the register lists every organisation's supervisors",
    document: `{ supervisorRegister { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: true },
    setup: async (side, fx) => ({ variables: {}, target: await fx.supervisor(side === "own" ? "own" : "other") }),
    shows: (data, target) => ids(data?.supervisorRegister).includes(target),
  },
  {
    operation: "supervisorTrainingValidYears",
    note: "a setting of the pool",
    document: `{ supervisorTrainingValidYears }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "workplace",
    note: "any workplace of the pool, seen through its placements and the supervisor register",
    document: `query($id: ID!) { workplace(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: true },
    setup: async (side, fx) => ({ variables: { id: fx.workplace[side === "own" ? "own" : "other"] } }),
  },
  {
    operation: "board",
    note: "a placement shared with all partners",
    document: `{ board(first: 100, filter: { statuses: [OPEN, DRAFT] }) { edges { node { id } } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: true },
    setup: async (side, fx) => ({ variables: {}, target: await fx.placement(side === "own" ? "own" : "other") }),
    shows: (data, target) => (data?.board?.edges ?? []).some((edge: any) => edge.node.id === target),
  },
  {
    operation: "board",
    note: "a placement shared only with a third organisation (SELECTED)",
    document: `{ board(first: 100) { edges { node { id } } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {},
      target: await fx.placement(side === "own" ? "own" : "other", { selectedFor: ["third"] }),
    }),
    shows: (data, target) => (data?.board?.edges ?? []).some((edge: any) => edge.node.id === target),
  },
  {
    operation: "board",
    note: "a DRAFT placement",
    document: `{ board(first: 100, filter: { statuses: [DRAFT] }) { edges { node { id } } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: {}, target: await fx.placement(side === "own" ? "own" : "other", { status: "DRAFT" }) }),
    shows: (data, target) => (data?.board?.edges ?? []).some((edge: any) => edge.node.id === target),
  },
  {
    operation: "placement",
    note: "a placement shared with all partners",
    document: `query($id: ID!) { placement(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: true },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "placement",
    note: "a placement shared only with a third organisation (SELECTED)",
    document: `query($id: ID!) { placement(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other", { selectedFor: ["third"] }) } }),
  },
  {
    operation: "placement",
    note: "a DRAFT placement",
    document: `query($id: ID!) { placement(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other", { status: "DRAFT" }) } }),
  },
  // ── Claims and participants (read) ─────────────────────────────────────────────────────
  {
    operation: "claim",
    note: "own: a claim we made; other: a third organisation's claim on another's placement",
    document: `query($id: ID!) { claim(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await (side === "own" ? fx.claim("own", "other") : fx.claim("third", "other"))).id } }),
  },
  {
    operation: "claim",
    note: "a claim on our own placement, made by another organisation",
    document: `query($id: ID!) { claim(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { other: true },
    setup: async (_side, fx) => ({ variables: { id: (await fx.claim("other", "own")).id } }),
  },
  {
    operation: "myClaims",
    note: "own: our claim is listed; other: another organisation's claim is not",
    document: `{ myClaims { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {},
      target: (await (side === "own" ? fx.claim("own", "third") : fx.claim("other", "third"))).id,
    }),
    shows: (data, target) => ids(data?.myClaims).includes(target),
  },
  {
    operation: "claimsAwaitingDecision",
    note: "own: a hold on our placement is listed; other: a hold on another's placement is not",
    document: `{ claimsAwaitingDecision { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {},
      target: (await (side === "own" ? fx.claim("third", "own") : fx.claim("third", "other"))).id,
    }),
    shows: (data, target) => ids(data?.claimsAwaitingDecision).includes(target),
  },
  {
    operation: "participants",
    note: "own: our participant is listed; other: another organisation's is not",
    document: `{ participants { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: {}, target: await fx.participant(side === "own" ? "own" : "other") }),
    shows: (data, target) => ids(data?.participants).includes(target),
  },
  {
    operation: "participant",
    note: "own: our participant; other: another organisation's (null)",
    document: `query($id: ID!) { participant(id: $id) { id code } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.participant(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "participantsDueForReview",
    note: "own: our long-inactive participant is listed; other: another organisation's is not",
    document: `{ participantsDueForReview { participant { id } lastActivityAt } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: {}, target: await fx.dueParticipant(side === "own" ? "own" : "other") }),
    shows: (data, target) => (data?.participantsDueForReview ?? []).some((due: any) => due.participant.id === target),
  },
  {
    operation: "participantPolicy",
    note: "the user's own organisation's retention policy",
    document: `{ participantPolicy { inactiveMonths retentionErases keepClaimDetails } }`,
    minRole: "VIEWER",
    sides: { own: true },
  },
  {
    operation: "Claim.participant",
    note: "own: on our claim; other: on another organisation's claim on our placement (null)",
    document: `query($id: ID!) { claim(id: $id) { id participant { id } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const claim = await (side === "own"
        ? fx.claim("own", "other", { participant: true })
        : fx.claim("other", "own", { participant: true }));
      return { variables: { id: claim.id }, target: claim.participantId };
    },
    shows: (data, target) => data?.claim?.participant?.id === target,
  },
  {
    operation: "Claim.claimedBy",
    note: "a Contact (name, shared e-mail and phone, organisation) on our claim / on another organisation's claim on our placement",
    document: `query($id: ID!) { claim(id: $id) { id claimedBy { name email phone organisation { id } } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: true },
    setup: async (side, fx) => {
      const claim = await (side === "own" ? fx.claim("own", "other") : fx.claim("other", "own"));
      return { variables: { id: claim.id }, target: fx.org[side === "own" ? "own" : "other"] };
    },
    shows: (data, target) => data?.claim?.claimedBy?.organisation?.id === target && typeof data.claim.claimedBy.name === "string",
  },
  {
    operation: "Placement.ourClaims",
    note: "own: our claim on another's placement is listed; other: another organisation's claim on our placement is not",
    document: `query($id: ID!) { placement(id: $id) { ourClaims { id } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const claim = await (side === "own" ? fx.claim("own", "other") : fx.claim("other", "own"));
      return { variables: { id: claim.placementId }, target: claim.id };
    },
    shows: (data, target) => ids(data?.placement?.ourClaims).includes(target),
  },
  {
    operation: "Placement.claims",
    note: "own: another organisation's claim on our placement is listed; other: a third organisation's claim on another's placement is not",
    document: `query($id: ID!) { placement(id: $id) { claims { id } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const claim = await (side === "own" ? fx.claim("third", "own") : fx.claim("third", "other"));
      return { variables: { id: claim.placementId }, target: claim.id };
    },
    shows: (data, target) => ids(data?.placement?.claims).includes(target),
  },
  {
    operation: "claimsOnOurPlacements",
    note: "own: a confirmed claim on our placement is listed; other: one on another's placement is not",
    document: `{ claimsOnOurPlacements { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {},
      target: (
        await (side === "own" ? fx.claim("third", "own", { status: "CONFIRMED" }) : fx.claim("third", "other", { status: "CONFIRMED" }))
      ).id,
    }),
    shows: (data, target) => ids(data?.claimsOnOurPlacements).includes(target),
  },
  // ── Administration (read) ───────────────────────────────────────────────────────────────
  {
    operation: "users",
    note: "own: our user is listed; other: another organisation's is not",
    document: `{ users { id } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: {}, target: (await fx.user(side === "own" ? "own" : "other")).id }),
    shows: (data, target) => ids(data?.users).includes(target),
  },
  {
    operation: "auditLog",
    note: "own: our entry is listed; other: another organisation's is not",
    document: `{ auditLog(first: 1000) { id entityId } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    // Registering a participant writes one audit entry naming it.
    setup: async (side, fx) => ({ variables: {}, target: await fx.participant(side === "own" ? "own" : "other") }),
    shows: (data, target) => (data?.auditLog ?? []).some((entry: any) => entry.entityId === target),
  },
  {
    operation: "auditActions",
    note: "the actions of the admin's own organisation's log",
    document: `{ auditActions }`,
    minRole: "ADMIN",
    sides: { any: true },
  },
  // ── Notifications: each user's own inbox ───────────────────────────────────────────────
  {
    operation: "myNotifications",
    note: "the signed-in user's own notifications only (recipients are chosen when recorded)",
    document: `{ myNotifications { id event } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "unreadNotificationCount",
    note: "the signed-in user's own count",
    document: `{ unreadNotificationCount }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "markNotificationsRead",
    note: "changes only the signed-in user's own notifications, whatever ids are sent",
    document: `mutation { markNotificationsRead }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  // ── Saved searches and e-mail choices (issue 12) ─────────────────────────────────────────
  {
    operation: "savedSearches",
    note: "the signed-in user's own saved searches",
    document: `{ savedSearches { id } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "saveSearch",
    note: "saves the board's filters for the signed-in user",
    document: `mutation { saveSearch(input: { name: "Matrisens bevakning", filter: { kinds: [INTERNSHIP] } }) { id } }`,
    minRole: "COORDINATOR",
    sides: { any: true },
  },
  {
    operation: "deleteSavedSearch",
    note: "a saved search of our organisation / of another organisation",
    document: `mutation($id: ID!) { deleteSavedSearch(id: $id) }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.savedSearch(side === "own" ? "own" : "other") } }),
    shows: (data) => data?.deleteSavedSearch === true,
  },
  {
    operation: "placementsMatching",
    note: "our placement / another organisation's draft, which we may not see",
    document: `query($ids: [ID!]!) { placementsMatching(filter: { statuses: [OPEN, DRAFT] }, ids: $ids) }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const id = await fx.placement(side === "own" ? "own" : "other", { status: "DRAFT" });
      return { variables: { ids: [id] }, target: id };
    },
    shows: (data, target) => (data?.placementsMatching ?? []).includes(target),
  },
  {
    operation: "notificationPreferences",
    note: "the signed-in user's own e-mail choices",
    document: `{ notificationPreferences { event delivery } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "setNotificationPreference",
    note: "changes only the signed-in user's own choice",
    document: `mutation { setNotificationPreference(input: { event: SAVED_SEARCH_MATCH, delivery: DAILY_DIGEST }) { event } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "loginLocks",
    note: "own: our locked user is listed; other: another organisation's is not",
    document: `{ loginLocks { user { id } } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: {}, target: (await fx.lockedUser(side === "own" ? "own" : "other")).id }),
    shows: (data, target) => (data?.loginLocks ?? []).some((lock: any) => lock.user.id === target),
  },
  // ── Workplaces and placements (write) ──────────────────────────────────────────────────
  {
    operation: "createWorkplace",
    note: "always registered for the user's own organisation",
    document: `mutation($input: CreateWorkplaceInput!) { createWorkplace(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true },
    setup: async () => ({ variables: { input: { name: `Matrisverkstad ${unique()}`, sector: "PUBLIC", municipalityCode: "1983" } } }),
  },
  {
    operation: "addSupervisor",
    note: "to a workplace registered by us / by another organisation",
    document: `mutation($input: AddSupervisorInput!) { addSupervisor(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: { input: { workplaceId: fx.workplace[side === "own" ? "own" : "other"], name: "Handledare Matris" } },
    }),
  },
  {
    operation: "updateWorkplace",
    note: "a workplace registered by us / by another organisation",
    document: `mutation($id: ID!) { updateWorkplace(id: $id, input: { address: "Matrisgatan 1" }) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.newWorkplace(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "archiveWorkplace",
    note: "a workplace registered by us / by another organisation",
    document: `mutation($id: ID!) { archiveWorkplace(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.newWorkplace(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "restoreWorkplace",
    note: "a workplace registered by us / by another organisation",
    document: `mutation($id: ID!) { restoreWorkplace(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.newWorkplace(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "updateSupervisor",
    note: "a supervisor at our workplace / at another organisation's",
    document: `mutation($id: ID!) { updateSupervisor(id: $id, input: { phone: "0221-123 45" }) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.supervisor(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "recordSupervisorTraining",
    note: "a supervisor at our workplace / at another organisation's",
    document: `mutation($id: ID!) { recordSupervisorTraining(input: { supervisorId: $id, trainedOn: "2026-01-15", course: "Handledarutbildning" }) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.supervisor(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "updateOrganisationSettings",
    note: "always the admin's own organisation",
    document: `mutation { updateOrganisationSettings(input: { requireTrainedSupervisor: false }) { id } }`,
    minRole: "ADMIN",
    sides: { any: true },
  },
  {
    operation: "postPlacement",
    note: "at a workplace registered by us / by another organisation (refused: WORKPLACE_OF_OTHER_ORGANISATION)",
    document: `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        input: {
          title: "Matrisplats",
          kind: "INTERNSHIP",
          workplaceId: fx.workplace[side === "own" ? "own" : "other"],
          capacity: 2,
          startDate: "2027-03-01",
        },
      },
    }),
  },
  {
    operation: "updatePlacement",
    note: "our placement / another organisation's",
    document: `mutation($id: ID!) { updatePlacement(id: $id, input: { title: "Ändrad titel" }) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "pausePlacement",
    note: "our placement / another organisation's",
    document: `mutation($id: ID!) { pausePlacement(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "reopenPlacement",
    note: "our paused placement / another organisation's",
    document: `mutation($id: ID!) { reopenPlacement(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other", { status: "PAUSED" }) } }),
  },
  {
    operation: "closePlacement",
    note: "our placement / another organisation's",
    document: `mutation($id: ID!) { closePlacement(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other") } }),
  },
  // ── Claims (write) ──────────────────────────────────────────────────────────────────────
  {
    operation: "claimSeat",
    note: "on our placement / on another organisation's shared placement",
    document: `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: true },
    setup: async (side, fx) => ({ variables: { input: { placementId: await fx.placement(side === "own" ? "own" : "other") } } }),
  },
  {
    operation: "claimSeat",
    note: "on a placement shared only with a third organisation (SELECTED)",
    document: `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { other: false },
    setup: async (_side, fx) => ({ variables: { input: { placementId: await fx.placement("other", { selectedFor: ["third"] }) } } }),
  },
  {
    operation: "claimSeat",
    note: "for our participant / for another organisation's participant",
    document: `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        input: { placementId: await fx.placement("other"), participantId: await fx.participant(side === "own" ? "own" : "other") },
      },
    }),
  },
  {
    operation: "confirmClaim",
    note: "own: a hold on our placement; other: a hold on another organisation's placement",
    document: `mutation($id: ID!) { confirmClaim(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await (side === "own" ? fx.claim("third", "own") : fx.claim("third", "other"))).id } }),
  },
  {
    operation: "confirmClaim",
    note: "our own hold on another organisation's placement (only the owner decides)",
    document: `mutation($id: ID!) { confirmClaim(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: false },
    setup: async (_side, fx) => ({ variables: { id: (await fx.claim("own", "other")).id } }),
  },
  {
    operation: "declineClaim",
    note: "own: a hold on our placement; other: a hold on another organisation's placement",
    document: `mutation($id: ID!) { declineClaim(id: $id, reason: "Matris") { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await (side === "own" ? fx.claim("third", "own") : fx.claim("third", "other"))).id } }),
  },
  {
    operation: "releaseClaim",
    note: "own: our hold; other: another organisation's hold",
    document: `mutation($id: ID!) { releaseClaim(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await (side === "own" ? fx.claim("own", "other") : fx.claim("third", "other"))).id } }),
  },
  {
    operation: "releaseClaim",
    note: "another organisation's hold on our placement (only the claimant releases)",
    document: `mutation($id: ID!) { releaseClaim(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { other: false },
    setup: async (_side, fx) => ({ variables: { id: (await fx.claim("other", "own")).id } }),
  },
  {
    operation: "startClaim",
    note: "own: our confirmed claim; other: a confirmed claim between two other organisations",
    document: `mutation($id: ID!) { startClaim(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        id: (
          await (side === "own" ? fx.claim("own", "other", { status: "CONFIRMED" }) : fx.claim("third", "other", { status: "CONFIRMED" }))
        ).id,
      },
    }),
  },
  {
    operation: "completeClaim",
    note: "own: our active claim; other: an active claim between two other organisations",
    document: `mutation($id: ID!) { completeClaim(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        id: (await (side === "own" ? fx.claim("own", "other", { status: "ACTIVE" }) : fx.claim("third", "other", { status: "ACTIVE" }))).id,
      },
    }),
  },
  {
    operation: "endClaimEarly",
    note: "own: an active claim on our placement; other: an active claim between two other organisations",
    document: `mutation($id: ID!) { endClaimEarly(id: $id, reason: "Avbrott i matrisen") { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        id: (await (side === "own" ? fx.claim("other", "own", { status: "ACTIVE" }) : fx.claim("third", "other", { status: "ACTIVE" }))).id,
      },
    }),
  },
  // ── Recommendations and warnings (feedback) ─────────────────────────────────────────────
  {
    operation: "Placement.feedback",
    note: "own: feedback on our placement is listed; other: feedback on a placement shared only with a third organisation is not (viewers see none)",
    document: `query($id: ID!) { placement(id: $id) { feedback { id } } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const feedback = await (side === "own" ? fx.feedback("other", "own") : fx.feedback("third", "other", { selectedFor: ["third"] }));
      return { variables: { id: feedback.placementId }, target: feedback.id };
    },
    shows: (data, target) => ids(data?.placement?.feedback).includes(target),
  },
  {
    operation: "leavePlacementFeedback",
    note: "own: on our own placement (refused: FEEDBACK_ON_OWN_PLACEMENT); other: on another organisation's shared placement",
    document: `mutation($input: LeavePlacementFeedbackInput!) { leavePlacementFeedback(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: false, other: true },
    setup: async (side, fx) => ({
      variables: {
        input: { placementId: await fx.placement(side === "own" ? "own" : "other"), kind: "WARNING", text: "Matrisens varning" },
      },
    }),
  },
  {
    operation: "leavePlacementFeedback",
    note: "on a placement shared only with a third organisation (SELECTED)",
    document: `mutation($input: LeavePlacementFeedbackInput!) { leavePlacementFeedback(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { other: false },
    setup: async (_side, fx) => ({
      variables: {
        input: { placementId: await fx.placement("other", { selectedFor: ["third"] }), kind: "WARNING", text: "Matrisens varning" },
      },
    }),
  },
  {
    operation: "answerPlacementFeedback",
    note: "own: feedback on our placement; other: feedback between two other organisations",
    document: `mutation($input: AnswerPlacementFeedbackInput!) { answerPlacementFeedback(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const feedback = await (side === "own" ? fx.feedback("other", "own") : fx.feedback("third", "other"));
      return { variables: { input: { id: feedback.id, text: "Matrisens svar" } } };
    },
  },
  {
    operation: "resolvePlacementWarning",
    note: "own: a warning on our placement; other: a warning between two other organisations",
    document: `mutation($id: ID!) { resolvePlacementWarning(id: $id) { id } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: { id: (await (side === "own" ? fx.feedback("other", "own") : fx.feedback("third", "other"))).id },
    }),
  },
  {
    operation: "withdrawPlacementFeedback",
    note: "own: feedback our coordinator wrote; other: feedback another organisation wrote on our placement",
    document: `mutation($id: ID!) { withdrawPlacementFeedback(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: { id: (await (side === "own" ? fx.feedback("own", "other") : fx.feedback("other", "own"))).id },
    }),
  },
  // ── Validation checklists and skills summaries ──────────────────────────────────────────
  {
    operation: "checklistTemplates",
    note: "the pool's templates, shared by every organisation",
    document: `{ checklistTemplates { id } }`,
    minRole: "VIEWER",
    sides: { any: true },
    shows: (data) => (data?.checklistTemplates?.length ?? 0) > 0,
  },
  {
    operation: "checklistTemplate",
    note: "any template of the pool",
    document: `query($id: ID!) { checklistTemplate(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { any: true },
    setup: async (_side, fx) => ({ variables: { id: await fx.checklistTemplate() } }),
  },
  {
    operation: "createChecklistTemplate",
    note: "a template for the whole pool",
    document: `mutation { createChecklistTemplate(input: { kind: LANGUAGE, name: "Matrisens lista", items: [{ section: "A", text: "B" }] }) { id } }`,
    minRole: "COORDINATOR",
    sides: { any: true },
  },
  {
    operation: "reviseChecklistTemplate",
    note: "any template of the pool (a new version; nothing made from older ones changes)",
    document: `mutation($id: ID!) { reviseChecklistTemplate(input: { id: $id, items: [{ section: "A", text: "B" }] }) { id } }`,
    minRole: "COORDINATOR",
    sides: { any: true },
    setup: async (_side, fx) => ({ variables: { id: await fx.checklistTemplate() } }),
  },
  {
    operation: "attachChecklist",
    note: "to our placement / to another organisation's",
    document: `mutation($input: AttachChecklistInput!) { attachChecklist(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: { input: { placementId: await fx.placement(side === "own" ? "own" : "other"), templateId: await fx.checklistTemplate() } },
    }),
  },
  {
    operation: "tailorPlacementChecklist",
    note: "a checklist of our placement / of another organisation's",
    document: `mutation($id: ID!) { tailorPlacementChecklist(input: { checklistId: $id, add: [{ section: "Matris", text: "Ny punkt" }] }) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await fx.placementChecklist(side === "own" ? "own" : "other")).id } }),
  },
  {
    operation: "detachPlacementChecklist",
    note: "a checklist of our placement / of another organisation's",
    document: `mutation($id: ID!) { detachPlacementChecklist(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await fx.placementChecklist(side === "own" ? "own" : "other")).id } }),
  },
  {
    operation: "Placement.checklists",
    note: "own: on our placement; other: on a placement shared only with a third organisation",
    document: `query($id: ID!) { placement(id: $id) { checklists { id } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const checklist = await (side === "own" ? fx.placementChecklist("own") : fx.placementChecklist("other", { selectedFor: ["third"] }));
      return { variables: { id: checklist.placementId }, target: checklist.id };
    },
    shows: (data, target) => ids(data?.placement?.checklists).includes(target),
  },
  {
    operation: "startValidation",
    note: "own: our active claim; other: an active claim between two other organisations",
    document: `mutation($input: StartValidationInput!) { startValidation(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const setup = await (side === "own" ? fx.validation("own", "other") : fx.validation("third", "other"));
      return { variables: { input: { claimId: setup.claimId, checklistId: setup.checklistId } } };
    },
  },
  {
    operation: "recordValidation",
    note: "own: our participant's validation; other: one between two other organisations",
    document: `mutation($input: RecordValidationInput!) { recordValidation(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const setup = await (side === "own"
        ? fx.validation("own", "other", { started: true })
        : fx.validation("third", "other", { started: true }));
      return {
        variables: {
          input: {
            validationId: setup.validationId,
            observedOn: "2026-01-15",
            observer: "Matris",
            items: [{ itemId: setup.itemId, level: "WITH_SUPPORT" }],
          },
        },
      };
    },
  },
  {
    operation: "validation",
    note: "own: our participant's validation; other: another organisation's on our placement (only under consent, which is not recorded)",
    document: `query($id: ID!) { validation(id: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        id: (await (side === "own" ? fx.validation("own", "other", { started: true }) : fx.validation("other", "own", { started: true })))
          .validationId,
      },
    }),
  },
  // ── Follow-ups, outcomes, absences, statistics and calendars (issue 13) ────────────────────
  {
    operation: "followUpRules",
    note: "reference data",
    document: `{ followUpRules { kind followUps { stage } } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "followUpsDue",
    note: "own: our active claim's follow-ups are listed; other: another organisation's are not",
    document: `{ followUpsDue(withinDays: 90) { stage claim { id } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {},
      target: await (side === "own" ? fx.claimInUse("own", "other", "ACTIVE") : fx.claimInUse("other", "own", "ACTIVE")),
    }),
    shows: (data, target) => (data?.followUpsDue ?? []).some((item: any) => item.claim.id === target),
  },
  {
    operation: "recordFollowUp",
    note: "own: our active claim; other: another organisation's active claim on our placement",
    document: `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        input: {
          claimId: await (side === "own" ? fx.claimInUse("own", "other", "ACTIVE") : fx.claimInUse("other", "own", "ACTIVE")),
          stage: "START_2W",
          heldOn: new Date().toISOString().slice(0, 10),
          attendance: "PARTICIPANT_AND_SUPERVISOR",
        },
      },
    }),
  },
  {
    operation: "Claim.validations",
    note: "own: on our claim; other: on another organisation's claim on our placement (empty without consent)",
    document: `query($id: ID!) { claim(id: $id) { validations { id } } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => {
      const setup = await (side === "own"
        ? fx.validation("own", "other", { started: true })
        : fx.validation("other", "own", { started: true }));
      return { variables: { id: setup.claimId }, target: setup.validationId };
    },
    shows: (data, target) => ids(data?.claim?.validations).includes(target),
  },
  {
    operation: "participantSkillsSummary",
    note: "own: our participant; other: another organisation's participant",
    document: `query($id: ID!) { participantSkillsSummary(participantId: $id) { participantCode } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.participant(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "recordOutcome",
    note: "own: our completed claim; other: another organisation's completed claim on our placement",
    document: `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        input: {
          claimId: await (side === "own" ? fx.claimInUse("own", "other", "COMPLETED") : fx.claimInUse("other", "own", "COMPLETED")),
          stage: "AT_END",
          category: "NOT_REACHABLE",
        },
      },
    }),
  },
  {
    operation: "recordAbsence",
    note: "own: our active claim; other: another organisation's active claim on our placement",
    document: `mutation($input: RecordAbsenceInput!) { recordAbsence(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        input: {
          claimId: await (side === "own" ? fx.claimInUse("own", "other", "ACTIVE") : fx.claimInUse("other", "own", "ACTIVE")),
          date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
          minutes: 30,
          reason: "SICK",
        },
      },
    }),
  },
  {
    operation: "removeAbsence",
    note: "own: an absence on our active claim; other: another organisation's",
    document: `mutation($id: ID!) { removeAbsence(id: $id) }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.absence(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "afReport",
    note: "the user's own organisation's report to Arbetsförmedlingen",
    document: `{ afReport(month: "2026-11") { month rows { claimId } } }`,
    minRole: "COORDINATOR",
    sides: { any: true },
  },
  {
    operation: "statistics",
    note: "counts for the whole pool, small groups suppressed",
    document: `{ statistics(input: { unit: MONTH, start: "2026-01-01", count: 1, dimension: KIND }) { total { seatsOffered } } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "calendarFeed",
    note: "the signed-in user's own calendar link",
    document: `{ calendarFeed { active } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "createCalendarFeed",
    note: "the signed-in user's own calendar link",
    document: `mutation { createCalendarFeed { path } }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  {
    operation: "revokeCalendarFeed",
    note: "the signed-in user's own calendar link",
    document: `mutation { revokeCalendarFeed }`,
    minRole: "VIEWER",
    sides: { any: true },
  },
  // ── Participants and users (write) ──────────────────────────────────────────────────────
  {
    operation: "registerParticipant",
    note: "always registered for the user's own organisation",
    document: `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true },
    setup: async () => ({ variables: { input: { code: `MX-${unique()}` } } }),
  },
  {
    operation: "updateParticipant",
    note: "our participant / another organisation's",
    document: `mutation($id: ID!) { updateParticipant(id: $id, input: { swedishLevel: BASIC }) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.participant(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "archiveParticipant",
    note: "our participant / another organisation's",
    document: `mutation($id: ID!) { archiveParticipant(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.participant(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "restoreParticipant",
    note: "our participant / another organisation's",
    document: `mutation($id: ID!) { restoreParticipant(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.participant(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "eraseParticipant",
    note: "our participant / another organisation's",
    document: `mutation($id: ID!) { eraseParticipant(id: $id) }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.participant(side === "own" ? "own" : "other") } }),
    shows: (data) => data?.eraseParticipant === true,
  },
  {
    operation: "setParticipantPolicy",
    note: "always the admin's own organisation's policy (set to the defaults here)",
    document: `mutation { setParticipantPolicy(input: { inactiveMonths: 12, retentionErases: true, keepClaimDetails: true }) { inactiveMonths } }`,
    minRole: "ADMIN",
    sides: { own: true },
  },
  {
    operation: "createUser",
    note: "always created in the admin's own organisation",
    document: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    minRole: "ADMIN",
    sides: { own: true },
    setup: async () => ({
      variables: { input: { email: `ny-${unique()}@matris.test`, name: "Ny Användare", password: "ett-langt-losenord", role: "VIEWER" } },
    }),
  },
  {
    operation: "inviteUser",
    note: "always created in the admin's own organisation",
    document: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { token } }`,
    minRole: "ADMIN",
    sides: { own: true },
    setup: async () => ({
      variables: { input: { email: `inbjuden-${unique()}@matris.test`, name: "Inbjuden Användare", role: "VIEWER" } },
    }),
  },
  {
    operation: "changeUserRole",
    note: "a user of our organisation / of another",
    document: `mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: { input: { userId: (await fx.user(side === "own" ? "own" : "other")).id, role: "COORDINATOR" } },
    }),
  },
  {
    operation: "setUserActive",
    note: "a user of our organisation / of another",
    document: `mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await fx.user(side === "own" ? "own" : "other")).id } }),
  },
  {
    operation: "updateContactDetails",
    note: "one's own contact details, shown to other organisations as Contact",
    document: `mutation($input: UpdateContactDetailsInput!) { updateContactDetails(input: $input) { id contactPhone } }`,
    minRole: "VIEWER",
    sides: { any: true },
    setup: async () => ({ variables: { input: { phone: "070-123 45 67" } } }),
  },
  {
    operation: "updateContactDetails",
    note: "another user's contact details: a user of our organisation / of another",
    document: `mutation($input: UpdateContactDetailsInput!) { updateContactDetails(input: $input) { id contactPhone } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: { input: { userId: (await fx.user(side === "own" ? "own" : "other")).id, phone: "0221-123 45" } },
    }),
  },
  {
    operation: "unlockLogin",
    note: "a user of our organisation / of another",
    document: `mutation($id: ID!) { unlockLogin(userId: $id) }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await fx.lockedUser(side === "own" ? "own" : "other")).id } }),
    shows: (data) => data?.unlockLogin === true,
  },
  // ── Sessions and passwords ──────────────────────────────────────────────────────────────
  {
    operation: "endUserSessions",
    note: "a user of our organisation / of another",
    document: `mutation($id: ID!) { endUserSessions(userId: $id) }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await fx.user(side === "own" ? "own" : "other")).id } }),
  },
  {
    operation: "resetUserPassword",
    note: "a user of our organisation / of another",
    document: `mutation($id: ID!) { resetUserPassword(userId: $id) { token } }`,
    minRole: "ADMIN",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: (await fx.user(side === "own" ? "own" : "other")).id } }),
  },
  {
    operation: "setPasswordWithToken",
    note: "the one-time token is the credential, whoever sends it",
    document: `mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) }`,
    minRole: "ANONYMOUS",
    sides: { any: true },
    setup: async (_side, fx) => ({
      variables: { input: { token: await fx.passwordResetToken("own"), newPassword: "matrisens-nya-losen" } },
    }),
    shows: (data) => data?.setPasswordWithToken === true,
  },
  {
    operation: "changePassword",
    note: "the signed-in user's own password",
    document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    minRole: "VIEWER",
    sides: { any: true },
    setup: async () => ({ variables: { input: { currentPassword: "praktikpool", newPassword: "matrisens-nya-losen" } } }),
  },
  // ── Consent, the waiting list and renewals (issue 11) ───────────────────────────────────
  {
    operation: "Claim.participant",
    note: "another organisation's claim on our placement, with a valid consent covering us",
    document: `query($id: ID!) { claim(id: $id) { id participant { id } } }`,
    minRole: "VIEWER",
    sides: { other: true },
    setup: async (_side, fx) => {
      const claim = await fx.claim("other", "own", { participant: true, consentFor: "own" });
      return { variables: { id: claim.id }, target: claim.participantId };
    },
    shows: (data, target) => data?.claim?.participant?.id === target,
  },
  {
    operation: "recordConsent",
    note: "own: our participant; other: another organisation's participant",
    document: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id validUntil } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        input: {
          participantId: await fx.participant(side === "own" ? "own" : "other"),
          organisationIds: [fx.org.third],
          validUntil: "2099-12-31",
        },
      },
    }),
  },
  {
    operation: "revokeConsent",
    note: "own: our participant's consent; other: another organisation's",
    document: `mutation($id: ID!) { revokeConsent(id: $id) { id revokedAt } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.consent(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "participantConsents",
    note: "own: our participant's consents; other: another organisation's participant (NOT_FOUND)",
    document: `query($id: ID!) { participantConsents(participantId: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.participant(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "joinWaitingList",
    note: "a full placement visible to us; other: one shown only to a third organisation (NOT_FOUND)",
    document: `mutation($input: JoinWaitingListInput!) { joinWaitingList(input: $input) { id status position } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: { input: { placementId: await fx.fullPlacement("other", side === "own" ? undefined : ["third"]) } },
    }),
  },
  {
    operation: "leaveWaitingList",
    note: "own: our place in line; other: another organisation's",
    document: `mutation($id: ID!) { leaveWaitingList(id: $id) { id status } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.waitingEntry(side === "own" ? "own" : "third") } }),
  },
  {
    operation: "myWaitingList",
    note: "own: our place in line is listed; other: another organisation's is not",
    document: `{ myWaitingList { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: {}, target: await fx.waitingEntry(side === "own" ? "own" : "third") }),
    shows: (data, target) => ids(data?.myWaitingList).includes(target),
  },
  {
    operation: "waitingListOfPlacement",
    note: "own: the queue of our placement; other: another organisation's placement (NOT_FOUND)",
    document: `query($id: ID!) { waitingListOfPlacement(placementId: $id) { id } }`,
    minRole: "VIEWER",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.fullPlacement(side === "own" ? "own" : "other") } }),
  },
  {
    operation: "renewClaim",
    note: "own: our confirmed claim; other: a confirmed claim between two other organisations",
    document: `mutation($id: ID!) { renewClaim(id: $id, until: "2027-03-15") { id requestedEnd } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({
      variables: {
        id: (
          await (side === "own"
            ? fx.claim("own", "other", { status: "CONFIRMED", period: true })
            : fx.claim("third", "other", { status: "CONFIRMED", period: true }))
        ).id,
      },
    }),
  },
  {
    operation: "confirmPlacementStillThere",
    note: "own: our placement; other: another organisation's",
    document: `mutation($id: ID!) { confirmPlacementStillThere(id: $id) { id } }`,
    minRole: "COORDINATOR",
    sides: { own: true, other: false },
    setup: async (side, fx) => ({ variables: { id: await fx.placement(side === "own" ? "own" : "other") } }),
  },
];

/** Fixture builders over the services (no HTTP), each call making fresh records. */
export async function createFixtures(dataSource: DataSource, services: Services): Promise<Fixtures> {
  const orgIds = {} as Fixtures["org"];
  const workplaces = {} as Fixtures["workplace"];
  const coordinators = {} as Record<keyof typeof ORGS, Viewer>;
  for (const key of Object.keys(ORGS) as (keyof typeof ORGS)[]) {
    const org = await dataSource.getRepository(Organisation).findOneByOrFail({ slug: ORGS[key] });
    orgIds[key] = org.id;
    const user = await dataSource.getRepository(User).findOneByOrFail({ email: `coordinator@${ORGS[key]}.demo` });
    coordinators[key] = { userId: user.id, organisationId: org.id, role: user.role };
    workplaces[key] = (await dataSource.getRepository(Workplace).findOneByOrFail({ organisationId: org.id })).id;
  }
  const passwordHash = (await dataSource.getRepository(User).findOneByOrFail({ email: `viewer@${ORGS.own}.demo` })).passwordHash;
  const actor = (key: keyof typeof ORGS) => ({ viewer: coordinators[key], ip: "fixture" });

  const fx: Fixtures = {
    org: orgIds,
    workplace: workplaces,
    async placement(org, options = {}) {
      const placement = await services.placements.post(actor(org), {
        title: `Matrisplats ${unique()}`,
        kind: "INTERNSHIP",
        workplaceId: workplaces[org],
        capacity: 3,
        startDate: "2027-02-01",
        status: options.status === "DRAFT" ? "DRAFT" : "OPEN",
        visibility: options.selectedFor ? "SELECTED" : "ALL_PARTNERS",
        visibleToOrganisationIds: options.selectedFor?.map((key) => orgIds[key]) ?? null,
      } as never);
      if (options.status === "PAUSED") {
        await services.placements.pause(actor(org), placement.id);
      }
      return placement.id;
    },
    async claim(claimant, owner, options = {}) {
      const placementId = await fx.placement(owner);
      const participantId = options.participant ? await fx.participant(claimant) : null;
      const claim = await services.claims.claimSeat(actor(claimant), {
        placementId,
        seats: 1,
        participantId,
        ...(options.period ? { requestedStart: "2027-02-01", requestedEnd: "2027-03-01" } : {}),
        ...(options.consentFor ? { consent: { validUntil: "2099-12-31", guardianAgreed: false } } : {}),
      } as never);
      if (options.status === "CONFIRMED" || options.status === "ACTIVE") await services.claims.confirm(actor(owner), claim.id);
      if (options.status === "ACTIVE") await services.claims.start(actor(owner), claim.id);
      return { id: claim.id, participantId, placementId };
    },
    async claimInUse(claimant, owner, status) {
      const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const placement = await services.placements.post(actor(owner), {
        title: `Matrisplats ${unique()}`,
        kind: "INTERNSHIP",
        workplaceId: workplaces[owner],
        capacity: 3,
        startDate: start,
        endDate: end,
        status: "OPEN",
        visibility: "ALL_PARTNERS",
      } as never);
      const participantId = await fx.participant(claimant);
      const claim = await services.claims.claimSeat(actor(claimant), { placementId: placement.id, seats: 1, participantId } as never);
      await services.claims.confirm(actor(owner), claim.id);
      await services.claims.start(actor(owner), claim.id);
      if (status === "COMPLETED") await services.claims.complete(actor(owner), claim.id);
      return claim.id;
    },
    async absence(claimant) {
      const claimId = await fx.claimInUse(claimant, claimant === "own" ? "third" : "own", "ACTIVE");
      const date = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      return (await services.absences.record(actor(claimant), { claimId, date, minutes: 20, reason: "LATE" } as never)).id;
    },
    async consent(org) {
      const participantId = await fx.participant(org);
      const consent = await services.consents.record(actor(org), {
        participantId,
        organisationIds: [orgIds.third],
        validUntil: "2099-12-31",
        guardianAgreed: false,
      } as never);
      return consent.id;
    },
    async fullPlacement(org, selectedFor) {
      const placementId = await fx.placement(org, { selectedFor });
      await services.claims.claimSeat(actor("third"), { placementId, seats: 3 } as never);
      return placementId;
    },
    async waitingEntry(org) {
      const placementId = await fx.fullPlacement("other");
      return (await services.waitingList.join(actor(org), { placementId, seats: 1 } as never)).id;
    },
    async dueParticipant(org) {
      const id = await fx.participant(org);
      await dataSource.getRepository(Participant).update({ id }, { createdAt: new Date("2020-01-01T00:00:00Z") });
      return id;
    },
    async participant(org) {
      const participant = await services.participants.register(actor(org), {
        code: `MX-${unique()}`,
        swedishLevel: "NONE",
        licences: [],
      } as never);
      return participant.id;
    },
    async supervisor(org) {
      return (await services.workplaces.addSupervisor(actor(org), { workplaceId: workplaces[org], name: "Matris Handledare" } as never)).id;
    },
    async newWorkplace(org) {
      const workplace = await services.workplaces.create(actor(org), {
        name: `Matrisverkstad ${unique()}`,
        sector: "PUBLIC",
        municipalityCode: "1983",
      } as never);
      return workplace.id;
    },
    // Users are written straight to the store with a demo account's password hash: argon2 costs about a
    // second per hash on two cores, and createUser itself is a row of the matrix.
    async user(org) {
      const email = `matris-${unique()}@${ORGS[org]}.test`;
      const id = newId();
      await dataSource.getRepository(User).insert({
        id,
        email,
        name: "Matris Användare",
        role: Role.VIEWER,
        organisationId: orgIds[org],
        passwordHash,
        active: true,
        createdAt: new Date(),
      });
      return { id, email };
    },
    // The lock is made of the audit entries a failed sign-in writes: attempts no success refers to (login-throttle.test.ts signs in for real).
    async lockedUser(org) {
      const user = await fx.user(org);
      const failures = Array.from({ length: services.auth.throttle.options.maxFailuresPerAccount }, () => ({
        action: LOGIN_ATTEMPT,
        entity: "User",
        entityId: user.id,
        organisationId: orgIds[org],
      }));
      await services.store.transact((manager) => services.audit.record(manager, { viewer: null, ip: "fixture" }, failures));
      return user;
    },
    async savedSearch(org) {
      return (await services.savedSearches.save(actor(org), { name: "Matrisens bevakning", filter: { kinds: ["INTERNSHIP"] } } as never))
        .id;
    },
    async passwordResetToken(org) {
      const user = await fx.user(org);
      return (await services.passwords.resetUserPassword(actor(org), user.id)).token;
    },
    async feedback(author, owner, options = {}) {
      const placementId = await fx.placement(owner, { selectedFor: options.selectedFor });
      const feedback = await services.feedback.leave(actor(author), {
        placementId,
        kind: options.kind ?? "WARNING",
        text: "Matrisens omdöme om platsen",
        tags: [],
      } as never);
      return { id: feedback.id, placementId };
    },
    async checklistTemplate() {
      return (await services.checklists.templates())[0].template.id;
    },
    async placementChecklist(org, options = {}) {
      const placementId = await fx.placement(org, { selectedFor: options.selectedFor });
      const checklist = await services.checklists.attach(actor(org), { placementId, templateId: await fx.checklistTemplate() } as never);
      return { id: checklist.id, placementId };
    },
    async validation(claimant, owner, options = {}) {
      const claim = await fx.claim(claimant, owner, { status: "ACTIVE", participant: true });
      const checklist = await services.checklists.attach(actor(owner), {
        placementId: claim.placementId,
        templateId: await fx.checklistTemplate(),
      } as never);
      const [item] = await dataSource.query(
        `SELECT "id" FROM "placement_checklist_item" WHERE "checklistId" = ${dataSource.driver.options.type === "postgres" ? "$1" : "?"} ORDER BY "position" LIMIT 1`,
        [checklist.id],
      );
      const validation = options.started
        ? await services.validations.start(actor(claimant), { claimId: claim.id, checklistId: checklist.id } as never)
        : null;
      return {
        claimId: claim.id,
        checklistId: checklist.id,
        itemId: item.id,
        participantId: claim.participantId!,
        validationId: validation?.id ?? null,
      };
    },
  };
  return fx;
}

const SIDE_LABEL: Record<Side, string> = { own: "own org", other: "other org", any: "—" };

/** The matrix as Markdown, for SECURITY.md. */
export function renderMatrix(): string {
  const header = `| Operation | Data | ${ROLES.map((role) => role.toLowerCase()).join(" | ")} | What "own" / "other" means |`;
  const rule = `| --- | --- | ${ROLES.map(() => ":---:").join(" | ")} | --- |`;
  const lines = [header, rule];
  for (const row of rows) {
    for (const side of ["any", "own", "other"] as Side[]) {
      if (row.sides[side] === undefined) continue;
      const cells = ROLES.map((role) => (expected(row, role, side) ? "✅" : "❌"));
      lines.push(`| \`${row.operation}\` | ${SIDE_LABEL[side]} | ${cells.join(" | ")} | ${row.note} |`);
    }
  }
  return lines.join("\n");
}

export const cellCount = () => rows.reduce((sum, row) => sum + Object.keys(row.sides).length * ROLES.length, 0);
