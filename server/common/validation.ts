import { IsOptional, IsString, registerDecorator } from "class-validator";
import { badInput } from "./errors.js";
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
}

/**
 * C0 controls other than tab (and line breaks where allowed), DEL and the C1 controls have no place
 * in text a person types; bidirectional overrides and isolates can make a text read differently
 * from what it says.
 */
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** A surrogate half without its partner is not a character: it cannot be stored as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with `value` as the text field `field`, or null when nothing is. Messages name the field.
 */
export function textProblem(field: string, value: unknown, rule: TextRule): string | null {
  if (value === null || value === undefined) return rule.optional ? null : `${field} is required`;
  if (typeof value !== "string") return `${field} must be a string`;
  const min = rule.min ?? 1;
  if (LONE_SURROGATE.test(value)) return `${field} must not contain a lone surrogate (an incomplete character)`;
  if ((rule.multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_SINGLE_LINE).test(value)) {
    return `${field} must not contain control characters or bidirectional overrides${rule.multiline ? "" : " or line breaks"}`;
  }
  // The upper bound counts what is stored (code points, as PostgreSQL's varchar does); the lower one what is left after trimming.
  if ([...value.trim()].length < min || [...value].length > rule.max) return `${field} must be ${min}–${rule.max} characters long`;
  if (min > 0 && !/\S/u.test(value)) return `${field} must not be blank`;
  if (rule.noIdentityNumber && containsIdentityNumber(value)) return `${field} must not contain a personal identity number`;
  return null;
}

/** Throws BAD_USER_INPUT naming `field` when the text breaks the rule; for texts that arrive outside an input class. */
export function checkText(field: string, value: string | null | undefined, rule: TextRule): void {
  const problem = textProblem(field, value, rule);
  if (problem) throw badInput(field, problem);
}

/** A text field of an input or args class: the same rule as `checkText`, checked before the resolver runs. */
export function Text(rule: TextRule): PropertyDecorator {
  return (target, key) => {
    if (rule.optional) IsOptional()(target, key);
    IsString({ message: "$property must be a string" })(target, key);
    registerDecorator({
      name: "text",
      target: target.constructor,
      propertyName: String(key),
      validator: {
        validate: (value: unknown) => textProblem(String(key), value, rule) === null,
        defaultMessage: (args) => textProblem(args!.property, args!.value, rule) ?? `${args!.property} is not valid`,
      },
    });
  };
}
