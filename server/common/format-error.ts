import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { AppError, ErrorCode } from "./errors.js";

/** Codes produced by Apollo Server and graphql-js for bad requests: safe to pass through as they are. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  ErrorCode.BAD_USER_INPUT,
]);

/** The dotted path and message of the first failing constraint, descending into nested inputs. */
function firstViolation(errors: ValidationError[], prefix: string): { field: string; message: string } {
  const error = errors[0];
  const field = `${prefix}.${error.property}`;
  if (error.constraints) return { field, message: Object.values(error.constraints)[0] };
  return firstViolation(error.children ?? [], field);
}

/** Variable coercion errors name the path in their text: `… at "input.startDate"; …` or `Variable "$id" …`. */
function fieldFromMessage(message: string): string | undefined {
  return /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$([^"]+)"/.exec(message)?.[1];
}

/**
 * The one place errors are shaped for clients. Domain errors and request errors keep their
 * code and text; anything unexpected becomes a bare INTERNAL_SERVER_ERROR (logged here), so
 * no SQL, stack or path ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof ArgumentValidationError) {
    const violations = original.extensions.validationErrors as ValidationError[];
    // Fields of an @ArgsType class (the board's) are arguments themselves; other classes arrive as `input`.
    const isArgs = violations[0]?.target?.constructor?.name?.endsWith("Args");
    const { field, message } = firstViolation(violations, isArgs ? "" : "input");
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, field: field.replace(/^\./, "") } };
  }
  if (original instanceof AppError) {
    return { ...base, extensions: { ...original.extensions } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
    const field = code === ErrorCode.BAD_USER_INPUT ? fieldFromMessage(formatted.message) : undefined;
    return { ...base, extensions: { code, ...(field ? { field } : {}) } };
  }
  console.error("Unexpected error:", original);
  return { message: "Something went wrong on the server; it has been logged.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
