import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  Kind,
  type GraphQLError,
  getArgumentValues,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import type { RequestLimits } from "../config.js";
import { refusal } from "./errors.js";

/** Limits answer before any resolver runs, with HTTP 400 like any other validation failure. */
const http400 = { http: { status: 400 } };

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Depth, aliases, directives and "Did you mean …?" suggestions: graphql-armor's rules, answering
 * with this API's catalogue reasons (HTTP 400, GRAPHQL_VALIDATION_FAILED). Its token limit is not
 * used: it parses every document a second time, and Apollo's `parseOptions.maxTokens` (graphql-js)
 * already stops the one parse at the limit. Its cost limit ignores `first`, hence operationCost.
 */
export function armorProtection(limits: Pick<RequestLimits, "maxDepth" | "maxAliases">, hideSuggestions: boolean) {
  const answerWith =
    (error: () => GraphQLError) =>
    (context: ValidationContext | null): void =>
      context?.reportError(error());
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: false,
      // A fragment spread is not a level of its own: depth is that of the fields it brings.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [answerWith(() => refusal("QUERY_TOO_DEEP", { maxDepth: limits.maxDepth }, http400))],
    },
    maxAliases: {
      n: limits.maxAliases,
      // Aliased __typename costs little but counts: 2,000 of them are still a 2,000-field answer.
      allowList: [],
      propagateOnRejection: false,
      onReject: [answerWith(() => refusal("TOO_MANY_ALIASES", { maxAliases: limits.maxAliases }, http400))],
    },
    maxDirectives: {
      n: MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: [answerWith(() => refusal("TOO_MANY_DIRECTIVES", { maxDirectives: MAX_DIRECTIVES }, http400))],
    },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions, mask: "" },
  });
  return armor.protect();
}

/** Directives per document (@include/@skip are the only ones; 50 is more than any client needs). */
const MAX_DIRECTIVES = 50;

/**
 * The rules graphql-armor has no counterpart for: NUL characters, list lengths in input, and a
 * missing root type. All run during validation, before any resolver.
 */
export function queryLimitRules(limits: Pick<RequestLimits, "maxListItems">) {
  // PostgreSQL cannot store or compare U+0000 (it fails with an internal error), and no field has a use for it.
  const nulRule = (context: ValidationContext): ASTVisitor => ({
    StringValue(node) {
      if (node.value.includes("\u0000")) {
        context.reportError(refusal("QUERY_HOLDS_NUL", {}, http400));
      }
    },
  });
  // A list of 60,000 enum values once became 60,000 SQL parameters: more than either store takes.
  const listRule = (context: ValidationContext): ASTVisitor => ({
    ListValue(node) {
      if (node.values.length > limits.maxListItems) {
        context.reportError(refusal("QUERY_LIST_TOO_LONG", { maxItems: limits.maxListItems }, http400));
      }
    },
  });
  // graphql-js only notices a missing root type during execution, where it is an untyped error.
  const rootRule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === "subscription"
          ? schema.getSubscriptionType()
          : node.operation === "mutation"
            ? schema.getMutationType()
            : schema.getQueryType();
      if (!root) context.reportError(refusal("OPERATION_TYPE_MISSING", { operation: node.operation }, http400));
    },
  });
  return [nulRule, listRule, rootRule];
}

/** The largest `first` a paged field takes unless LIST_BOUNDS.pages says otherwise (`first` is 1–100 throughout the API). */
export const MAX_PAGE = 100;

/**
 * The most items each list field can return, for the cost model. Every list field of the schema
 * is either paged (it takes `first`, costed as the page it asks for, at most its largest page) or
 * listed under `lists` with a maximum that holds for the data. A test fails when a list field is
 * in neither, so a new unbounded list cannot slip past the cost limit (SECURITY.md, "Cost").
 */
export const LIST_BOUNDS = {
  /** Largest `first` per paged field, where it is not MAX_PAGE. */
  pages: { "Query.auditLog": 1000 } as Record<string, number>,
  lists: {
    // Enum-sized: one entry per Licence value at most.
    "Placement.licences": 5,
    "Requirements.licences": 5,
    "Participant.licences": 5,
    // RegisterParticipantInput allows at most MAX_INTERESTS (10).
    "Participant.occupationInterests": 10,
    // One per ClaimAction / PlacementAction value at most.
    "Claim.allowedActions": 6,
    "Placement.allowedActions": 5,
    // Reference data: Sweden has 290 municipalities; the JobTech occupation fields are 21; kinds are 6.
    "Query.municipalities": 290,
    "Query.occupationFields": 50,
    "Query.placementKindRules": 6,
    // Organisations are added by the operator (no mutation creates one); the pool has five.
    "Query.organisations": 20,
    "Placement.visibleTo": 20,
    // One row per organisation holding a live seat.
    "Placement.seatHoldings": 20,
    // Grow through mutations and are not paged yet: assumed maxima, see SECURITY.md ("Cost").
    "Query.workplaces": 200,
    "Workplace.supervisors": 10,
    // Every organisation's supervisors at workplaces in use (KAK today: about 30).
    "Query.supervisorRegister": 500,
    // One per WorkplaceAction value at most.
    "Workplace.allowedActions": 5,
    "Query.participantsDueForReview": 500,
    "Query.users": 100,
    "Query.loginLocks": 100,
    // One per action name the server writes (a few dozen, fixed in code).
    "Query.auditActions": 100,
    // Issue 11. Requirements: one Swedish level and at most five licences; fit adds three ranking checks.
    "Claim.unmetRequirements": 6,
    "PlacementFit.reasons": 9,
    // Renewals are steps of months towards a cap of at most 18 months; the field lists the latest 50.
    "Claim.renewals": 50,
    "PlacementKindRule.months": 12,
    "PlacementKindRule.variants": 2,
    // recordConsent covers at most 20 organisations; participantConsents lists the latest 50.
    "Consent.organisations": 20,
    // One per ConsentAction value at most.
    "Consent.allowedActions": 1,
    "Query.participantConsents": 50,
    // The service answers at most 200 entries.
    "Query.myWaitingList": 200,
    "Query.waitingListOfPlacement": 200,
    // Recommendations and warnings (feedback): enum-sized, or assumed maxima (not paged; see SECURITY.md, "Cost").
    "PlacementFeedback.tags": 5,
    "PlacementFeedback.allowedActions": 3,
    "Placement.feedback": 100,
    // Validation: items per checklist and checklists per placement are enforced (validation.input.ts, checklist.service.ts);
    // templates, versions, dropped items and observations grow and are assumed maxima.
    "Query.checklistTemplates": 50,
    "ChecklistTemplate.items": 100,
    "ChecklistTemplate.versions": 50,
    "ChecklistTemplateVersion.items": 100,
    "Placement.checklists": 10,
    "PlacementChecklist.items": 300,
    "Claim.validations": 20,
    "Validation.records": 1000,
    "Validation.progress": 150,
    "ValidationItemProgress.records": 50,
    "SkillsSummary.validations": 20,
    "SkillsSummaryValidation.items": 100,
    // Follow-ups, outcomes, absences and statistics (issue 13).
    // One row per group: organisations (20), occupation fields (21 + none), kinds (6), or the
    // municipalities placements are in (KAK's three and a few neighbours).
    "StatisticsTable.rows": 60,
    // One per EarlyEndReason / OutcomeCategory value, plus NOT_RECORDED and NOT_YET_DUE.
    "CategoryCounts.byCategory": 10,
    "Query.followUpRules": 6,
    "FollowUpSchedule.followUps": 10,
    "Claim.followUps": 10,
    // AT_END and DAYS_90.
    "Claim.outcomes": 2,
    // One per day of a claim: trainee jobs run at most 18 months.
    "Claim.absences": 550,
    // An organisation's claims in use, a few follow-ups each, within the next 90 days.
    "Query.followUpsDue": 500,
    // Participants of one organisation at a workplace in one month (KAK: a few dozen each).
    "AfReport.rows": 200,
    // At most one absence per day of the month.
    "AfReportRow.deviations": 31,
    // MAX_SAVED_SEARCHES per user; one preference per NotificationEvent value.
    "Query.savedSearches": 20,
    "Query.notificationPreferences": 10,
    // MAX_MATCHING_IDS (server/live/live.resolver.ts).
    "Query.placementsMatching": 100,
  } as Record<string, number>,
};

/** Assumed size of a list the table does not know: large, so an unlisted list is costed as expensive rather than cheap. */
const UNKNOWN_LIST_SIZE = 1000;

/** How many items `field` of `type` is costed at, given its argument values. */
export function listSize(type: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const key = `${type.name}.${field.name}`;
  if (field.args.some((arg) => arg.name === "first")) {
    const largest = LIST_BOUNDS.pages[key] ?? MAX_PAGE;
    // A larger `first` is costed as the largest page, so the request reaches the field and is
    // refused there with BAD_USER_INPUT naming `first`, as the contract says, not with a cost error.
    return typeof args.first === "number" ? Math.min(Math.max(0, args.first), largest) : largest;
  }
  return LIST_BOUNDS.lists[key] ?? UNKNOWN_LIST_SIZE;
}

/**
 * The cost of one operation: an upper bound on the objects and values its answer can hold.
 * Every field costs 1 plus its selection; a list multiplies its selection by listSize (variables
 * included, so `first: $n` counts); a connection is costed by its page and its `edges` not again.
 * A number in a field's `complexity` extension (type-graphql `@Field({ complexity })`) replaces
 * the 1. Introspection fields cost 1: their size is bounded by the schema, and production turns
 * them off. A fragment's cost is computed once per type.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation) return 0;
  const root =
    operation.operation === "mutation"
      ? schema.getMutationType()
      : operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const fragments = fragmentsOf(document);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const costOf = (type: GraphQLNamedType, set: SelectionSetNode): number => {
    if (!isObjectType(type) && !isInterfaceType(type)) return 0;
    const fields = type.getFields();
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) {
          total += 1;
          continue;
        }
        const field = fields[name] as GraphQLField<unknown, unknown> | undefined;
        if (!field) continue;
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(field, selection, variables);
        } catch {
          // Coercion errors are reported by execution; cost with the defaults.
        }
        const own = typeof field.extensions?.complexity === "number" ? (field.extensions.complexity as number) : 1;
        const child = selection.selectionSet ? costOf(getNamedType(field.type), selection.selectionSet) : 0;
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        const isConnection = getNamedType(field.type).name.endsWith("Connection");
        let multiplier = 1;
        if (isConnection) multiplier = listSize(type, field, args);
        else if (isListType(unwrapped) && !type.name.endsWith("Connection")) multiplier = listSize(type, field, args);
        total += own + multiplier * child;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on) total += costOf(on, selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (!on) continue;
        const key = `${fragment.name.value}@${type.name}`;
        if (!memo.has(key)) {
          visiting.add(fragment.name.value);
          memo.set(key, costOf(on, fragment.selectionSet));
          visiting.delete(fragment.name.value);
        }
        total += memo.get(key)!;
      }
    }
    return total;
  };
  return costOf(root, operation.selectionSet);
}

/** What is wrong with a variables object, if anything, and where: a NUL character or an over-long list, at any depth (HTTP and sockets alike). */
export function variableProblem(
  value: unknown,
  maxListItems: number,
  path: string,
  depth = 0,
): { problem: "nul" | "list"; path: string } | null {
  if (typeof value === "string") return value.includes("\u0000") ? { problem: "nul", path } : null;
  if (depth > 50 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    if (value.length > maxListItems) return { problem: "list", path };
    for (const [index, item] of value.entries()) {
      const found = variableProblem(item, maxListItems, `${path}.${index}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000")) return { problem: "nul", path };
    const found = variableProblem(item, maxListItems, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** What the cost plugin keeps per HTTP request, so the operations of one batch share one budget. */
export interface CostBudget {
  spent: number;
}

function memoKey(operationName: string | null | undefined, variables: Record<string, unknown>): string | null {
  try {
    return JSON.stringify([operationName ?? null, variables]);
  } catch {
    return null;
  }
}

/**
 * Checks each operation's cost against the request's budget once the operation is known
 * (variables included, so `first: $n` counts) and before execution; refuses with HTTP 400.
 * Also refuses variables carrying U+0000 (see nulRule) or a list longer than maxListItems.
 */
export function queryCostPlugin(
  schema: GraphQLSchema,
  limits: Pick<RequestLimits, "maxCost" | "maxListItems">,
  budgetOf: (context: unknown) => CostBudget,
): ApolloServerPlugin {
  const { maxCost, maxListItems } = limits;
  // The cost is a pure function of the document, the operation and the variables: computed once
  // per (operation, variables) for each parsed document Apollo keeps (it caches documents by text).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = memoKey(operationName, variables);
    // Variables too deeply nested to serialise (a hostile body) are costed without the memo.
    if (key === null) return operationCost(schema, document, operationName, variables);
    let cost = known.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, operationName, variables);
      // Bounded: a document sent with ever new variables (claimSeat's placement ids) keeps the last 64.
      if (known.size >= 64) known.delete(known.keys().next().value!);
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const found = variableProblem(request.variables, maxListItems, "");
          if (found?.problem === "nul") throw refusal("TEXT_FORBIDDEN_CHARACTERS", {}, { field: found.path, ...http400 });
          if (found?.problem === "list") throw refusal("LIST_TOO_LONG", { maxItems: maxListItems }, { field: found.path, ...http400 });
          const cost = costOf(document, request.operationName, request.variables ?? {});
          const budget = budgetOf(contextValue);
          budget.spent += cost;
          if (budget.spent > maxCost) {
            throw refusal("QUERY_TOO_COSTLY", { cost: budget.spent, maxCost }, http400);
          }
        },
      };
    },
  };
}
