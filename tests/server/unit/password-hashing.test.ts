import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config.js";
import { NO_PASSWORD, passwordProblem, PasswordHasher } from "../../../server/modules/auth/passwords.js";
import { testPasswordHashing } from "../../helpers/test-server.js";

/** [memory, passes, lanes] as the encoded hash names them: `$argon2id$v=19$m=…,p=…,t=…$…`. */
function parametersOf(hash: string): number[] {
  const named = Object.fromEntries(
    hash
      .split("$")[3]
      .split(",")
      .map((pair) => pair.split("=")),
  );
  return [Number(named.m), Number(named.t), Number(named.p)];
}

describe("password hashing", () => {
  it("hashes at argon2's defaults in production, above OWASP's minimum for argon2id (19 MiB, 2 passes)", async () => {
    const config = loadConfig({ NODE_ENV: "production", TOKEN_SECRET: "a-production-secret-of-32-characters!" });
    expect(config.passwordHashing).toEqual({ memoryCost: 65_536, timeCost: 3, parallelism: 4 });
    const [memory, passes, lanes] = parametersOf(await new PasswordHasher(config.passwordHashing).hash("ett-langt-losenord"));
    expect([memory, passes, lanes]).toEqual([65_536, 3, 4]);
    expect(memory).toBeGreaterThanOrEqual(19_456);
    expect(passes).toBeGreaterThanOrEqual(2);
  });

  it("verifies a hash by the parameters it carries, so cheaper or dearer settings later still accept it", async () => {
    const hash = await new PasswordHasher(testPasswordHashing).hash("ett-langt-losenord");
    expect(parametersOf(hash)).toEqual([1024, 1, 1]);
    const production = new PasswordHasher();
    expect(await production.verify(hash, "ett-langt-losenord")).toBe(true);
    expect(await production.verify(hash, "ett-annat-losenord")).toBe(false);
  });

  it("matches no password for an account without one (after an admin's reset, or none at all)", async () => {
    const hasher = new PasswordHasher(testPasswordHashing);
    expect(await hasher.verify(NO_PASSWORD, NO_PASSWORD)).toBe(false);
    expect(await hasher.verify(null, "")).toBe(false);
  });

  it("has one rule for new passwords: 12 to 200 characters", () => {
    expect(passwordProblem("a".repeat(11))).not.toBeNull();
    expect(passwordProblem("a".repeat(12))).toBeNull();
    expect(passwordProblem("a".repeat(200))).toBeNull();
    expect(passwordProblem("a".repeat(201))).not.toBeNull();
  });
});
