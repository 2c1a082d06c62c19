import { ApolloError } from "@apollo/client/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { createAppI18n } from "../../client/i18n";
import { fieldErrorsOf, generalMessage } from "../../client/utils/graphql-errors";

const { t } = createAppI18n("sv").global;
const translate = (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
const apolloError = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new ApolloError({ graphQLErrors: errors.map((error) => new GraphQLError(error.message, { extensions: error.extensions })) });

describe("server errors in the coordinator's words", () => {
  it("puts a field error beside the field the server names", () => {
    const error = apolloError({
      message: "capacity cannot go below the 3 seats already claimed",
      extensions: { code: "BAD_USER_INPUT", field: "input.capacity" },
    });
    expect(fieldErrorsOf(error, translate)).toEqual({ capacity: "Kan inte vara lägre än de 3 platser som redan är tagna." });
  });

  it("keeps nested field paths", () => {
    const error = apolloError({
      message: "other must be 0–1000 characters long",
      extensions: { code: "BAD_USER_INPUT", field: "input.requirements.other" },
    });
    expect(fieldErrorsOf(error, translate)).toEqual({ "requirements.other": "Högst 1000 tecken." });
  });

  it("says how many seats are left when a claim comes too late", () => {
    const error = apolloError({ message: "Not enough free seats: 0 free.", extensions: { code: "NO_FREE_SEATS", freeSeats: 0 } });
    expect(generalMessage(error, translate)).toBe("Det finns inte så många lediga platser. Lediga nu: 0.");
  });

  it("tells the user to check the connection when the server cannot be reached", () => {
    const error = new ApolloError({ networkError: new TypeError("Failed to fetch") });
    expect(generalMessage(error, translate)).toBe("Vi når inte servern. Kontrollera anslutningen och försök igen.");
  });
});
