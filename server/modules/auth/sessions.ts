import { createHmac, randomBytes } from "node:crypto";
import { IsNull, MoreThan, Not, type EntityManager } from "typeorm";
import { PasswordReset } from "./password-reset.entity.js";
import { Session } from "./session.entity.js";

/** A new bearer or one-time token: 256 random bits, URL-safe. */
export const newToken = () => randomBytes(32).toString("base64url");

/** Tokens are stored only as this keyed hash, so a copied database opens no doors. */
export const keyedHash = (secret: string, token: string) => createHmac("sha256", secret).update(token).digest("hex");

/** Ends a user's live sessions at once, all or all but the one whose token hash is `except`; returns how many ended. */
export async function revokeSessions(
  manager: EntityManager,
  userId: string,
  options: { except?: string; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const result = await manager.update(
    Session,
    { userId, revokedAt: IsNull(), expiresAt: MoreThan(now), ...(options.except ? { tokenHash: Not(options.except) } : {}) },
    { revokedAt: now },
  );
  return result.affected ?? 0;
}

/** Voids a user's unused set-password tokens (after a newer reset, a password change or a deactivation). */
export async function voidPasswordResets(manager: EntityManager, userId: string, now = new Date()): Promise<void> {
  await manager.update(PasswordReset, { userId, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
}
