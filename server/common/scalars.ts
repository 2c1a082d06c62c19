import { DateTimeISOResolver, LocalDateResolver } from "graphql-scalars";

/** A calendar date, "2026-11-26". Impossible dates (2026-02-30) are refused as BAD_USER_INPUT. */
export const LocalDate = LocalDateResolver;
/** An instant, ISO 8601 with time zone. */
export const DateTime = DateTimeISOResolver;
