import type { ApolloError } from "@apollo/client/core";
import { formatClock, formatDate } from "./dates";

/**
 * A refusal as the server's catalogue describes it (server/common/errors.ts,
 * schema/error-reasons.json): what kind (`code`), what exactly (`reason`) and the values that
 * explain it (`params`). The client words it from client/i18n (`errors.<reason>`); the server's
 * English `message` is for API developers and is never read here.
 */
export interface ServerError {
  code: string;
  reason: string;
  params: Record<string, unknown>;
  /** Input path with the operation's `input.` prefix removed, e.g. "capacity" or "requirements.other". */
  field?: string;
}

/** What wording needs from vue-i18n: satisfied by `useI18n()` and by `createAppI18n().global`. */
export interface ErrorTranslator {
  t(key: string, named: Record<string, unknown>): string;
  t(key: string): string;
  te(key: string): boolean;
  locale: { value: string };
}

function isApolloError(error: unknown): error is ApolloError {
  return typeof error === "object" && error !== null && "graphQLErrors" in error;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The refusals the server sent, in order. */
export function serverErrors(error: unknown): ServerError[] {
  if (!isApolloError(error)) return [];
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = asRecord(graphQLError.extensions);
    const field = typeof extensions.field === "string" ? extensions.field.replace(/^input\./, "") : undefined;
    return {
      code: typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR",
      reason: typeof extensions.reason === "string" ? extensions.reason : "INTERNAL",
      params: asRecord(extensions.params),
      ...(field ? { field } : {}),
    };
  });
}

export function isNetworkError(error: unknown): boolean {
  return isApolloError(error) && !!error.networkError && error.graphQLErrors.length === 0;
}

/** "Praktiksamordnare" → key "praktiksamordnare"; "Occupation field" → "occupationField". */
const recordKey = (record: string) =>
  record.replace(/\s+(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase());

/**
 * The params in the reader's words: names of kinds, statuses, records, actions, roles and formats
 * from i18n, dates and clock times in the reader's locale. Numbers stay numbers.
 */
export function wordedParams(error: ServerError, i18n: ErrorTranslator, now = new Date()): Record<string, unknown> {
  const { t, te } = i18n;
  const locale = i18n.locale.value;
  const word = (key: string, fallback: string) => (te(key) ? t(key) : fallback);
  const or = (values: string[]) => values.join(` ${t("errorWords.or")} `);
  const named: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(error.params)) {
    const text = String(value);
    switch (name) {
      case "kind":
        named.kind = word(`kind.${text}`, text);
        break;
      case "status":
        named.status = error.reason.startsWith("CLAIM_")
          ? word(`errorWords.claimStates.${text}`, text)
          : word(`errorWords.placementStates.${text}`, text);
        break;
      case "allowedFrom":
        named.allowedFrom = or((Array.isArray(value) ? value : [value]).map(String));
        break;
      case "record":
        named.record = word(`errorWords.records.${recordKey(text)}`, text);
        break;
      case "action":
        named.action = word(`errorWords.actions.${text}`, text);
        break;
      case "roles":
        named.roles = or((Array.isArray(value) ? value : [value]).map((role) => word(`role.${String(role)}`, String(role)).toLowerCase()));
        break;
      case "format":
        named.format = word(`errorWords.formats.${text}`, text);
        break;
      case "columns":
        named.columns = (Array.isArray(value) ? value : [value]).map(String).join(", ");
        break;
      case "missing":
        // REQUIREMENTS_NOT_MET: codes "SWEDISH_LEVEL:<level>" and "LICENCE:<licence>".
        named.missing = (Array.isArray(value) ? value : [value])
          .map(String)
          .map((code) => {
            const [kind, what] = code.split(":");
            return kind === "SWEDISH_LEVEL"
              ? t("pool.missingLevel", { level: word(`swedishLevel.${what}`, what) })
              : word(`licence.${what}`, what);
          })
          .join(", ");
        break;
      case "months":
        named.months = (Array.isArray(value) ? value : [value])
          .map((month) =>
            new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, Number(month) - 1, 1))),
          )
          .join(", ");
        break;
      case "placementEnd":
        named.placementEnd = /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text, locale) : text;
        break;
      case "retryAfterSeconds":
        named.retryAfterSeconds = value;
        named.time = formatClock(new Date(now.getTime() + Number(value) * 1000), locale, now);
        break;
      default:
        named[name] = value;
    }
  }
  return named;
}

/** One refusal as one sentence in the reader's language; an unknown reason reads as a server fault. */
export function errorText(error: ServerError, i18n: ErrorTranslator, now = new Date()): string {
  const key = i18n.te(`errors.${error.reason}`) ? `errors.${error.reason}` : "errors.INTERNAL";
  return i18n.t(key, wordedParams(error, i18n, now));
}

/** Field → sentence, for showing each server error beside the field it names. */
export function fieldErrorsOf(error: unknown, i18n: ErrorTranslator, receivedAt = new Date()): Record<string, string> {
  const result: Record<string, string> = {};
  for (const serverError of serverErrors(error)) {
    if (serverError.field && !result[serverError.field]) result[serverError.field] = errorText(serverError, i18n, receivedAt);
  }
  return result;
}

/**
 * One sentence for the whole refusal: the first error's text, or — when the errors name fields,
 * which the form shows beside them — a pointer to those fields. `receivedAt` anchors a "try again
 * at" time, so rewording the same answer later (another language) keeps the same time.
 */
export function generalMessage(error: unknown, i18n: ErrorTranslator, receivedAt = new Date()): string {
  if (isNetworkError(error)) return i18n.t("common.networkError");
  const errors = serverErrors(error);
  if (errors.length === 0) return i18n.t("errors.INTERNAL");
  if (errors.some((serverError) => serverError.field)) return i18n.t("form.fixErrors");
  return errorText(errors[0], i18n, receivedAt);
}

/** A sign-in refused after too many failures, worded with the time the lock lifts; null for any other failure. */
export function signInLockMessage(error: unknown, i18n: ErrorTranslator, receivedAt = new Date()): string | null {
  const locked = serverErrors(error).find((serverError) => serverError.code === "TOO_MANY_REQUESTS");
  return locked ? errorText(locked, i18n, receivedAt) : null;
}
