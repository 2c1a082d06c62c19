import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../server/common/logger.js";
import { defaultMail } from "../../server/config.js";
import { startJobs } from "../../server/jobs.js";
import { NotificationEvent } from "../../server/modules/notification/notification-event.js";
import { NotificationMail } from "../../server/modules/notification/notification-mail.entity.js";
import { User } from "../../server/modules/user/user.entity.js";
import { startSmtpInbox } from "../helpers/smtp-inbox.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const MINUTE = 60_000;
const DELAY = defaultMail.retryDelaySeconds * 1000;

/**
 * Notification e-mail the SMTP server refused is sent again by the retry the hold sweeper runs
 * (NotificationMailRetry.retryDue, called here with the clock a later sweep would see), once,
 * however many processes retry; after the last attempt it is given up and logged by id only.
 * A real SMTP server started by the test refuses what the test tells it to (451).
 */
describe.skipIf(!storeAvailable)(`retrying refused notification e-mail (${store})`, () => {
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let server: TestServer;
  let second: TestServer | undefined;
  const logged: string[] = [];
  const mail = () => ({ ...defaultMail, smtpUrl: inbox.url, from: "Praktikpool <noreply@pool.example.se>" });

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({ config: { mail: mail() }, logger: createLogger("info", sink) });
  });
  afterAll(async () => {
    await second?.close();
    await server?.close();
    await inbox?.close();
  });

  const userId = async (email: string) => (await server.store.reads.getRepository(User).findOneByOrFail({ email })).id;
  const mailRow = (notificationId: string) => server.store.reads.getRepository(NotificationMail).findOneByOrFail({ notificationId });

  /** Records a decision notification for one user, which e-mails them at once (the default choice). */
  async function notify(email: string, event = NotificationEvent.CLAIM_DECIDED): Promise<string> {
    const user = await userId(email);
    const [row] = await server.store.transact((manager) =>
      server.services.notifications.record(manager, { event, organisationIds: [], userIds: [user] }),
    );
    return row.id;
  }

  it("the background sweep every process runs sends a refused e-mail again by itself, once", async () => {
    // Its own server and inbox with a short retry delay, so the real clock and the real sweep timer
    // drive it (the sweep also mails the demo data's reminders to coordinators: this goes to a viewer).
    // 12 s, not less: each send may take half the delay, and a busy machine must not time it out.
    const own = await startSmtpInbox();
    const quick = await startTestServer({ config: { mail: { ...mail(), smtpUrl: own.url, retryDelaySeconds: 12 } } });
    const jobs = startJobs(quick.services, createLogger("silent"), { sweepSeconds: 0.2 });
    try {
      own.refuseNext(1, "viewer@arboga.demo");
      const user = (await quick.store.reads.getRepository(User).findOneByOrFail({ email: "viewer@arboga.demo" })).id;
      const [row] = await quick.store.transact((manager) =>
        quick.services.notifications.record(manager, { event: NotificationEvent.CLAIM_DECIDED, organisationIds: [], userIds: [user] }),
      );
      await own.waitForRefused(1);
      await own.waitFor((m) => m.to.includes("viewer@arboga.demo"));
      await jobs.stop();
      const sent = await quick.store.reads.getRepository(NotificationMail).findOneByOrFail({ notificationId: row.id });
      expect(sent).toMatchObject({ attempts: 2, sentAt: expect.any(Date) });
      expect(await quick.services.mailRetry.retryDue(new Date(Date.now() + 24 * 3600_000))).toEqual({ sent: 0, gaveUp: 0 });
      expect(own.to("viewer@arboga.demo")).toHaveLength(1);
    } finally {
      await jobs.stop();
      await quick.close();
      await own.close();
    }
  });

  it("sends an e-mail the SMTP server refused again after the retry delay, and it arrives once", async () => {
    inbox.refuseNext(1);
    const refusedBefore = inbox.refused.length;
    const id = await notify("admin@arboga.demo");
    await inbox.waitForRefused(refusedBefore + 1);
    const claimed = (await mailRow(id)).claimedAt.getTime();

    expect(await server.services.mailRetry.retryDue(new Date(claimed + DELAY - MINUTE))).toEqual({ sent: 0, gaveUp: 0 });
    expect(await server.services.mailRetry.retryDue(new Date(claimed + DELAY))).toEqual({ sent: 1, gaveUp: 0 });
    const arrived = await inbox.waitFor((m) => m.to.includes("admin@arboga.demo"));
    expect(arrived.subject).toBe("Beslut om er reservation: en plats");
    expect(await mailRow(id)).toMatchObject({ attempts: 2, gaveUpAt: null, sentAt: expect.any(Date) });

    // A later sweep finds nothing more to send.
    expect(await server.services.mailRetry.retryDue(new Date(claimed + 10 * DELAY))).toEqual({ sent: 0, gaveUp: 0 });
    expect(inbox.to("admin@arboga.demo")).toHaveLength(1);
  });

  it("waits twice as long before each further attempt, gives up after the fifth, and logs only the notification's id", async () => {
    inbox.refuseNext(Infinity);
    const refusedBefore = inbox.refused.length;
    const id = await notify("coordinator@kungsor.demo");
    await inbox.waitForRefused(refusedBefore + 1);
    let claimed = (await mailRow(id)).claimedAt.getTime();

    for (let attempt = 2; attempt <= defaultMail.maxAttempts; attempt++) {
      const wait = DELAY * 2 ** (attempt - 2);
      expect(await server.services.mailRetry.retryDue(new Date(claimed + wait - 1000))).toEqual({ sent: 0, gaveUp: 0 });
      expect(await server.services.mailRetry.retryDue(new Date(claimed + wait))).toEqual({ sent: 0, gaveUp: 0 });
      await inbox.waitForRefused(refusedBefore + attempt);
      const row = await mailRow(id);
      expect(row.attempts).toBe(attempt);
      claimed = row.claimedAt.getTime();
    }
    const last = claimed + DELAY * 2 ** (defaultMail.maxAttempts - 1);
    expect(await server.services.mailRetry.retryDue(new Date(last))).toEqual({ sent: 0, gaveUp: 1 });
    expect(await mailRow(id)).toMatchObject({ attempts: defaultMail.maxAttempts, sentAt: null, gaveUpAt: expect.any(Date) });
    expect(await server.services.mailRetry.retryDue(new Date(last + 100 * DELAY))).toEqual({ sent: 0, gaveUp: 0 });
    inbox.refuseNext(0);

    expect(inbox.refused.filter((m) => m.to.includes("coordinator@kungsor.demo"))).toHaveLength(defaultMail.maxAttempts);
    expect(inbox.to("coordinator@kungsor.demo")).toHaveLength(0);
    const givenUp = logged.map((line) => JSON.parse(line)).filter((entry) => entry.msg === "notification e-mail given up");
    expect(givenUp).toEqual([
      expect.objectContaining({ notificationIds: [id], attempts: defaultMail.maxAttempts, reason: "attempts used up" }),
    ]);
    expect(logged.join("\n")).not.toContain("kungsor.demo");
  });

  it("sends a refused e-mail once when two processes retry it at the same moment", async () => {
    // On SQLite two stores in one Node process would block each other's writer; there, two retry
    // runs of one server race instead (the store's one writer orders their UPDATEs).
    second = store === "postgres" ? await startTestServer({ storeOf: server, config: { mail: mail() } }) : undefined;
    const other = second ?? server;
    inbox.refuseNext(1);
    const refusedBefore = inbox.refused.length;
    const id = await notify("admin@koping.demo");
    await inbox.waitForRefused(refusedBefore + 1);
    const due = new Date((await mailRow(id)).claimedAt.getTime() + DELAY);

    const rounds = await Promise.all([server.services.mailRetry.retryDue(due), other.services.mailRetry.retryDue(due)]);
    expect(rounds[0].sent + rounds[1].sent).toBe(1);
    await inbox.waitFor((m) => m.to.includes("admin@koping.demo"));
    expect(await other.services.mailRetry.retryDue(new Date(due.getTime() + 10 * DELAY))).toEqual({ sent: 0, gaveUp: 0 });
    expect(inbox.to("admin@koping.demo")).toHaveLength(1);
    expect(await mailRow(id)).toMatchObject({ attempts: 2 });
  });

  it("sends a refused daily digest again as one digest", async () => {
    const token = await server.login("coordinator@koping.demo");
    const chose = await server.gql(
      `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { delivery } }`,
      { input: { event: "CLAIM_ON_OUR_PLACEMENT", delivery: "DAILY_DIGEST" } },
      token,
    );
    expect(chose.data.setNotificationPreference.delivery).toBe("DAILY_DIGEST");
    const ids = [await notify("coordinator@koping.demo", NotificationEvent.CLAIM_ON_OUR_PLACEMENT)];
    ids.push(await notify("coordinator@koping.demo", NotificationEvent.CLAIM_ON_OUR_PLACEMENT));
    inbox.refuseNext(1);
    const tomorrow = new Date(Date.now() + 26 * 3600_000);
    expect(await server.services.mailer.sendDigests(tomorrow)).toBe(0);
    expect(inbox.refused.at(-1)?.subject).toBe("Praktikpool: 2 aviseringar sedan förra sammanfattningen");

    const due = new Date((await mailRow(ids[0])).claimedAt.getTime() + DELAY);
    expect(await server.services.mailRetry.retryDue(due)).toEqual({ sent: 1, gaveUp: 0 });
    const digest = await inbox.waitFor((m) => m.to.includes("coordinator@koping.demo"));
    expect(digest.subject).toBe("Praktikpool: 2 aviseringar sedan förra sammanfattningen");
    expect(inbox.to("coordinator@koping.demo")).toHaveLength(1);
    for (const id of ids) expect(await mailRow(id)).toMatchObject({ attempts: 2, sentAt: expect.any(Date) });
  });

  it("gives up at once, without sending, an e-mail whose recipient has been deactivated", async () => {
    inbox.refuseNext(1);
    const refusedBefore = inbox.refused.length;
    const id = await notify("viewer@kungsor.demo");
    await inbox.waitForRefused(refusedBefore + 1);
    await server.store.transact((manager) => manager.update(User, { email: "viewer@kungsor.demo" }, { active: false }));

    const due = new Date((await mailRow(id)).claimedAt.getTime() + DELAY);
    expect(await server.services.mailRetry.retryDue(due)).toEqual({ sent: 0, gaveUp: 1 });
    expect(await mailRow(id)).toMatchObject({ sentAt: null, gaveUpAt: expect.any(Date) });
    expect(inbox.to("viewer@kungsor.demo")).toHaveLength(0);
  });
});
