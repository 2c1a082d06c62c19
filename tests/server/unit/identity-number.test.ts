import { describe, expect, it } from "vitest";
import { containsIdentityNumber, findIdentityNumbers, luhnValid } from "../../../server/common/identity-number.js";
import { IDENTITY_NUMBER_VARIANTS, LEGITIMATE_CODES, PHONE_NUMBERS } from "../../helpers/identity-number-fixtures.js";

describe("identity numbers in text", () => {
  it.each(IDENTITY_NUMBER_VARIANTS)("finds %s", (text) => {
    expect(findIdentityNumbers(text)).toHaveLength(1);
  });

  it.each(IDENTITY_NUMBER_VARIANTS)("finds %s inside a sentence", (text) => {
    expect(containsIdentityNumber(`Deltagaren (${text}) slutade i förtid.`)).toBe(true);
  });

  it.each(LEGITIMATE_CODES)("leaves the code %s alone", (code) => {
    expect(containsIdentityNumber(code)).toBe(false);
  });

  it.each(PHONE_NUMBERS)("leaves the phone number %s alone", (phone) => {
    expect(containsIdentityNumber(`Ring handledaren på ${phone} före start.`)).toBe(false);
  });

  it("knows that the digits of 070-123 45 69 would pass as a number if they were grouped like one", () => {
    expect(luhnValid("0701234569")).toBe(true);
    expect(containsIdentityNumber("070123-4569")).toBe(true);
  });

  it("recognises a coordination number (day + 60) and refuses a day that no month has", () => {
    expect(containsIdentityNumber("900161-1234")).toBe(true);
    expect(containsIdentityNumber("900132-1234")).toBe(false);
    expect(containsIdentityNumber("900192-1234")).toBe(false);
    expect(containsIdentityNumber("901301-1234")).toBe(false);
  });

  it("takes 29 February only in a leap year", () => {
    expect(containsIdentityNumber("20000229-1234")).toBe(true);
    expect(containsIdentityNumber("19000229-1234")).toBe(false);
    expect(containsIdentityNumber("19010229-1234")).toBe(false);
  });

  it("sees through full-width digits, invisible characters and typographic dashes", () => {
    expect(containsIdentityNumber("９００１０１－１２３４")).toBe(true);
    expect(containsIdentityNumber("900101\u200B-1234")).toBe(true);
    expect(containsIdentityNumber("900101\u20131234")).toBe(true);
  });

  it("needs the check digit where spaces do the grouping, so dates and times in a sentence pass", () => {
    expect(containsIdentityNumber("Vi ses 2027-01-11 10.30 vid entrén.")).toBe(false);
    expect(containsIdentityNumber("Personnummer 1990 01 01 1239")).toBe(true);
    expect(containsIdentityNumber("Personnummer 900101 1239")).toBe(true);
  });

  it("finds a number spread out with spaced dashes, slashes or a line break when its check digit is right", () => {
    expect(containsIdentityNumber("900101 - 1239")).toBe(true);
    expect(containsIdentityNumber("90/01/01-1234")).toBe(true);
    expect(containsIdentityNumber("Nummer 900101\n1239")).toBe(true);
    expect(containsIdentityNumber("Nummer 900101\n1234")).toBe(false);
  });

  it("leaves date ranges alone, however the dash is written", () => {
    for (const range of ["2027-01-11–2027-06-30", "2027-01-11-2027-06-30", "2027-01-11 - 2027-06-30", "2027-01-11 – 2027-06-30"]) {
      expect(containsIdentityNumber(`Period ${range}.`), range).toBe(false);
    }
  });

  it("still finds a number followed by a phone number", () => {
    expect(containsIdentityNumber("Anna 900101-1234 070-123 45 67")).toBe(true);
  });

  it("ignores longer runs of digits and plain dates", () => {
    expect(containsIdentityNumber("Order 4670123456789 skickad")).toBe(false);
    expect(containsIdentityNumber("Start 2027-01-11, slut 2027-06-30")).toBe(false);
    expect(containsIdentityNumber("+46701234569")).toBe(false);
  });
});
