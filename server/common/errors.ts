import { GraphQLError } from "graphql";

/** The error codes clients may rely on (API-CONTRACT.md). Each has one default message. */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  NO_FREE_SEATS = "NO_FREE_SEATS",
  CONFLICT = "CONFLICT",
}

function defaultMessage(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return "Sign in first: the request has no valid bearer token.";
    case ErrorCode.FORBIDDEN:
      return "Your role or organisation may not do this.";
    case ErrorCode.BAD_USER_INPUT:
      return "The input is not valid.";
    case ErrorCode.NOT_FOUND:
      return "No such record, or it is not visible to you.";
    case ErrorCode.NO_FREE_SEATS:
      return "The placement has not enough free seats.";
    case ErrorCode.CONFLICT:
      return "The record has changed; the action no longer applies.";
  }
}

/** A domain error with a stable extensions.code; the only kind of error whose text reaches clients. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message?: string, extra: Record<string, unknown> = {}) {
    super(message ?? defaultMessage(code), { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message?: string) => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message?: string) => new AppError(ErrorCode.FORBIDDEN, message);
/** `field` is the input path the client sent, e.g. "input.capacity". */
export const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
export const notFound = (what: string, field?: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} not found, or not visible to you.`, field ? { field } : {});
export const noFreeSeats = (freeSeats: number) =>
  new AppError(ErrorCode.NO_FREE_SEATS, `Not enough free seats: ${freeSeats} free.`, { freeSeats });
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);

/**
 * True for a unique-key violation from either store. A check-then-insert can still lose a race
 * on PostgreSQL (two requests, two connections); the index decides, and the loser gets this.
 */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } })?.driverError;
  return driverError?.code === "23505" || driverError?.code === "SQLITE_CONSTRAINT_UNIQUE";
}
