import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { getMetadataStorage, type ValidationError } from "class-validator";
import { AppError, catalogue, ErrorCode, formattedRefusal, type ParamValue, type Reason } from "./errors.js";
import type { Logger } from "./logger.js";

/** The dotted path and the first failing constraint, descending into nested inputs. */
function firstViolation(errors: ValidationError[], prefix: string): { field: string; error: ValidationError; type: string } {
  const error = errors[0];
  const field = `${prefix}.${error.property}`;
  if (error.constraints) return { field, error, type: Object.keys(error.constraints)[0] };
  return firstViolation(error.children ?? [], field);
}

/** The arguments a class-validator decorator was given (e.g. Length(2, 200) → [2, 200]). */
function constraintArgs(error: ValidationError, type: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, "", true, false)
    .find((meta) => meta.propertyName === error.property && meta.name === type);
  return metadata?.constraints ?? [];
}

/**
 * A class-validator failure as a catalogue reason. A decorator may name its reason itself
 * (`context: { reason, params }`, as the Text rule does); the built-in constraints map here.
 */
function validationReason(error: ValidationError, type: string): { reason: Reason; params: Record<string, ParamValue> } {
  const named = error.contexts?.[type] as { reason?: Reason; params?: Record<string, ParamValue> } | undefined;
  if (named?.reason) return { reason: named.reason, params: named.params ?? {} };
  const args = constraintArgs(error, type);
  switch (type) {
    case "isLength":
      return { reason: "TEXT_LENGTH", params: { min: Number(args[0] ?? 0), max: Number(args[1] ?? 0) } };
    case "min":
    case "max": {
      const [min] = constraintArgs(error, "min");
      const [max] = constraintArgs(error, "max");
      return { reason: "NUMBER_OUT_OF_RANGE", params: { min: (min as number) ?? null, max: (max as number) ?? null } };
    }
    case "arrayMaxSize":
      return { reason: "LIST_TOO_LONG", params: { maxItems: Number(args[0] ?? 0) } };
    case "arrayUnique":
      return { reason: "LIST_HAS_DUPLICATES", params: {} };
    case "isEmail":
      return { reason: "INVALID_EMAIL", params: {} };
    default:
      return { reason: "INVALID_VALUE", params: {} };
  }
}

/**
 * The first class-validator failure as a catalogue reason with the field it names, for code that
 * validates input classes itself (the Excel import) and must word failures as the API does.
 */
export function violationOf(
  errors: ValidationError[],
  prefix: string,
): { field: string; reason: Reason; params: Record<string, ParamValue>; message: string } {
  const violation = firstViolation(errors, prefix);
  const { reason, params } = validationReason(violation.error, violation.type);
  const message = Object.values(violation.error.constraints ?? {})[0] ?? "invalid value";
  return { field: violation.field.replace(/^\./, ""), reason, params, message };
}

/** Variable coercion errors name the path in their text: `… at "input.startDate"; …` or `Variable "$id" …`. */
function fieldFromMessage(message: string): string | undefined {
  return /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$([^"]+)"/.exec(message)?.[1];
}

/** Errors graphql-js and Apollo raise themselves, by their code, as catalogue reasons. */
function requestReason(code: string, message: string): Reason | null {
  switch (code) {
    case ErrorCode.GRAPHQL_PARSE_FAILED:
      return "QUERY_SYNTAX";
    case ErrorCode.GRAPHQL_VALIDATION_FAILED:
    case "OPERATION_RESOLUTION_FAILURE":
      return "INVALID_QUERY";
    case ErrorCode.BAD_USER_INPUT:
      // Variable coercion: a LocalDate that is not a calendar date, a missing required value, or any other wrong type.
      if (/LocalDate|DateTime/.test(message)) return "INVALID_DATE";
      if (/of required type .* was not provided|must not be null/.test(message)) return "VALUE_REQUIRED";
      return "INVALID_VALUE";
    case ErrorCode.BAD_REQUEST:
    case "PERSISTED_QUERY_NOT_FOUND":
    case "PERSISTED_QUERY_NOT_SUPPORTED":
      return "BAD_REQUEST";
    default:
      return null;
  }
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
 * The one place errors are shaped for clients: every answer carries `code`, `reason` and
 * `params` from the catalogue (server/common/errors.ts), plus `field` for bad input. Anything
 * unexpected becomes a bare INTERNAL (logged here), so no SQL, stack or path reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger?: Logger): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof ArgumentValidationError) {
    const violations = original.extensions.validationErrors as ValidationError[];
    // Fields of an @ArgsType class (the board's) are arguments themselves; other classes arrive as `input`.
    const isArgs = violations[0]?.target?.constructor?.name?.endsWith("Args");
    const violation = firstViolation(violations, isArgs ? "" : "input");
    const { reason, params } = validationReason(violation.error, violation.type);
    const message = Object.values(violation.error.constraints ?? {})[0] ?? formatted.message;
    return {
      ...base,
      message,
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason, params, field: violation.field.replace(/^\./, "") },
    };
  }
  if (original instanceof AppError) {
    // `http` (status and headers for Apollo) is consumed by Apollo, never sent.
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { ...base, extensions };
  }
  // Refusals raised in validation rules and plugins (the limits) reach here re-wrapped by Apollo, extensions kept.
  const raised = formatted.extensions?.reason;
  if (typeof raised === "string" && raised in catalogue) {
    const { extensions } = formattedRefusal(raised as Reason, (formatted.extensions?.params ?? {}) as never);
    return { ...base, extensions };
  }
  const code = formatted.extensions?.code;
  const reason = typeof code === "string" ? requestReason(code, formatted.message) : null;
  if (reason) {
    const field = code === ErrorCode.BAD_USER_INPUT ? fieldFromMessage(formatted.message) : undefined;
    const { extensions } = formattedRefusal(reason, {} as never);
    return { ...base, extensions: { ...extensions, ...(field ? { field } : {}) } };
  }
  if (logger) logger.error({ err: original, path: formatted.path }, "unexpected error");
  else console.error("Unexpected error:", original);
  const internal = formattedRefusal("INTERNAL", {});
  return { message: internal.message, path: formatted.path, extensions: internal.extensions };
}
