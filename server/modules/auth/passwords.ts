import argon2 from "argon2";
import { IsString, Length } from "class-validator";
import { defaultPasswordHashing, type PasswordHashingOptions } from "../../config.js";

/** The one rule for a new password, wherever one is set: at creation, change, reset and by the create-admin script. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const PASSWORD_RULE = `password must be ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters long`;

/** The rule as a check, for code that does not go through a GraphQL input (scripts). */
export const passwordProblem = (password: string): string | null =>
  password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH ? PASSWORD_RULE : null;

/** The rule as a class-validator decorator for GraphQL inputs. */
export function NewPassword(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
      message: `$property must be ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters long`,
    })(target, key);
  };
}

/**
 * Stored in place of a hash when an admin resets a password: no password matches it, so the old
 * password stops working until the user sets a new one with the reset token.
 */
export const NO_PASSWORD = "!reset";

/** argon2id with the configured cost. A stored hash carries its own parameters, so older hashes still verify. */
export class PasswordHasher {
  private decoy: Promise<string> | null = null;

  constructor(private readonly options: PasswordHashingOptions = defaultPasswordHashing) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.options });
  }

  /**
   * True when `password` matches `hash`. Without a usable hash (unknown e-mail, deactivated or
   * reset account) a decoy hash is checked instead, so the answer takes as long as a wrong password.
   */
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash?.startsWith("$argon2")) return argon2.verify(hash, password);
    this.decoy ??= this.hash("praktikpool-decoy-password");
    await argon2.verify(await this.decoy, password);
    return false;
  }
}
