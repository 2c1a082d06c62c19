import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../../server/modules/audit/audit-entry.entity.js";
import { PasswordReset } from "../../../server/modules/auth/password-reset.entity.js";
import { codes, store, storeAvailable } from "../../helpers/test-server.js";
import { startSecureServer, type SecureServer } from "./secure-server.js";

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const ME = `{ me { id email } }`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }`;
const END_SESSIONS = `mutation($id: ID!) { endUserSessions(userId: $id) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const RESET = `mutation($id: ID!) { resetUserPassword(userId: $id) { token expiresAt user { id email } } }`;
const REDEEM = `mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) }`;

const PASSWORD = "ett-langt-losenord";
const NEW_PASSWORD = "ett-annat-langt-losenord";

describe.skipIf(!storeAvailable)(`sessions and passwords (${store})`, () => {
  let server: SecureServer;
  let admin: string;
  let otherAdmin: string;

  beforeAll(async () => {
    // A wide account limit: these tests sign in a lot; the throttle's own tests are elsewhere.
    server = await startSecureServer({
      loginThrottle: { windowSeconds: 600, maxFailuresPerAccount: 20, maxFailuresPerAddress: 1000, baseDelayMs: 1, maxDelayMs: 1 },
    });
    admin = await server.login("admin@koping.demo");
    otherAdmin = await server.login("admin@arboga.demo");
  });
  afterAll(() => server?.close());

  /** A new coordinator of Köping with PASSWORD. */
  async function newUser(): Promise<{ id: string; email: string }> {
    const email = `session-${randomBytes(4).toString("hex")}@koping.test`;
    const created = await server.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, name: "Sam Samordnare", role: "COORDINATOR", password: PASSWORD } },
      admin,
    );
    expect(codes(created)).toEqual([]);
    return { id: created.data.createUser.id, email };
  }

  /** A fresh session (server.login reuses tokens; these tests need several per user). */
  async function signIn(email: string, password = PASSWORD): Promise<{ token?: string; code?: string }> {
    const result = await server.gql(LOGIN, { email, password });
    return { token: result.data?.login?.token, code: result.errors?.[0]?.extensions?.code };
  }

  async function tokenOf(email: string, password = PASSWORD): Promise<string> {
    const { token, code } = await signIn(email, password);
    expect(code).toBeUndefined();
    return token!;
  }

  const works = async (token: string) => (await server.gql(ME, {}, token)).data?.me != null;

  const auditActions = async (entityId: string) =>
    (await server.dataSource.getRepository(AuditEntry).findBy({ entityId })).map((entry) => entry.action);

  describe("deactivation", () => {
    it("refuses a deactivated user's old token, and still refuses it after reactivation", async () => {
      const user = await newUser();
      const token = await tokenOf(user.email);
      expect(await works(token)).toBe(true);

      expect(codes(await server.gql(SET_ACTIVE, { id: user.id, active: false }, admin))).toEqual([]);
      expect(codes(await server.gql(ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
      expect((await signIn(user.email)).code).toBe("UNAUTHENTICATED");

      expect(codes(await server.gql(SET_ACTIVE, { id: user.id, active: true }, admin))).toEqual([]);
      expect(codes(await server.gql(ME, {}, token)), "the old token stays dead").toEqual(["UNAUTHENTICATED"]);
      expect(await works(await tokenOf(user.email)), "a new sign-in works").toBe(true);
    });

    it("voids an open set-password token", async () => {
      const user = await newUser();
      const reset = await server.gql(RESET, { id: user.id }, admin);
      await server.gql(SET_ACTIVE, { id: user.id, active: false }, admin);
      await server.gql(SET_ACTIVE, { id: user.id, active: true }, admin);
      const redeemed = await server.gql(REDEEM, { input: { token: reset.data.resetUserPassword.token, newPassword: NEW_PASSWORD } });
      expect(codes(redeemed)).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("endUserSessions", () => {
    it("ends every session of a user of the admin's organisation; the password still works", async () => {
      const user = await newUser();
      const first = await tokenOf(user.email);
      const second = await tokenOf(user.email);
      const ended = await server.gql(END_SESSIONS, { id: user.id }, admin);
      expect(codes(ended)).toEqual([]);
      expect(ended.data.endUserSessions).toBe(2);
      expect(await works(first)).toBe(false);
      expect(await works(second)).toBe(false);
      expect(await works(await tokenOf(user.email))).toBe(true);
      expect(await auditActions(user.id)).toContain("endUserSessions");
    });

    it("refuses another organisation's admin and leaves the sessions alone", async () => {
      const user = await newUser();
      const token = await tokenOf(user.email);
      expect(codes(await server.gql(END_SESSIONS, { id: user.id }, otherAdmin))).toEqual(["FORBIDDEN"]);
      expect(await works(token)).toBe(true);
    });
  });

  describe("changePassword", () => {
    it("refuses a wrong current password and changes nothing", async () => {
      const user = await newUser();
      const token = await tokenOf(user.email);
      const other = await tokenOf(user.email);
      const refused = await server.gql(CHANGE, { input: { currentPassword: "inte-mitt-losenord", newPassword: NEW_PASSWORD } }, token);
      expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
      expect(refused.errors![0].extensions).toMatchObject({ reason: "WRONG_CURRENT_PASSWORD", field: "input.currentPassword" });
      expect(await works(other)).toBe(true);
      expect((await signIn(user.email, NEW_PASSWORD)).code).toBe("UNAUTHENTICATED");
      expect((await signIn(user.email)).token).toBeTruthy();
    });

    it("refuses a new password shorter than 12 characters", async () => {
      const user = await newUser();
      const token = await tokenOf(user.email);
      const refused = await server.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: "kort-ord" } }, token);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        reason: "TEXT_LENGTH",
        params: { min: 12, max: 200 },
        field: "input.newPassword",
      });
      expect((await signIn(user.email)).token).toBeTruthy();
    });

    it("ends every other session, keeps the one making the change, and replaces the password", async () => {
      const user = await newUser();
      const current = await tokenOf(user.email);
      const others = [await tokenOf(user.email), await tokenOf(user.email)];
      const changed = await server.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }, current);
      expect(codes(changed)).toEqual([]);
      expect(changed.data.changePassword).toBe(2);
      expect(await works(current)).toBe(true);
      for (const token of others) expect(await works(token)).toBe(false);
      expect((await signIn(user.email)).code).toBe("UNAUTHENTICATED");
      expect((await signIn(user.email, NEW_PASSWORD)).token).toBeTruthy();
      const log = await server.gql(`{ auditLog(first: 1000) { action userId } }`, {}, admin);
      expect(log.data.auditLog).toContainEqual({ action: "changePassword", userId: user.id });
    });

    it("counts wrong current passwords towards the account's sign-in lock", async () => {
      const user = await newUser();
      const token = await tokenOf(user.email);
      const limit = server.services.auth.throttle.options.maxFailuresPerAccount;
      for (let i = 0; i < limit; i++) {
        const wrong = await server.gql(CHANGE, { input: { currentPassword: `gissning-${i}`, newPassword: NEW_PASSWORD } }, token);
        expect(codes(wrong)).toEqual(["BAD_USER_INPUT"]);
      }
      const locked = await server.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }, token);
      expect(locked.errors?.[0].extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "ACCOUNT_LOCKED" });
      expect((await signIn(user.email)).code).toBe("TOO_MANY_REQUESTS");
    });
  });

  describe("resetUserPassword and setPasswordWithToken", () => {
    it("ends the user's sessions and old password, and gives a token that sets a new password once", async () => {
      const user = await newUser();
      const session = await tokenOf(user.email);
      const before = Date.now();
      const reset = await server.gql(RESET, { id: user.id }, admin);
      expect(codes(reset)).toEqual([]);
      const { token, expiresAt } = reset.data.resetUserPassword;
      expect(reset.data.resetUserPassword.user).toEqual({ id: user.id, email: user.email });
      expect(new Date(expiresAt).getTime() - before).toBeGreaterThan(23.9 * 3600_000);
      expect(new Date(expiresAt).getTime() - before).toBeLessThanOrEqual(24 * 3600_000 + 60_000);
      expect(await works(session)).toBe(false);
      expect((await signIn(user.email)).code, "the old password stops working").toBe("UNAUTHENTICATED");

      const redeemed = await server.gql(REDEEM, { input: { token, newPassword: NEW_PASSWORD } });
      expect(codes(redeemed)).toEqual([]);
      expect(redeemed.data.setPasswordWithToken).toBe(true);
      expect(await works(await tokenOf(user.email, NEW_PASSWORD))).toBe(true);

      const again = await server.gql(REDEEM, { input: { token, newPassword: "ett-tredje-langt-losenord" } });
      expect(codes(again)).toEqual(["BAD_USER_INPUT"]);
      expect(again.errors![0].extensions).toMatchObject({ reason: "RESET_TOKEN_INVALID", field: "input.token" });
      expect((await signIn(user.email, NEW_PASSWORD)).token, "the second redemption changed nothing").toBeTruthy();
      expect(await auditActions(user.id)).toEqual(expect.arrayContaining(["resetUserPassword"]));
    });

    it("redeems a token once even when it is sent many times at once", async () => {
      const user = await newUser();
      const token = (await server.gql(RESET, { id: user.id }, admin)).data.resetUserPassword.token;
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => server.gql(REDEEM, { input: { token, newPassword: `nytt-losenord-nummer-${i}` } })),
      );
      const winners = results.flatMap((result, i) => (result.data?.setPasswordWithToken === true ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => codes(result)[0] === "BAD_USER_INPUT")).toHaveLength(7);
      expect((await signIn(user.email, `nytt-losenord-nummer-${winners[0]}`)).token).toBeTruthy();
    });

    it("refuses an expired token", async () => {
      const user = await newUser();
      const token = (await server.gql(RESET, { id: user.id }, admin)).data.resetUserPassword.token;
      // Time passes: the token's row says it expired a minute ago.
      await server.dataSource.getRepository(PasswordReset).update({ userId: user.id }, { expiresAt: new Date(Date.now() - 60_000) });
      expect(codes(await server.gql(REDEEM, { input: { token, newPassword: NEW_PASSWORD } }))).toEqual(["BAD_USER_INPUT"]);
      expect((await signIn(user.email, NEW_PASSWORD)).code).toBe("UNAUTHENTICATED");
    });

    it("voids the older token when the admin resets again", async () => {
      const user = await newUser();
      const older = (await server.gql(RESET, { id: user.id }, admin)).data.resetUserPassword.token;
      const newer = (await server.gql(RESET, { id: user.id }, admin)).data.resetUserPassword.token;
      expect(codes(await server.gql(REDEEM, { input: { token: older, newPassword: NEW_PASSWORD } }))).toEqual(["BAD_USER_INPUT"]);
      expect((await server.gql(REDEEM, { input: { token: newer, newPassword: NEW_PASSWORD } })).data.setPasswordWithToken).toBe(true);
    });

    it("stores the token only as a keyed hash", async () => {
      const user = await newUser();
      const token = (await server.gql(RESET, { id: user.id }, admin)).data.resetUserPassword.token;
      const rows = await server.dataSource.getRepository(PasswordReset).findBy({ userId: user.id });
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it("refuses another organisation's admin, and an admin's reset of their own password", async () => {
      const user = await newUser();
      const session = await tokenOf(user.email);
      expect(codes(await server.gql(RESET, { id: user.id }, otherAdmin))).toEqual(["FORBIDDEN"]);
      expect(await works(session)).toBe(true);
      expect((await signIn(user.email)).token).toBeTruthy();
      const me = (await server.gql(ME, {}, admin)).data.me.id;
      const own = await server.gql(RESET, { id: me }, admin);
      expect(own.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CANNOT_RESET_OWN_PASSWORD", field: "userId" });
    });

    it("refuses a reset by a coordinator", async () => {
      const user = await newUser();
      const coordinator = await server.login("coordinator@koping.demo");
      expect(codes(await server.gql(RESET, { id: user.id }, coordinator))).toEqual(["FORBIDDEN"]);
    });

    it("refuses a new password shorter than 12 characters and leaves the token usable", async () => {
      const user = await newUser();
      const token = (await server.gql(RESET, { id: user.id }, admin)).data.resetUserPassword.token;
      expect(codes(await server.gql(REDEEM, { input: { token, newPassword: "kort" } }))).toEqual(["BAD_USER_INPUT"]);
      expect((await server.gql(REDEEM, { input: { token, newPassword: NEW_PASSWORD } })).data.setPasswordWithToken).toBe(true);
    });
  });
});

describe.skipIf(!storeAvailable)(`setPasswordWithToken is throttled like sign-in (${store})`, () => {
  let server: SecureServer;
  beforeAll(async () => {
    server = await startSecureServer({
      loginThrottle: { windowSeconds: 600, maxFailuresPerAccount: 100, maxFailuresPerAddress: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
  });
  afterAll(() => server?.close());

  it("locks an address that tries wrong tokens, even against a right one", async () => {
    const admin = await server.login("admin@koping.demo");
    const coordinator = (await server.gql(`{ users { id email } }`, {}, admin)).data.users.find(
      (user: { email: string }) => user.email === "coordinator@koping.demo",
    );
    const token = (await server.gql(RESET, { id: coordinator.id }, admin)).data.resetUserPassword.token;
    for (let i = 0; i < 3; i++) {
      const guess = await server.gql(REDEEM, { input: { token: randomBytes(32).toString("base64url"), newPassword: NEW_PASSWORD } });
      expect(codes(guess)).toEqual(["BAD_USER_INPUT"]);
    }
    const locked = await server.gql(REDEEM, { input: { token, newPassword: NEW_PASSWORD } });
    expect(codes(locked)).toEqual(["TOO_MANY_REQUESTS"]);
    // From another address the token still works: the guesses did not burn it.
    expect(await server.services.passwords.setPasswordWithToken({ token, newPassword: NEW_PASSWORD }, "192.0.2.7")).toBe(true);
  });
});
