import { IsOptional, IsString, Length, Matches } from "class-validator";

/**
 * Control characters other than tab and newline have no place in any text a coordinator types,
 * nor do bidirectional overrides, which can make a title read differently from what it says.
 */
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]*$/u;

function applyDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };
}

/**
 * A text field: `min`–`max` characters, not only spaces, no control characters.
 * Optional fields also accept null or absent.
 */
export function Text(options: { min?: number; max: number; optional?: boolean }): PropertyDecorator {
  const min = options.min ?? 1;
  return applyDecorators(
    ...(options.optional ? [IsOptional()] : []),
    IsString(),
    Length(min, options.max, { message: `$property must be ${min}–${options.max} characters long` }),
    Matches(NO_CONTROL_CHARACTERS, {
      message: "$property must not contain control characters",
      context: { reason: "TEXT_FORBIDDEN_CHARACTERS", params: {} },
    }),
    ...(min > 0 ? [Matches(/\S/, { message: "$property must not be blank", context: { reason: "TEXT_BLANK", params: {} } })] : []),
  );
}
