import { Writable } from "node:stream";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../server/common/logger.js";
import { addDays, swedishToday } from "../../server/modules/claim/claim-period.js";
import { CalendarFeed } from "../../server/modules/calendar/calendar-feed.entity.js";
import { claimIn } from "../helpers/claim-history.js";
import { startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

/** The events of an .ics file, read by ical.js (an independent RFC 5545 parser). */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? "",
      location: event.location ?? "",
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
    };
  });
}

describe.skipIf(!storeAvailable)(`calendars as .ics (${store})`, () => {
  let server: TestServer;
  let koping: string;
  const logged: string[] = [];
  const today = swedishToday();

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({ logger: createLogger("info", sink) });
    koping = await server.login("coordinator@koping.demo");
  });
  afterAll(() => server?.close());

  const get = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it("gives a placement's period as an all-day event that names the placement", async () => {
    const { placement } = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: "2027-03-01",
      end: "2027-03-26",
      status: "HELD",
    });
    const response = await get(`/calendar/placements/${placement.id}.ics`, koping);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const [event] = events(await response.text());
    expect(event).toMatchObject({ summary: `Praktikplats: ${placement.title}`, start: "2027-03-01", end: "2027-03-27", isDate: true });
    expect((await get(`/calendar/placements/${placement.id}.ics`)).status).toBe(401);
    expect((await get(`/calendar/placements/00000000-0000-0000-0000-000000000000.ics`, koping)).status).toBe(404);
  });

  it("gives a coordinator's follow-ups, naming the placement and never the participant", async () => {
    const { claim, placement, participant } = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: addDays(today, -3),
      end: addDays(today, 40),
      status: "ACTIVE",
    });
    const text = await (await get("/calendar/follow-ups.ics", koping)).text();
    expect(text).not.toContain(participant!.code);
    const list = events(text).filter((event) => event.uid.includes(claim.id));
    expect(list.map((event) => [event.summary, event.start])).toEqual(
      expect.arrayContaining([
        [`Uppföljning: ${placement.title}`, addDays(today, 11)],
        [`Uppföljning: ${placement.title}`, addDays(today, 40)],
        [`Praktik: ${placement.title}`, addDays(today, -3)],
      ]),
    );
    // Arboga's coordinator owns the placement but did not make the claim: none of its follow-ups.
    const theirs = events(await (await get("/calendar/follow-ups.ics", await server.login("coordinator@arboga.demo"))).text());
    expect(theirs.some((event) => event.uid.includes(claim.id) && event.summary.startsWith("Uppföljning"))).toBe(false);
  });

  it("serves the feed behind a secret link without a token, stores only its keyed hash, and stops when revoked", async () => {
    const created = await server.gql(`mutation { createCalendarFeed { path createdAt } }`, {}, koping);
    expect(created.errors).toBeUndefined();
    const path = created.data.createCalendarFeed.path as string;
    expect(path).toMatch(/^\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const secret = path.slice("/calendar/feed/".length, -".ics".length);
    const feed = await get(path);
    expect(feed.status).toBe(200);
    expect(events(await feed.text()).length).toBeGreaterThan(0);
    const stored = await server.store.reads.getRepository(CalendarFeed).find();
    expect(stored.some((row) => row.tokenHash.includes(secret) || row.tokenHash === secret)).toBe(false);
    expect((await server.gql(`{ calendarFeed { active } }`, {}, koping)).data.calendarFeed.active).toBe(true);

    // A new link replaces the old one.
    const again = (await server.gql(`mutation { createCalendarFeed { path } }`, {}, koping)).data.createCalendarFeed.path as string;
    expect((await get(path)).status).toBe(404);
    expect((await get(again)).status).toBe(200);

    expect((await server.gql(`mutation { revokeCalendarFeed }`, {}, koping)).data.revokeCalendarFeed).toBe(true);
    const revoked = await get(again);
    expect(revoked.status).toBe(404);
    expect((await server.gql(`{ calendarFeed { active } }`, {}, koping)).data.calendarFeed.active).toBe(false);
    expect((await get("/calendar/feed/not-a-secret.ics")).status).toBe(404);

    // The secret never reached the log: the path is logged redacted.
    await new Promise((resolve) => setImmediate(resolve));
    const all = logged.join("");
    expect(all).toContain("/calendar/feed/[redacted]");
    expect(all).not.toContain(secret);
    expect(all).not.toContain(again.slice("/calendar/feed/".length, -".ics".length));
  });
});
