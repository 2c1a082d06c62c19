import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMail } from "../../server/config.js";
import { NotificationEvent } from "../../server/modules/notification/notification-event.js";
import { User } from "../../server/modules/user/user.entity.js";
import { startSmtpInbox } from "../helpers/smtp-inbox.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id name filterJson } }`;
const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const PREFER = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { event delivery } }`;
const MINE = `{ myNotifications { id event placement { id } counterpart { slug } } unreadNotificationCount }`;
const PUBLIC_URL = "https://pool.example.se";

/**
 * Must-show 4: a saved search (bevakning) is told about a new matching placement in the app and
 * by e-mail, caught by a real SMTP server this test starts; "none" for that event means no
 * e-mail for it, shown by a later e-mail for another event arriving alone.
 */
describe.skipIf(!storeAvailable)(`saved searches and notification e-mail (${store})`, () => {
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let server: TestServer;
  let second: TestServer | undefined;
  let koping: string;
  let arboga: string;
  let arbogaAdmin: string;
  let workplaceId: string;
  const mail = () => ({
    ...defaultMail,
    smtpUrl: inbox.url,
    from: "Praktikpool <noreply@pool.example.se>",
    publicUrl: PUBLIC_URL,
    digestHour: 7,
  });
  const post = async (title: string, kind = "INTERNSHIP") =>
    (await server.gql(POST, { input: { title, kind, workplaceId, capacity: 2, startDate: "2027-06-07" } }, koping)).data.postPlacement
      .id as string;
  const userId = async (email: string) => (await server.store.reads.getRepository(User).findOneByOrFail({ email })).id;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({ config: { mail: mail() } });
    [koping, arboga, arbogaAdmin] = await Promise.all(
      ["coordinator@koping.demo", "coordinator@arboga.demo", "admin@arboga.demo"].map((email) => server.login(email)),
    );
    const workplaces = (await server.gql(`{ workplaces { id municipality { code } } }`, {}, koping)).data.workplaces;
    workplaceId = workplaces.find((workplace: { municipality: { code: string } }) => workplace.municipality.code === "1983").id;
  });
  afterAll(async () => {
    await second?.close();
    await server?.close();
    await inbox?.close();
  });

  it("tells a saved search about a new matching placement in the app and by a Swedish e-mail with a link, and not about one that does not match", async () => {
    const saved = await server.gql(
      SAVE,
      { input: { name: "Praktik i Köping", filter: { municipalityCodes: ["1983"], kinds: ["INTERNSHIP"] } } },
      arboga,
    );
    expect(codes(saved)).toEqual([]);
    expect(JSON.parse(saved.data.saveSearch.filterJson)).toEqual({ municipalityCodes: ["1983"], kinds: ["INTERNSHIP"] });

    const other = await post("Kontorsstöd, arbetsträning", "WORK_TRAINING");
    const matching = await post("Truckförare på lagret");
    const mail = await inbox.waitFor((m) => m.to.includes("coordinator@arboga.demo") && m.text.includes(matching));
    expect(mail.subject).toBe("Ny plats som matchar din bevakning: Truckförare på lagret");
    expect(mail.text).toContain("Köpings kommun – Jobbcenter har lagt upp Truckförare på lagret, Köping, som matchar din bevakning.");
    expect(mail.text).toContain(`Öppna platsen: ${PUBLIC_URL}/placements/${matching}`);
    expect(mail.text).toContain(`${PUBLIC_URL}/notifications`);

    const mine = (await server.gql(MINE, {}, arboga)).data;
    const match = mine.myNotifications.find((row: { placement: { id: string } | null }) => row.placement?.id === matching);
    expect(match).toMatchObject({ event: "SAVED_SEARCH_MATCH", counterpart: { slug: "koping" } });
    expect(mine.myNotifications.some((row: { placement: { id: string } | null }) => row.placement?.id === other)).toBe(false);
    expect(inbox.mails.some((m) => m.text.includes(other))).toBe(false);
  });

  it("sends no e-mail for an event the user chose none for: a later e-mail for another event arrives alone", async () => {
    const chose = await server.gql(PREFER, { input: { event: "SAVED_SEARCH_MATCH", delivery: "NONE" } }, arbogaAdmin);
    expect(chose.data.setNotificationPreference).toEqual({ event: "SAVED_SEARCH_MATCH", delivery: "NONE" });
    expect(codes(await server.gql(SAVE, { input: { name: "Samma", filter: { municipalityCodes: ["1983"] } } }, arbogaAdmin))).toEqual([]);

    const placement = await post("Lagerarbetare, kväll");
    // The coordinator's e-mail for it shows the matches were recorded (both in one transaction).
    await inbox.waitFor((m) => m.to.includes("coordinator@arboga.demo") && m.text.includes(placement));
    const inApp = (await server.gql(MINE, {}, arbogaAdmin)).data.myNotifications;
    expect(
      inApp.some(
        (row: { event: string; placement: { id: string } | null }) => row.event === "SAVED_SEARCH_MATCH" && row.placement?.id === placement,
      ),
    ).toBe(true);

    const kopingOrganisation = (await server.gql(`{ me { organisation { id } } }`, {}, koping)).data.me.organisation.id;
    const admin = await userId("admin@arboga.demo");
    await server.store.transact((manager) =>
      server.services.notifications.record(manager, {
        event: NotificationEvent.CLAIM_DECIDED,
        organisationIds: [],
        userIds: [admin],
        counterpartOrganisationId: kopingOrganisation,
        placementId: placement,
      }),
    );
    const later = await inbox.waitFor((m) => m.to.includes("admin@arboga.demo"));
    expect(later.subject).toBe("Beslut om er reservation: Lagerarbetare, kväll");
    expect(inbox.to("admin@arboga.demo")).toHaveLength(1);
  });

  it("sends each daily digest once, with two servers on one store running the digest at the same moment", async () => {
    // On SQLite two stores in one Node process would block each other's writer (better-sqlite3 waits
    // synchronously for the file lock); there, two digest runs of one server race instead.
    second = store === "postgres" ? await startTestServer({ storeOf: server, config: { mail: mail() } }) : undefined;
    const other = second ?? server;
    const kopingAdmin = await server.login("admin@koping.demo");
    expect(codes(await server.gql(PREFER, { input: { event: "CLAIM_ON_OUR_PLACEMENT", delivery: "DAILY_DIGEST" } }, kopingAdmin))).toEqual(
      [],
    );
    const admin = await userId("admin@koping.demo");
    const arbogaOrganisation = (await server.gql(`{ me { organisation { id } } }`, {}, arboga)).data.me.organisation.id;
    const placement = await post("Förrådsarbete");
    for (const seats of [1, 2]) {
      await server.store.transact((manager) =>
        server.services.notifications.record(manager, {
          event: NotificationEvent.CLAIM_ON_OUR_PLACEMENT,
          organisationIds: [],
          userIds: [admin],
          counterpartOrganisationId: arbogaOrganisation,
          placementId: placement,
          seats,
        }),
      );
    }
    // Tomorrow after the digest hour, as both processes' timers would see it.
    const tomorrow = new Date(Date.now() + 26 * 3600_000);
    const sent = await Promise.all([server.services.mailer.sendDigests(tomorrow), other.services.mailer.sendDigests(tomorrow)]);
    expect(sent[0] + sent[1]).toBe(1);
    const digest = await inbox.waitFor((m) => m.to.includes("admin@koping.demo"));
    expect(digest.subject).toBe("Praktikpool: 2 aviseringar sedan förra sammanfattningen");
    expect(digest.text).toContain("Arboga kommun – Arbetsmarknadsenheten har reserverat 1 plats på Förrådsarbete, Köping.");
    expect(digest.text).toContain("har reserverat 2 platser på Förrådsarbete, Köping.");
    expect(digest.text).toContain(`${PUBLIC_URL}/placements/${placement}`);
    // Running again sends nothing more.
    expect(await other.services.mailer.sendDigests(tomorrow)).toBe(0);
    expect(inbox.to("admin@koping.demo")).toHaveLength(1);
  });
});
