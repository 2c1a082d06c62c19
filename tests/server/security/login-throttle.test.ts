import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.js";
import { LoginThrottle } from "../../../server/modules/auth/login-throttle.js";
import { codes, store, storeAvailable } from "../../helpers/test-server.js";
import { startSecureServer, type SecureServer } from "./secure-server.js";

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

async function attempt(server: SecureServer, email: string, password: string) {
  const response = await server.post(JSON.stringify({ query: LOGIN, variables: { email, password } }));
  return { ...response, code: response.json.errors?.[0]?.extensions?.code as string | undefined };
}

describe.skipIf(!storeAvailable)(`login abuse: per account (${store})`, () => {
  let server: SecureServer;
  // Delays of a few milliseconds: the tests check counts and locks; the delays' sizes are checked on the policy itself.
  const throttle = { windowSeconds: 600, maxFailuresPerAccount: 3, maxFailuresPerAddress: 1000, baseDelayMs: 1, maxDelayMs: 4 };
  beforeAll(async () => {
    server = await startSecureServer({ loginThrottle: throttle });
  });
  afterAll(() => server?.close());

  /** Fails to sign in as `email` until the account is locked. Each test locks an account of its own. */
  async function lockAccount(email: string) {
    for (let i = 0; i < throttle.maxFailuresPerAccount; i++) {
      expect((await attempt(server, email, `gissning-${i}`)).code).toBe("UNAUTHENTICATED");
    }
  }

  it("locks an account after its failed sign-ins, even against the right password", async () => {
    await lockAccount("coordinator@koping.demo");
    const locked = await attempt(server, "coordinator@koping.demo", "praktikpool");
    expect(locked.status).toBe(200);
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.json.errors[0].extensions.reason).toBe("ACCOUNT_LOCKED");
    expect(locked.json.errors[0].extensions.params.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.json.data).toBeNull();
  });

  it("holds back the answer to each further failure twice as long, up to the cap", () => {
    const { reads, transact } = server.store;
    const policy = new LoginThrottle(reads, transact, server.services.audit, { ...throttle, baseDelayMs: 200, maxDelayMs: 600 }, "unused");
    expect([0, 1, 2, 3, 10, 100].map((earlier) => policy.delayAfterFailure(earlier))).toEqual([200, 400, 600, 600, 600, 600]);
    expect(server.services.auth.throttle.delayAfterFailure(0)).toBe(throttle.baseDelayMs);
  });

  it("keeps the lock across a restart (the counts live in the store, not in memory)", async () => {
    await lockAccount("viewer@koping.demo");
    // A second app on the same store, as after a restart or in a second process, sees the lock.
    const second = await createApp({
      config: {
        production: false,
        tokenSecret: "test-secret-test-secret-test-secret-1234",
        tokenTtlHours: 1,
        holdTtlMinutes: 60,
        loginThrottle: throttle,
      },
      store: server.store,
    });
    try {
      await expect(second.services.auth.login("viewer@koping.demo", "praktikpool", "192.0.2.9")).rejects.toMatchObject({
        extensions: { code: "TOO_MANY_REQUESTS" },
      });
    } finally {
      await second.stop();
    }
  });

  it("shows the lock to the organisation's admin, and only to theirs", async () => {
    await lockAccount("coordinator@kungsor.demo");
    expect((await attempt(server, "coordinator@kungsor.demo", "praktikpool")).code).toBe("TOO_MANY_REQUESTS");
    const admin = await server.login("admin@kungsor.demo");
    const locks = await server.gql(`{ loginLocks { user { email } failures lockedUntil } }`, {}, admin);
    expect(codes(locks)).toEqual([]);
    expect(locks.data.loginLocks).toEqual([
      expect.objectContaining({ user: { email: "coordinator@kungsor.demo" }, failures: throttle.maxFailuresPerAccount }),
    ]);
    const log = await server.gql(`{ auditLog(first: 50) { action entityId } }`, {}, admin);
    expect(log.data.auditLog.filter((entry: any) => entry.action === "login:failed").length).toBeGreaterThanOrEqual(
      throttle.maxFailuresPerAccount,
    );
    expect(log.data.auditLog.some((entry: any) => entry.action === "login:locked")).toBe(true);

    const otherAdmin = await server.login("admin@arboga.demo");
    const theirs = await server.gql(`{ loginLocks { user { email } } }`, {}, otherAdmin);
    expect(theirs.data.loginLocks).not.toContainEqual({ user: { email: "coordinator@kungsor.demo" } });
    const coordinator = await server.login("coordinator@arbetsformedlingen.demo");
    expect(codes(await server.gql(`{ loginLocks { user { email } } }`, {}, coordinator))).toEqual(["FORBIDDEN"]);
  });

  it("lets the organisation's admin lift the lock at once", async () => {
    await lockAccount("viewer@arboga.demo");
    const admin = await server.login("admin@arboga.demo");
    const users = await server.gql(`{ users { id email } }`, {}, admin);
    const userId = users.data.users.find((u: any) => u.email === "viewer@arboga.demo").id;
    const otherAdmin = await server.login("admin@kungsor.demo");
    expect(codes(await server.gql(`mutation($id: ID!) { unlockLogin(userId: $id) }`, { id: userId }, otherAdmin))).toEqual(["FORBIDDEN"]);
    expect((await attempt(server, "viewer@arboga.demo", "praktikpool")).code).toBe("TOO_MANY_REQUESTS");
    const unlocked = await server.gql(`mutation($id: ID!) { unlockLogin(userId: $id) }`, { id: userId }, admin);
    expect(unlocked.data.unlockLogin).toBe(true);
    expect((await attempt(server, "viewer@arboga.demo", "praktikpool")).json.data.login.token).toBeTruthy();
    const locks = await server.gql(`{ loginLocks { user { email } } }`, {}, admin);
    expect(locks.data.loginLocks).not.toContainEqual({ user: { email: "viewer@arboga.demo" } });
  });

  it("locks an unknown e-mail exactly like a real one, so locks do not reveal which accounts exist", async () => {
    await lockAccount("ingen@example.se");
    expect((await attempt(server, "ingen@example.se", "x")).code).toBe("TOO_MANY_REQUESTS");
  });
});

describe.skipIf(!storeAvailable)(`login abuse: per address (${store})`, () => {
  let server: SecureServer;
  beforeAll(async () => {
    server = await startSecureServer({
      loginThrottle: { windowSeconds: 600, maxFailuresPerAccount: 100, maxFailuresPerAddress: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
  });
  afterAll(() => server?.close());

  it("locks an address that tries many accounts, without locking the accounts elsewhere", async () => {
    for (let i = 0; i < 3; i++) expect((await attempt(server, `spray${i}@example.se`, "Sommar2026!")).code).toBe("UNAUTHENTICATED");
    const locked = await attempt(server, "coordinator@arboga.demo", "praktikpool");
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.json.errors[0].extensions.reason).toBe("ADDRESS_LOCKED");
    // From another address the account signs in as usual.
    const elsewhere = await server.services.auth.login("coordinator@arboga.demo", "praktikpool", "192.0.2.44");
    expect(elsewhere.token).toBeTruthy();
  });
});
