import fs from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuditEntry } from "../../../server/modules/audit/audit-entry.entity.js";
import { LOGIN_ATTEMPT, LOGIN_FAILED } from "../../../server/modules/auth/login-throttle.js";
import { User } from "../../../server/modules/user/user.entity.js";
import { store, storeAvailable } from "../../helpers/test-server.js";
import { startSecureServer, type SecureServer } from "./secure-server.js";
import { buildServer, startServerProcess, stopServerProcess, type ServerProcess } from "./server-process.js";

// Requests sent together must not all pass the count before any of them is recorded: at most the
// limit of passwords is ever checked, on one server and across several on one store.

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const TOKEN_SECRET = "test-secret-test-secret-test-secret-1234";

interface SignIn {
  code: string | undefined;
  token: string | undefined;
  retryAfterSeconds: number | undefined;
  scope: string | undefined;
}

async function signIn(url: string, email: string, password: string): Promise<SignIn> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = (await response.json()) as any;
  const error = body.errors?.[0];
  return {
    code: error?.extensions?.code,
    token: body.data?.login?.token,
    retryAfterSeconds: error?.extensions?.params?.retryAfterSeconds,
    scope: ({ ACCOUNT_LOCKED: "account", ADDRESS_LOCKED: "address" } as Record<string, string>)[error?.extensions?.reason],
  };
}

const tally = (results: SignIn[]) =>
  results.reduce<Record<string, number>>((counts, result) => {
    const key = result.code ?? "OK";
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

/**
 * A check that takes a while (argon2id at OWASP's minimum, 19 MiB and two passes), so that checks
 * sent together overlap as they do in production.
 */
const overlappingChecks = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const waitSeconds = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** Passwords the store shows as checked: one attempt entry per check, written before it. */
async function checkedPasswords(server: SecureServer, where: { entityId?: string } = {}): Promise<number> {
  return server.dataSource.getRepository(AuditEntry).countBy({ action: LOGIN_ATTEMPT, ...where });
}

async function userId(server: SecureServer, email: string): Promise<string> {
  return (await server.dataSource.getRepository(User).findOneByOrFail({ email })).id;
}

describe.skipIf(!storeAvailable)(`login lock under parallel guesses: per account (${store})`, () => {
  let server: SecureServer;
  // Long enough that all 60 requests are answered inside it on a busy machine, short enough to wait for.
  const throttle = { windowSeconds: 5, maxFailuresPerAccount: 5, maxFailuresPerAddress: 1000, baseDelayMs: 5, maxDelayMs: 20 };
  beforeAll(async () => {
    server = await startSecureServer({ loginThrottle: throttle, passwordHashing: overlappingChecks });
  });
  afterAll(() => server?.close());

  it("checks at most 5 of 60 wrong passwords sent at once, and keeps the right one out until the lock ends", async () => {
    const email = "admin@koping.demo";
    const id = await userId(server, email);
    const guesses = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(server.url, email, `gissning-${i}`)));
    expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 5, TOO_MANY_REQUESTS: 55 });
    expect(await checkedPasswords(server, { entityId: id })).toBe(5);
    expect(await server.dataSource.getRepository(AuditEntry).countBy({ action: LOGIN_FAILED })).toBe(5);

    const locked = await signIn(server.url, email, "praktikpool");
    expect(locked).toMatchObject({ code: "TOO_MANY_REQUESTS", scope: "account", token: undefined });
    expect(await checkedPasswords(server, { entityId: id }), "the right password was not even checked").toBe(5);

    await waitSeconds(locked.retryAfterSeconds!);
    const after = await signIn(server.url, email, "praktikpool");
    expect(after.code).toBeUndefined();
    expect(after.token).toBeTruthy();
  });

  it("lets 12 sign-ins with the right password sent at once all in, though only 5 checks may run at a time", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => signIn(server.url, "coordinator@arboga.demo", "praktikpool")));
    expect(tally(results)).toEqual({ OK: 12 });
  });
});

describe.skipIf(!storeAvailable)(`login lock under parallel guesses: per address (${store})`, () => {
  let server: SecureServer;
  const throttle = { windowSeconds: 5, maxFailuresPerAccount: 100, maxFailuresPerAddress: 5, baseDelayMs: 5, maxDelayMs: 20 };
  beforeAll(async () => {
    server = await startSecureServer({ loginThrottle: throttle });
  });
  afterAll(() => server?.close());

  it("checks at most 5 of 60 guesses at different accounts sent at once, then refuses the address until the lock ends", async () => {
    const guesses = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(server.url, `spray${i}@example.se`, "Sommar2026!")));
    expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 5, TOO_MANY_REQUESTS: 55 });
    expect(await checkedPasswords(server)).toBe(5);

    const locked = await signIn(server.url, "viewer@arboga.demo", "praktikpool");
    expect(locked).toMatchObject({ code: "TOO_MANY_REQUESTS", scope: "address" });
    expect(await checkedPasswords(server)).toBe(5);

    await waitSeconds(locked.retryAfterSeconds!);
    expect((await signIn(server.url, "viewer@arboga.demo", "praktikpool")).token).toBeTruthy();
  });
});

describe.skipIf(!storeAvailable)(`login lock per address: what a success does (${store})`, () => {
  let server: SecureServer;
  const throttle = { windowSeconds: 600, maxFailuresPerAccount: 100, maxFailuresPerAddress: 3, baseDelayMs: 1, maxDelayMs: 1 };
  // A server (and store) per test: the address's count starts at zero in each.
  beforeEach(async () => {
    server = await startSecureServer({ loginThrottle: throttle, passwordHashing: overlappingChecks });
  });
  afterEach(() => server?.close());

  it("does not count colleagues' correct sign-ins from the same address, one after another or at once", async () => {
    for (let i = 0; i < 10; i++) expect((await signIn(server.url, "viewer@koping.demo", "praktikpool")).token).toBeTruthy();
    const together = await Promise.all(
      ["viewer", "coordinator", "admin"].flatMap((role) =>
        ["koping", "arboga", "kungsor"].map((org) => signIn(server.url, `${role}@${org}.demo`, "praktikpool")),
      ),
    );
    expect(tally(together)).toEqual({ OK: 9 });
    expect((await signIn(server.url, "x@example.se", "fel")).code).toBe("UNAUTHENTICATED");
    expect((await signIn(server.url, "viewer@kungsor.demo", "praktikpool")).token).toBeTruthy();
  });

  it("does not give back guesses to someone who signs in to an account of their own in between", async () => {
    expect((await signIn(server.url, "x@example.se", "fel")).code).toBe("UNAUTHENTICATED");
    expect((await signIn(server.url, "y@example.se", "fel")).code).toBe("UNAUTHENTICATED");
    expect((await signIn(server.url, "coordinator@koping.demo", "praktikpool")).token).toBeTruthy();
    expect((await signIn(server.url, "z@example.se", "fel")).code).toBe("UNAUTHENTICATED");
    expect((await signIn(server.url, "w@example.se", "fel")).code).toBe("TOO_MANY_REQUESTS");
    expect((await signIn(server.url, "coordinator@koping.demo", "praktikpool")).code).toBe("TOO_MANY_REQUESTS");
  });
});

describe.skipIf(!storeAvailable)(`login lock across two server processes on one store (${store})`, () => {
  let inProcess: SecureServer;
  let buildDir: string | undefined;
  let child: ServerProcess | undefined;
  const throttle = { windowSeconds: 600, maxFailuresPerAccount: 5, maxFailuresPerAddress: 8, baseDelayMs: 5, maxDelayMs: 20 };

  beforeAll(async () => {
    inProcess = await startSecureServer({ loginThrottle: throttle });
    const { databaseUrl, sqlitePath } = inProcess.location;
    buildDir = buildServer();
    child = await startServerProcess(buildDir, {
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { SQLITE_PATH: sqlitePath }),
      SEED_DEMO: "false",
      TOKEN_SECRET,
      LOGIN_WINDOW_SECONDS: String(throttle.windowSeconds),
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(throttle.maxFailuresPerAccount),
      LOGIN_MAX_FAILURES_PER_ADDRESS: String(throttle.maxFailuresPerAddress),
      LOGIN_BASE_DELAY_MS: String(throttle.baseDelayMs),
      LOGIN_MAX_DELAY_MS: String(throttle.maxDelayMs),
    });
  }, 120_000);
  afterAll(async () => {
    await stopServerProcess(child);
    await inProcess?.close();
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  });

  const urls = () => [inProcess.url, child!.url];

  // One test: the address's remaining guesses in its second half are what its first half left.
  it("checks at most 5 of 60 wrong passwords for one account sent at once to both, then only the address's remaining 3 of 60 at different accounts", async () => {
    const email = "admin@arboga.demo";
    const guesses = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(urls()[i % 2], email, `gissning-${i}`)));
    expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 5, TOO_MANY_REQUESTS: 55 });
    expect(await checkedPasswords(inProcess, { entityId: await userId(inProcess, email) })).toBe(5);
    for (const url of urls()) expect((await signIn(url, email, "praktikpool")).code).toBe("TOO_MANY_REQUESTS");

    const sprayed = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(urls()[i % 2], `spray${i}@example.se`, "Sommar2026!")));
    expect(tally(sprayed)).toEqual({ UNAUTHENTICATED: 3, TOO_MANY_REQUESTS: 57 });
    expect(await checkedPasswords(inProcess)).toBe(throttle.maxFailuresPerAddress);
    for (const url of urls()) expect(await signIn(url, "viewer@kungsor.demo", "praktikpool")).toMatchObject({ scope: "address" });
  });
});
