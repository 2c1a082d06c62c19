import { ApolloError } from "@apollo/client/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import reasons from "../../schema/error-reasons.json";
import { createAppI18n, type Locale } from "../../client/i18n";
import { en } from "../../client/i18n/en";
import { sv } from "../../client/i18n/sv";
import { errorText, fieldErrorsOf, generalMessage, type ErrorTranslator } from "../../client/utils/graphql-errors";

// legacy: false, so `global` is a Composer at run time (its type is the legacy union).
const i18nIn = (locale: Locale) => createAppI18n(locale, { en }).global as unknown as ErrorTranslator;
const refusal = (reason: string, params: Record<string, unknown> = {}, field?: string, code = "BAD_USER_INPUT") =>
  new ApolloError({
    graphQLErrors: [
      // The message is what an API developer reads; the client must never show or parse it.
      new GraphQLError("developer text the client must not show", { extensions: { code, reason, params, ...(field ? { field } : {}) } }),
    ],
  });

/** A plausible value for each param the catalogue names, so every text can be rendered. */
const sample: Record<string, unknown> = {
  kind: "WORK_TRAINING",
  maxMonths: 12,
  status: "CLOSED",
  action: "confirmClaim",
  allowedFrom: ["HELD"],
  record: "Placement",
  roles: ["COORDINATOR"],
  format: "PHONE",
  placementEnd: "2027-03-26",
  retryAfterSeconds: 900,
  operation: "subscription",
};
const paramsOf = (names: string[]) => Object.fromEntries(names.map((name, index) => [name, sample[name] ?? 17 + index]));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

describe("the server's refusals in the reader's language", () => {
  for (const [locale, messages] of [
    ["sv", sv],
    ["en", en],
  ] as const) {
    it(`has a ${locale === "sv" ? "Swedish" : "English"} text for every reason in schema/error-reasons.json, naming only its params`, () => {
      const texts = messages.errors as Record<string, string>;
      const missing = reasons.filter((entry) => typeof texts[entry.reason] !== "string").map((entry) => entry.reason);
      expect(missing, `reasons without a text in client/i18n/errors.${locale}.ts`).toEqual([]);
      for (const entry of reasons) {
        const allowed = [...entry.params, ...(entry.params.includes("retryAfterSeconds") ? ["time"] : [])];
        expect(
          placeholders(texts[entry.reason]).filter((name) => !allowed.includes(name)),
          `${entry.reason} names params it does not have`,
        ).toEqual([]);
        const rendered = errorText({ code: entry.code, reason: entry.reason, params: paramsOf(entry.params) }, i18nIn(locale));
        expect(rendered, entry.reason).not.toMatch(/[{}]|undefined|NaN/);
      }
      // No text for a reason the server no longer gives: it would never be read or checked.
      const known = new Set(reasons.map((entry) => entry.reason));
      expect(Object.keys(texts).filter((reason) => !known.has(reason))).toEqual([]);
    });
  }

  it("says how long an arbetsträning may last, with the number, in Swedish and in English", () => {
    const error = refusal("PERIOD_TOO_LONG", { kind: "WORK_TRAINING", maxMonths: 12 }, "input.endDate");
    expect(fieldErrorsOf(error, i18nIn("sv"))).toEqual({
      endDate: "Arbetsträning får vara högst 12 månader. Välj ett tidigare slutdatum.",
    });
    expect(fieldErrorsOf(error, i18nIn("en"))).toEqual({
      endDate: "Work training (arbetsträning) may last at most 12 months. Choose an earlier end date.",
    });
  });

  it("puts a field error beside the field the server names, nested paths included", () => {
    expect(fieldErrorsOf(refusal("BELOW_SEATS_TAKEN", { seatsTaken: 3 }, "input.capacity"), i18nIn("sv"))).toEqual({
      capacity: "Kan inte vara lägre än de 3 platser som redan är tagna.",
    });
    expect(fieldErrorsOf(refusal("TEXT_LENGTH", { min: 0, max: 1000 }, "input.requirements.other"), i18nIn("sv"))).toEqual({
      "requirements.other": "Skriv 0–1000 tecken.",
    });
  });

  it("gives the placement's last day as a date when a requested start comes after it", () => {
    const error = refusal("START_AFTER_PLACEMENT_END", { placementEnd: "2027-03-26" }, "input.requestedStart");
    expect(fieldErrorsOf(error, i18nIn("sv")).requestedStart).toBe("Platsen slutar 26 mars 2027. Välj ett startdatum senast då.");
    expect(fieldErrorsOf(error, i18nIn("en")).requestedStart).toBe(
      "The placement ends on 26 Mar 2027. Choose a start date no later than that.",
    );
  });

  it("says in one sentence how many seats are left when a claim comes too late", () => {
    const error = refusal("NOT_ENOUGH_FREE_SEATS", { freeSeats: 0, requested: 2 }, undefined, "NO_FREE_SEATS");
    expect(generalMessage(error, i18nIn("sv"))).toBe("Det finns inte så många lediga platser. Du bad om 2, lediga nu: 0.");
  });

  it("words a status that changed meanwhile in the reader's words, not the server's codes", () => {
    const error = refusal(
      "CLAIM_STATUS_CHANGED",
      { status: "EXPIRED", action: "confirmClaim", allowedFrom: ["HELD"] },
      undefined,
      "CONFLICT",
    );
    expect(generalMessage(error, i18nIn("sv"))).toBe(
      "Reservationen är utgången nu, så det går inte att bekräfta den. Ladda om sidan och se hur det står till.",
    );
  });

  it("reads a reason it does not know as a server fault, never as the server's message", () => {
    const error = refusal("SOMETHING_NEW", {}, undefined, "CONFLICT");
    expect(generalMessage(error, i18nIn("sv"))).toBe("Något gick fel hos servern. Försök igen om en stund.");
  });

  it("tells the user to check the connection when the server cannot be reached", () => {
    const error = new ApolloError({ networkError: new TypeError("Failed to fetch") });
    expect(generalMessage(error, i18nIn("sv"))).toBe("Vi når inte servern. Kontrollera anslutningen och försök igen.");
  });
});
