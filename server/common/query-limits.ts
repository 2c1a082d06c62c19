import type { ApolloServerPlugin } from "@apollo/server";
import {
  Kind,
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

export type QueryLimits = Pick<RequestLimits, "maxDepth" | "maxAliases" | "maxListItems">;

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
 * Deepest nesting of selection sets, following fragment spreads (a fragment's depth is computed
 * once, so repeated spreads cost nothing; a cycle — refused by graphql-js anyway — counts as 0).
 */
export function selectionDepth(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (set: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet) deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet) - 1);
      } else {
        const name = selection.name.value;
        if (!memo.has(name)) {
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue;
          visiting.add(name);
          memo.set(name, depthOf(fragment.selectionSet) - 1);
          visiting.delete(name);
        }
        deepest = Math.max(deepest, memo.get(name)!);
      }
    }
    return deepest + 1;
  };
  return depthOf(selectionSet);
}

/**
 * Refuses over-deep or alias-heavy documents during validation, before any resolver runs, so a
 * single request cannot make the server do unbounded work. Depth follows fragment spreads, so a
 * chain of fragments cannot hide nesting.
 */
export function queryLimitRules(limits: QueryLimits) {
  const depthRule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = selectionDepth(node.selectionSet, fragmentsOf(context.getDocument()));
      if (depth > limits.maxDepth) {
        context.reportError(refusal("QUERY_TOO_DEEP", { maxDepth: limits.maxDepth }, http400));
      }
    },
  });
  const aliasRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === limits.maxAliases + 1) {
          context.reportError(refusal("TOO_MANY_ALIASES", { maxAliases: limits.maxAliases }, http400));
        }
      },
    };
  };
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
  return [depthRule, aliasRule, nulRule, listRule, rootRule];
}

/** How many items a list without a size argument is assumed to return. */
export const DEFAULT_LIST_SIZE = 10;
/**
 * The largest page a connection serves (`first` is 1–100 throughout the API). A larger `first` is
 * costed as this page, so the request reaches argument validation and is refused there with
 * BAD_USER_INPUT naming `first`, as the contract says, instead of with a cost error.
 */
export const MAX_CONNECTION_PAGE = 100;

/**
 * The cost of one operation. Every field costs 1 plus its selection; a list multiplies its
 * selection by the page size it asks for (`first`, variables included; at most MAX_CONNECTION_PAGE
 * for a connection) or by DEFAULT_LIST_SIZE when it has no size argument; a connection's `edges` is not multiplied again, the connection
 * already counted its page. A number in a field's `complexity` extension (type-graphql
 * `@Field({ complexity })`) replaces the 1. Introspection fields cost 1: their size is bounded by
 * the schema, and production turns them off. A fragment's cost is computed once per type.
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
        const pageSize = typeof args.first === "number" ? Math.max(0, args.first) : null;
        const isConnection = getNamedType(field.type).name.endsWith("Connection");
        let multiplier = 1;
        if (isConnection) multiplier = Math.min(pageSize ?? DEFAULT_LIST_SIZE, MAX_CONNECTION_PAGE);
        else if (isListType(unwrapped) && !type.name.endsWith("Connection")) multiplier = pageSize ?? DEFAULT_LIST_SIZE;
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

/** What is wrong with a variables object, if anything, and where: a NUL character or an over-long list, at any depth. */
function variableProblem(value: unknown, maxListItems: number, path: string, depth = 0): { problem: "nul" | "list"; path: string } | null {
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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const found = variableProblem(request.variables, maxListItems, "");
          if (found?.problem === "nul") throw refusal("TEXT_FORBIDDEN_CHARACTERS", {}, { field: found.path, ...http400 });
          if (found?.problem === "list") throw refusal("LIST_TOO_LONG", { maxItems: maxListItems }, { field: found.path, ...http400 });
          const cost = operationCost(schema, document, request.operationName, request.variables ?? {});
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
