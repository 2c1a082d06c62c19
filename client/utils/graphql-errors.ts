import type { ApolloError } from "@apollo/client/core";

export interface ServerError {
  code: string;
  message: string;
  /** Input path with the operation's `input.` prefix removed, e.g. "capacity" or "requirements.other". */
  field?: string;
  extensions: Record<string, unknown>;
}

type Translate = (key: string, named?: Record<string, unknown>) => string;

function isApolloError(error: unknown): error is ApolloError {
  return typeof error === "object" && error !== null && "graphQLErrors" in error;
}

/** The typed errors (extensions.code, extensions.field) the server sent, in order. */
export function serverErrors(error: unknown): ServerError[] {
  if (!isApolloError(error)) return [];
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = (graphQLError.extensions ?? {}) as Record<string, unknown>;
    const rawField = typeof extensions.field === "string" ? extensions.field : undefined;
    return {
      code: typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR",
      message: graphQLError.message,
      field: rawField?.replace(/^input\./, ""),
      extensions,
    };
  });
}

export function isNetworkError(error: unknown): boolean {
  return isApolloError(error) && !!error.networkError && error.graphQLErrors.length === 0;
}

/**
 * The server words its field errors in English for API users; the form shows the known ones in the
 * user's language and falls back to the server's text.
 */
export function fieldMessage(error: ServerError, t: Translate): string {
  if (error.code === "NOT_FOUND") return t("form.errors.notFound");
  const below = /below the (\d+) seats/.exec(error.message);
  if (below) return t("form.errors.belowTaken", { taken: Number(below[1]) });
  if (/characters long/.test(error.message) && error.field === "title") return t("form.errors.titleLength");
  const tooLong = /must be \d+–(\d+) characters long/.exec(error.message);
  if (tooLong) return t("form.errors.tooLong", { max: Number(tooLong[1]) });
  if (/must not be blank/.test(error.message)) return t("form.errors.notBlank");
  if (/must not be before/.test(error.message)) return t("form.errors.endBeforeStart");
  if (/(less|greater) than/.test(error.message)) {
    if (error.field === "capacity") return t("form.errors.capacityRange");
    if (error.field === "hoursPerWeek") return t("form.errors.hoursRange");
  }
  return error.message;
}

/** Field → message, for showing each server error beside the field it names. */
export function fieldErrorsOf(error: unknown, t: Translate): Record<string, string> {
  const result: Record<string, string> = {};
  for (const serverError of serverErrors(error)) {
    if (serverError.field && !result[serverError.field]) result[serverError.field] = fieldMessage(serverError, t);
  }
  return result;
}

/** One sentence for errors that name no field: what happened and what to do. */
export function generalMessage(error: unknown, t: Translate): string {
  if (isNetworkError(error)) return t("common.networkError");
  const first = serverErrors(error)[0];
  switch (first?.code) {
    case "NO_FREE_SEATS":
      return t("claim.noFreeSeats", { free: Number(first.extensions.freeSeats ?? 0) });
    case "FORBIDDEN":
      return t("common.forbidden");
    case "CONFLICT":
      return t("common.conflict");
    case "NOT_FOUND":
      return t("common.notFound");
    case "BAD_USER_INPUT":
      return first.field ? t("form.fixErrors") : first.message;
    case undefined:
    default:
      return t("common.serverError");
  }
}

export type SignInLockReason = "ACCOUNT_LOCKED" | "ADDRESS_LOCKED" | "UNKNOWN";

/** A refused sign-in because of too many failures: why (account or address) and for how long. */
export function signInLock(error: unknown): { reason: SignInLockReason; retryAfterSeconds: number } | null {
  const locked = serverErrors(error).find((serverError) => serverError.code === "TOO_MANY_REQUESTS");
  if (!locked) return null;
  const { reason, retryAfterSeconds } = locked.extensions;
  return {
    reason: reason === "ACCOUNT_LOCKED" || reason === "ADDRESS_LOCKED" ? reason : "UNKNOWN",
    retryAfterSeconds: typeof retryAfterSeconds === "number" ? retryAfterSeconds : 60,
  };
}
