import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.js";
import { codes, store, storeAvailable } from "../../helpers/test-server.js";
import { startSecureServer, type SecureServer } from "./secure-server.js";

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

async function attempt(server: SecureServer, email: string, password: string) {
  const started = performance.now();
  const response = await server.post(JSON.stringify({ query: LOGIN, variables: { email, password } }));
  return { ...response, ms: performance.now() - started, code: response.json.errors?.[0]?.extensions?.code as string | undefined };
}

describe.skipIf(!storeAvailable)(`login abuse: per account (${store})`, () => {
  let server: SecureServer;
  const throttle = { windowSeconds: 600, maxFailuresPerAccount: 3, maxFailuresPerAddress: 1000, baseDelayMs: 200, maxDelayMs: 600 };
  beforeAll(async () => {
    server = await startSecureServer({ loginThrottle: throttle });
  });
  afterAll(() => server?.close());

  it("answers each further failed sign-in more slowly, then locks the account even against the right password", async () => {
    const email = "coordinator@koping.demo";
    const times: number[] = [];
    for (let i = 0; i < throttle.maxFailuresPerAccount; i++) {
      const result = await attempt(server, email, `gissning-${i}`);
      expect(result.code).toBe("UNAUTHENTICATED");
      times.push(result.ms);
    }
    // At least the delay each failure earns (200, 400, 600 ms capped), on top of the password check.
    expect(times[0]).toBeGreaterThanOrEqual(200);
    expect(times[1]).toBeGreaterThanOrEqual(400);
    expect(times[2]).toBeGreaterThanOrEqual(600);
    expect(server.services.auth.throttle.delayAfterFailure(10)).toBe(600);

    const locked = await attempt(server, email, "praktikpool");
    expect(locked.status).toBe(200);
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.ms, "refused before any password check").toBeLessThan(times[0]);
    expect(locked.json.errors[0].extensions.reason).toBe("ACCOUNT_LOCKED");
    expect(locked.json.errors[0].extensions.params.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.json.data).toBeNull();
  });

  it("keeps the lock across a restart (the counts live in the store, not in memory)", async () => {
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
      await expect(second.services.auth.login("coordinator@koping.demo", "praktikpool", "192.0.2.9")).rejects.toMatchObject({
        extensions: { code: "TOO_MANY_REQUESTS" },
      });
    } finally {
      await second.stop();
    }
  });

  it("shows the lock to the organisation's admin, and only to theirs", async () => {
    const admin = await server.login("admin@koping.demo");
    const locks = await server.gql(`{ loginLocks { user { email } failures lockedUntil } }`, {}, admin);
    expect(codes(locks)).toEqual([]);
    expect(locks.data.loginLocks).toEqual([
      expect.objectContaining({ user: { email: "coordinator@koping.demo" }, failures: throttle.maxFailuresPerAccount }),
    ]);
    const log = await server.gql(`{ auditLog(first: 50) { action entityId } }`, {}, admin);
    expect(log.data.auditLog.filter((entry: any) => entry.action === "login:failed").length).toBeGreaterThanOrEqual(
      throttle.maxFailuresPerAccount,
    );
    expect(log.data.auditLog.some((entry: any) => entry.action === "login:locked")).toBe(true);

    const otherAdmin = await server.login("admin@arboga.demo");
    const theirs = await server.gql(`{ loginLocks { user { email } } }`, {}, otherAdmin);
    expect(theirs.data.loginLocks).toEqual([]);
    const coordinator = await server.login("coordinator@kungsor.demo");
    expect(codes(await server.gql(`{ loginLocks { user { email } } }`, {}, coordinator))).toEqual(["FORBIDDEN"]);
  });

  it("lets the organisation's admin lift the lock at once", async () => {
    const admin = await server.login("admin@koping.demo");
    const users = await server.gql(`{ users { id email } }`, {}, admin);
    const userId = users.data.users.find((u: any) => u.email === "coordinator@koping.demo").id;
    const otherAdmin = await server.login("admin@arboga.demo");
    expect(codes(await server.gql(`mutation($id: ID!) { unlockLogin(userId: $id) }`, { id: userId }, otherAdmin))).toEqual(["FORBIDDEN"]);
    const unlocked = await server.gql(`mutation($id: ID!) { unlockLogin(userId: $id) }`, { id: userId }, admin);
    expect(unlocked.data.unlockLogin).toBe(true);
    expect((await attempt(server, "coordinator@koping.demo", "praktikpool")).json.data.login.token).toBeTruthy();
    expect((await server.gql(`{ loginLocks { user { email } } }`, {}, admin)).data.loginLocks).toEqual([]);
  });

  it("locks an unknown e-mail exactly like a real one, so locks do not reveal which accounts exist", async () => {
    for (let i = 0; i < throttle.maxFailuresPerAccount; i++)
      expect((await attempt(server, "ingen@example.se", `x${i}`)).code).toBe("UNAUTHENTICATED");
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
