import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { token expiresAt user { id email name role active } } }`;
const REDEEM = `mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { role } } }`;
const CHANGE_ROLE = `mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role } }`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }`;
const USERS = `{ users { id email role active } }`;
const AUDIT = `query($filter: AuditLogFilter) { auditLog(first: 50, filter: $filter) { action entityId user { email } } }`;

const PASSWORD = "ett-langt-losenord";
const unique = () => randomBytes(4).toString("hex");

describe.skipIf(!storeAvailable)(`users of an organisation, managed by its admins (${store})`, () => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login("admin@koping.demo");
  });
  afterAll(() => server?.close());

  /** Invites a user of the admin's organisation, sets their password with the token and signs them in. */
  async function invited(by: string, role: "COORDINATOR" | "ADMIN" | "VIEWER", slug = "koping") {
    const email = `ny-${unique()}@${slug}.test`;
    const ticket = await server.gql(INVITE, { input: { email, name: "Nina Ny", role } }, by);
    expect(codes(ticket)).toEqual([]);
    const redeemed = await server.gql(REDEEM, { input: { token: ticket.data.inviteUser.token, newPassword: PASSWORD } });
    expect(redeemed.data?.setPasswordWithToken).toBe(true);
    const signedIn = await server.gql(LOGIN, { email, password: PASSWORD });
    return { id: ticket.data.inviteUser.user.id as string, email, token: signedIn.data.login.token as string };
  }

  describe("inviteUser", () => {
    it("adds a user without a password, who signs in after choosing one with the one-time token", async () => {
      const email = `Ny.${unique()}@Koping.test`;
      const ticket = await server.gql(INVITE, { input: { email, name: "  Nina Ny ", role: "COORDINATOR" } }, admin);
      expect(codes(ticket)).toEqual([]);
      const { token, expiresAt, user } = ticket.data.inviteUser;
      expect(user).toMatchObject({ email: email.toLowerCase(), name: "Nina Ny", role: "COORDINATOR", active: true });
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
      // No password works before the token is redeemed, not even an empty one.
      for (const password of ["", PASSWORD]) expect(codes(await server.gql(LOGIN, { email, password }))).toEqual(["UNAUTHENTICATED"]);

      expect((await server.gql(REDEEM, { input: { token, newPassword: PASSWORD } })).data.setPasswordWithToken).toBe(true);
      const signedIn = await server.gql(LOGIN, { email, password: PASSWORD });
      expect(signedIn.data.login.user.role).toBe("COORDINATOR");
      // The token worked once.
      expect((await server.gql(REDEEM, { input: { token, newPassword: "ett-tredje-losenord" } })).errors?.[0].extensions).toMatchObject({
        reason: "RESET_TOKEN_INVALID",
      });
      const listed = (await server.gql(USERS, {}, admin)).data.users;
      expect(listed).toContainEqual({ id: user.id, email: email.toLowerCase(), role: "COORDINATOR", active: true });
      const audit = await server.gql(AUDIT, { filter: { entityId: user.id } }, admin);
      expect(audit.data.auditLog.map((entry: any) => entry.action)).toContain("inviteUser");
      expect(audit.data.auditLog.find((entry: any) => entry.action === "inviteUser").user.email).toBe("admin@koping.demo");
    });

    it("refuses an e-mail address that is taken or is not one, naming the field, and writes nothing", async () => {
      const before = (await server.gql(USERS, {}, admin)).data.users.length;
      for (const [email, reason] of [
        ["coordinator@koping.demo", "EMAIL_TAKEN"],
        ["COORDINATOR@arboga.demo", "EMAIL_TAKEN"],
        ["inte-en-adress", "INVALID_EMAIL"],
      ]) {
        const result = await server.gql(INVITE, { input: { email, name: "Nina Ny", role: "VIEWER" } }, admin);
        expect(result.errors?.[0].extensions, email).toMatchObject({ code: "BAD_USER_INPUT", reason, field: "input.email" });
      }
      expect((await server.gql(USERS, {}, admin)).data.users.length).toBe(before);
    });

    it("is for admins only", async () => {
      const coordinator = await server.login("coordinator@koping.demo");
      const result = await server.gql(
        INVITE,
        { input: { email: `x-${unique()}@koping.test`, name: "Nina Ny", role: "ADMIN" } },
        coordinator,
      );
      expect(result.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_REQUIRED" });
    });
  });

  describe("changeUserRole", () => {
    it("applies the new role to the user's next request, without a new sign-in, and audits it", async () => {
      const user = await invited(admin, "COORDINATOR");
      const post = `{ workplaces { id } }`;
      expect(codes(await server.gql(post, {}, user.token))).toEqual([]);
      const changed = await server.gql(CHANGE_ROLE, { input: { userId: user.id, role: "VIEWER" } }, admin);
      expect(changed.data.changeUserRole).toEqual({ id: user.id, role: "VIEWER" });
      const invite = await server.gql(
        INVITE,
        { input: { email: `x-${unique()}@koping.test`, name: "Nina Ny", role: "VIEWER" } },
        user.token,
      );
      expect(codes(invite)).toEqual(["FORBIDDEN"]);
      const promoted = await server.gql(CHANGE_ROLE, { input: { userId: user.id, role: "ADMIN" } }, admin);
      expect(promoted.data.changeUserRole.role).toBe("ADMIN");
      expect(codes(await server.gql(USERS, {}, user.token))).toEqual([]);
      const audit = await server.gql(AUDIT, { filter: { entityId: user.id, action: "changeUserRole" } }, admin);
      expect(audit.data.auditLog).toHaveLength(2);
    });

    it("refuses a user of another organisation and an unknown user", async () => {
      const arbogaAdmin = await server.login("admin@arboga.demo");
      const theirs = await invited(arbogaAdmin, "VIEWER", "arboga");
      const other = await server.gql(CHANGE_ROLE, { input: { userId: theirs.id, role: "ADMIN" } }, admin);
      expect(other.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_OWN_ORGANISATION" });
      const unknown = await server.gql(CHANGE_ROLE, { input: { userId: "00000000-0000-4000-8000-000000000000", role: "ADMIN" } }, admin);
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.userId" });
      expect((await server.gql(LOGIN, { email: theirs.email, password: PASSWORD })).data.login.user.role).toBe("VIEWER");
    });

    it("refuses to demote the organisation's last active admin, and allows it once another admin exists", async () => {
      const kungsor = await server.login("admin@kungsor.demo");
      const me = (await server.gql(`{ me { id } }`, {}, kungsor)).data.me.id;
      const alone = await server.gql(CHANGE_ROLE, { input: { userId: me, role: "COORDINATOR" } }, kungsor);
      expect(alone.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "LAST_ADMIN" });
      const second = await invited(kungsor, "ADMIN", "kungsor");
      const demoted = await server.gql(CHANGE_ROLE, { input: { userId: me, role: "COORDINATOR" } }, kungsor);
      expect(demoted.data.changeUserRole.role).toBe("COORDINATOR");
      // The demoted admin's own session is a coordinator's from the next request on.
      expect(codes(await server.gql(USERS, {}, kungsor))).toEqual(["FORBIDDEN"]);
      const back = await server.gql(CHANGE_ROLE, { input: { userId: me, role: "ADMIN" } }, second.token);
      expect(back.data.changeUserRole.role).toBe("ADMIN");
    });
  });

  describe("setUserActive", () => {
    it("stops a deactivated user's token at once; reactivated, they sign in again", async () => {
      const user = await invited(admin, "COORDINATOR");
      expect(codes(await server.gql(`{ me { id } }`, {}, user.token))).toEqual([]);
      expect((await server.gql(SET_ACTIVE, { id: user.id, active: false }, admin)).data.setUserActive.active).toBe(false);
      expect(codes(await server.gql(`{ me { id } }`, {}, user.token))).toEqual(["UNAUTHENTICATED"]);
      expect(codes(await server.gql(LOGIN, { email: user.email, password: PASSWORD }))).toEqual(["UNAUTHENTICATED"]);
      await server.gql(SET_ACTIVE, { id: user.id, active: true }, admin);
      expect(codes(await server.gql(`{ me { id } }`, {}, user.token))).toEqual(["UNAUTHENTICATED"]);
      expect(codes(await server.gql(LOGIN, { email: user.email, password: PASSWORD }))).toEqual([]);
    });

    it("lets only one of two admins who deactivate each other at the same moment succeed", async () => {
      const forsakring = await server.login("admin@forsakringskassan.demo");
      const first = (await server.gql(`{ me { id } }`, {}, forsakring)).data.me.id;
      const second = await invited(forsakring, "ADMIN", "forsakringskassan");
      const org = (await server.gql(`{ me { organisation { id } } }`, {}, forsakring)).data.me.organisation.id;
      const actor = (userId: string) => ({ viewer: { userId, organisationId: org, role: "ADMIN" as never }, ip: "test" });
      // Straight to the service, so both requests are past sign-in when they meet, whatever the timing.
      const outcomes = (
        await Promise.allSettled([
          server.services.users.setActive(actor(first), second.id, false),
          server.services.users.setActive(actor(second.id), first, false),
        ])
      )
        .map((result) => (result.status === "fulfilled" ? "OK" : (result.reason as { reason: string }).reason))
        .sort();
      expect(outcomes).toEqual(["LAST_ADMIN", "OK"]);
      const users = await server.dataSource.query(
        store === "postgres"
          ? `SELECT COUNT(*)::int AS n FROM "user" WHERE "id" IN ($1, $2) AND "active" = TRUE`
          : `SELECT COUNT(*) AS n FROM "user" WHERE "id" IN (?, ?) AND "active" = 1`,
        [first, second.id],
      );
      expect(Number(users[0].n)).toBe(1);
    });
  });
});
