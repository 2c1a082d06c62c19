import { IsOptional, registerDecorator } from "class-validator";
import { badInput, type ParamValue, type Reason } from "./errors.js";
import { containsIdentityNumber } from "./identity-number.js";

/** What a free-text field accepts. Every free text of the API is checked by `textProblem`, through `Text` or `checkText`. */
export interface TextRule {
  /** Least number of characters (default 1); above 0 the text must also hold something other than spaces. */
  min?: number;
  max: number;
  /** Null or absent is accepted. */
  optional?: boolean;
  /** Line breaks are allowed (descriptions, reasons); a single-line text accepts tab as its only control character. */
  multiline?: boolean;
  /** Refuses a Swedish personal identity or coordination number anywhere in the text (server/common/identity-number.ts). */
  noIdentityNumber?: boolean;
  /** The reason for a blank text, where the catalogue has a more precise one than TEXT_BLANK. */
  blankReason?: "TEXT_BLANK" | "REASON_REQUIRED";
}

/**
 * C0 controls other than tab (and line breaks where allowed), DEL and the C1 controls have no place
 * in text a person types; bidirectional embeddings, overrides and isolates can make a text read
 * differently from what it says.
 */
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** A surrogate half without its partner is not a character: it cannot be stored as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextProblem {
  reason: Reason;
  params: Record<string, ParamValue>;
  /** Plain English naming the field, for developers. */
  message: string;
}

/** The reasons `textProblem` gives, in the order it checks them. */
const TEXT_REASONS = [
  "VALUE_REQUIRED",
  "INVALID_VALUE",
  "TEXT_FORBIDDEN_CHARACTERS",
  "TEXT_LENGTH",
  "TEXT_BLANK",
  "REASON_REQUIRED",
  "TEXT_HOLDS_IDENTITY_NUMBER",
] as const satisfies readonly Reason[];

/** What is wrong with `value` as the text field `field`, or null when nothing is: the one text rule. */
export function textProblem(field: string, value: unknown, rule: TextRule): TextProblem | null {
  const problem = (reason: Reason, message: string, params: Record<string, ParamValue> = {}) => ({ reason, params, message });
  if (value === null || value === undefined) return rule.optional ? null : problem("VALUE_REQUIRED", `${field} is required`);
  if (typeof value !== "string") return problem("INVALID_VALUE", `${field} must be a string`);
  const min = rule.min ?? 1;
  if (LONE_SURROGATE.test(value) || (rule.multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_SINGLE_LINE).test(value)) {
    return problem(
      "TEXT_FORBIDDEN_CHARACTERS",
      `${field} must not contain control characters, bidirectional overrides or incomplete characters${rule.multiline ? "" : ", nor line breaks"}`,
    );
  }
  // The upper bound counts what is stored (code points, as PostgreSQL's varchar does); the lower one what is left after trimming.
  const length = () => problem("TEXT_LENGTH", `${field} must be ${min}–${rule.max} characters long`, { min, max: rule.max });
  if ([...value].length > rule.max) return length();
  if (min > 0 && !/\S/u.test(value)) return problem(rule.blankReason ?? "TEXT_BLANK", `${field} must not be blank`);
  if ([...value.trim()].length < min) return length();
  if (rule.noIdentityNumber && containsIdentityNumber(value)) {
    return problem("TEXT_HOLDS_IDENTITY_NUMBER", `${field} must not contain a personal identity number`);
  }
  return null;
}

/** Throws BAD_USER_INPUT naming `field` when the text breaks the rule; for texts that arrive outside an input class. */
export function checkText(field: string, value: string | null | undefined, rule: TextRule): void {
  const problem = textProblem(field, value, rule);
  if (problem) throw badInput(field, problem.reason, problem.params as never);
}

/**
 * A text field of an input or args class, checked by `textProblem` before the resolver runs. One
 * constraint per reason, each failing only when `textProblem` gives its reason, so the answer
 * carries exactly the reason and params of the first problem (format-error.ts reads `context`).
 */
export function Text(rule: TextRule): PropertyDecorator {
  return (target, key) => {
    if (rule.optional) IsOptional()(target, key);
    for (const reason of TEXT_REASONS) {
      registerDecorator({
        name: `text${reason}`,
        target: target.constructor,
        propertyName: String(key),
        options: { context: { reason, params: reason === "TEXT_LENGTH" ? { min: rule.min ?? 1, max: rule.max } : {} } },
        validator: {
          validate: (value: unknown) => textProblem(String(key), value, rule)?.reason !== reason,
          defaultMessage: (args) => textProblem(args!.property, args!.value, rule)?.message ?? `${args!.property} is not valid`,
        },
      });
    }
  };
}
