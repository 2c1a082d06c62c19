import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { AppError, ErrorCode } from "./errors.js";
import type { Logger } from "./logger.js";

/** Codes produced by Apollo Server and graphql-js for bad requests: safe to pass through as they are. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  ErrorCode.BAD_USER_INPUT,
  // Login throttling (server/modules/auth/login-throttle.ts): carries retryAfterSeconds.
  "TOO_MANY_REQUESTS",
]);

/** Extensions of request errors that tell the client what to change; everything else is dropped. */
const SAFE_EXTENSIONS = ["limit", "cost", "maxCost", "retryAfterSeconds"] as const;

function safeExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of SAFE_EXTENSIONS) if (extensions?.[key] !== undefined) kept[key] = extensions[key];
  return kept;
}

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

/** graphql-js suggests names in validation and variable-coercion messages ("Did you mean "title"?"). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * formatError, optionally without "Did you mean …?" suggestions: with introspection off they
 * would reveal field, type and enum names. graphql-armor masks `Did you mean "x"` but not
 * graphql-js's `Did you mean the enum value "X"?` (tested), so this stays for the rest.
 */
export function createFormatError(options: { hideSuggestions: boolean; logger?: Logger }) {
  const { logger } = options;
  if (!options.hideSuggestions) return (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatError(formatted, error, logger);
    return { ...result, message: result.message.replace(SUGGESTION, "") };
  };
}

/**
 * The one place errors are shaped for clients. Domain errors and request errors keep their
 * code and text; anything unexpected becomes a bare INTERNAL_SERVER_ERROR (logged here), so
 * no SQL, stack or path ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger?: Logger): GraphQLFormattedError {
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
    // `http` (status and headers for Apollo) is consumed by Apollo, never sent.
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { ...base, extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
    const field = code === ErrorCode.BAD_USER_INPUT ? fieldFromMessage(formatted.message) : undefined;
    return {
      ...base,
      extensions: { code, ...(field ? { field } : {}), ...safeExtensions(formatted.extensions as Record<string, unknown>) },
    };
  }
  if (logger) logger.error({ err: original, path: formatted.path }, "unexpected error");
  else console.error("Unexpected error:", original);
  return {
    message: "Something went wrong on the server; it has been logged.",
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
