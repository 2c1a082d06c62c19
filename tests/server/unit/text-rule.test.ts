import { describe, expect, it } from "vitest";
import { AppError } from "../../../server/common/errors.js";
import { checkText, textProblem, type TextRule } from "../../../server/common/validation.js";

const TITLE: TextRule = { min: 3, max: 200, noIdentityNumber: true };
const REASON: TextRule = { max: 1000, multiline: true, noIdentityNumber: true, blankReason: "REASON_REQUIRED" };
const reasonOf = (value: unknown, rule: TextRule) => textProblem("input.title", value, rule)?.reason ?? null;

describe("the one text rule", () => {
  it.each([
    ["a right-to-left override", "a\u202Eb"],
    ["a left-to-right embedding", "a\u202Ab"],
    ["an isolate", "a\u2066b\u2069"],
    ["a C1 control", "a\u0085b"],
    ["the last C1 control", "a\u009Fb"],
    ["DEL", "a\u007Fb"],
    ["an escape", "a\u001Bb"],
    ["a NUL", "a\u0000b"],
    ["a lone high surrogate", "abc\uD800"],
    ["a lone low surrogate", "\uDC00abc"],
    ["two high surrogates", "ab\uD800\uD800c"],
  ])("refuses %s, in single-line and multi-line texts alike", (_name, text) => {
    expect(reasonOf(text, TITLE)).toBe("TEXT_FORBIDDEN_CHARACTERS");
    expect(reasonOf(text, REASON)).toBe("TEXT_FORBIDDEN_CHARACTERS");
  });

  it("takes whole characters outside the BMP, and counts each as one", () => {
    expect(reasonOf("Café 😀 ÅÄÖ", TITLE)).toBeNull();
    expect(reasonOf("😀".repeat(200), TITLE)).toBeNull();
    expect(reasonOf("😀".repeat(201), TITLE)).toBe("TEXT_LENGTH");
  });

  it("takes line breaks only where the field is multi-line, and tab everywhere", () => {
    expect(reasonOf("rad ett\nrad två\r\n", REASON)).toBeNull();
    expect(reasonOf("rad ett\nrad två", TITLE)).toBe("TEXT_FORBIDDEN_CHARACTERS");
    expect(reasonOf("kolumn\tkolumn", TITLE)).toBeNull();
  });

  it("measures the length after trimming at the bottom and as stored at the top, and names blank texts", () => {
    expect(textProblem("input.title", "  ab  ", TITLE)).toMatchObject({ reason: "TEXT_LENGTH", params: { min: 3, max: 200 } });
    expect(reasonOf("   ", TITLE)).toBe("TEXT_BLANK");
    expect(reasonOf(" \n ", REASON)).toBe("REASON_REQUIRED");
    expect(reasonOf("x".repeat(1001), REASON)).toBe("TEXT_LENGTH");
  });

  it("refuses an identity number only where the field asks", () => {
    expect(reasonOf("Lager 19900101-1234", TITLE)).toBe("TEXT_HOLDS_IDENTITY_NUMBER");
    expect(reasonOf("Lager 19900101-1234", { max: 200 })).toBeNull();
  });

  it("accepts null only for optional fields and refuses what is not a string", () => {
    expect(reasonOf(null, { ...TITLE, optional: true })).toBeNull();
    expect(reasonOf(null, TITLE)).toBe("VALUE_REQUIRED");
    expect(reasonOf(42, TITLE)).toBe("INVALID_VALUE");
  });

  it("throws, for texts outside an input class, the same refusal naming the field", () => {
    expect(() => checkText("note", "a\u202Eb", REASON)).toThrow(AppError);
    try {
      checkText("note", "a\u202Eb", REASON);
    } catch (error) {
      expect((error as AppError).extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "TEXT_FORBIDDEN_CHARACTERS", field: "note" });
    }
    expect(() => checkText("note", "Ring 070-123 45 67", REASON)).not.toThrow();
  });
});
