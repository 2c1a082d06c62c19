import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
}

/**
 * Refuses over-deep or alias-heavy documents during validation, before any resolver runs, so a
 * single request cannot make the server do unbounded work.
 */
export function queryLimitRules(limits: QueryLimits) {
  const depthRule = (context: ValidationContext): ASTVisitor => {
    let depth = 0;
    let reported = false;
    return {
      SelectionSet: {
        enter() {
          depth++;
          if (depth > limits.maxDepth && !reported) {
            reported = true;
            context.reportError(
              new GraphQLError(`The query is nested deeper than ${limits.maxDepth} levels.`, {
                extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxDepth" },
              }),
            );
          }
        },
        leave() {
          depth--;
        },
      },
    };
  };
  const aliasRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === limits.maxAliases + 1) {
          context.reportError(
            new GraphQLError(`The query uses more than ${limits.maxAliases} aliases.`, {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxAliases" },
            }),
          );
        }
      },
    };
  };
  return [depthRule, aliasRule];
}
