import { createEvents, type EventAttributes } from "ics";
import { In, IsNull, type EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { notFound } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { keyedHash, newToken } from "../auth/sessions.js";
import { addDays, claimPeriod } from "../claim/claim-period.js";
import { ClaimStatus } from "../claim/claim-status.js";
import { Claim } from "../claim/claim.entity.js";
import type { FollowUpService } from "../follow-up/follow-up.service.js";
import { FollowUpState } from "../follow-up/scheduled-follow-up.js";
import { Placement } from "../placement/placement.entity.js";
import type { PlacementService } from "../placement/placement.service.js";
import { User } from "../user/user.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { CalendarFeed } from "./calendar-feed.entity.js";

const PRODUCT = "-//Praktikpool//KAK//SV";
/** A token in a feed's path: what newToken gives (32 random bytes, base64url). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const dateArray = (date: string): [number, number, number] => date.split("-").map(Number) as [number, number, number];

/** An all-day event from `first` to `last` (inclusive; iCalendar's DTEND is the day after). */
function allDay(uid: string, title: string, first: string, last: string, description: string, location?: string): EventAttributes {
  return {
    uid,
    title,
    description,
    location,
    start: dateArray(first),
    end: dateArray(addDays(last, 1)),
    productId: PRODUCT,
    transp: "TRANSPARENT",
    busyStatus: "FREE",
    classification: "CONFIDENTIAL",
  };
}

/** A calendar file (RFC 5545) of the events; an empty calendar is still a valid file. */
export function calendarFile(name: string, events: EventAttributes[]): string {
  if (!events.length) {
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      `PRODID:${PRODUCT}`,
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${name}`,
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(events, { calName: name, productId: PRODUCT, method: "PUBLISH" });
  if (error || !value) throw error ?? new Error("the calendar could not be written");
  return value;
}

/**
 * Calendars: a placement's period, and a coordinator's follow-ups (and the periods of the claims
 * they made) as .ics, downloaded with a bearer token or subscribed to through a per-user secret
 * link. Events name the placement and the workplace, never the participant.
 */
export class CalendarService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly placements: PlacementService,
    private readonly followUps: FollowUpService,
    private readonly tokenSecret: string,
  ) {}

  async placementCalendar(viewer: Viewer, id: string): Promise<string> {
    const placement = await this.placements.findVisible(viewer, id);
    if (!placement) throw notFound("Placement", "id");
    const workplace = await this.reads.getRepository(Workplace).findOneBy({ id: placement.workplaceId });
    const last = placement.endDate ?? placement.startDate;
    const title = placement.endDate ? `Praktikplats: ${placement.title}` : `Praktikplats startar: ${placement.title}`;
    return calendarFile(placement.title, [
      allDay(`placement-${placement.id}@praktikpool`, title, placement.startDate, last, `Platser: ${placement.capacity}`, workplace?.name),
    ]);
  }

  /** The follow-ups of the claims the user made that are not yet held, and the periods of those claims. */
  async coordinatorCalendar(viewer: Viewer): Promise<string> {
    const scheduled = await this.followUps.due(viewer, 3650, undefined, { claimedById: viewer.userId, all: true });
    const claims = await this.reads.getRepository(Claim).findBy({
      claimedById: viewer.userId,
      status: In([ClaimStatus.CONFIRMED, ClaimStatus.ACTIVE]),
    });
    const placementIds = [...new Set([...claims.map((c) => c.placementId), ...scheduled.map((s) => s.claim.placementId)])];
    const placements = new Map(
      (placementIds.length ? await this.reads.getRepository(Placement).findBy({ id: In(placementIds) }) : []).map((p) => [p.id, p]),
    );
    const workplaces = new Map(
      (placements.size
        ? await this.reads.getRepository(Workplace).findBy({ id: In([...placements.values()].map((p) => p.workplaceId)) })
        : []
      ).map((w) => [w.id, w.name]),
    );
    const events: EventAttributes[] = [];
    for (const item of scheduled) {
      if (item.state === FollowUpState.DONE) continue;
      const placement = placements.get(item.claim.placementId)!;
      events.push(
        allDay(
          `follow-up-${item.claim.id}-${item.stage}@praktikpool`,
          `Uppföljning: ${placement.title}`,
          item.dueOn,
          item.dueOn,
          `Uppföljning ${item.stage} med deltagaren och handledaren.`,
          workplaces.get(placement.workplaceId),
        ),
      );
    }
    for (const claim of claims) {
      const placement = placements.get(claim.placementId)!;
      const period = claimPeriod(claim, placement);
      events.push(
        allDay(
          `claim-${claim.id}@praktikpool`,
          `Praktik: ${placement.title}`,
          period.start,
          period.end ?? period.start,
          `Platser: ${claim.seats}`,
          workplaces.get(placement.workplaceId),
        ),
      );
    }
    return calendarFile("Praktikpool – mina uppföljningar", events);
  }

  async feedStatus(viewer: Viewer): Promise<CalendarFeed | null> {
    return this.reads.getRepository(CalendarFeed).findOneBy({ userId: viewer.userId, revokedAt: IsNull() });
  }

  /** A new secret link (shown once); any earlier link of the user stops working. */
  async createFeed(actor: Actor): Promise<{ token: string; createdAt: Date }> {
    const token = newToken();
    const now = new Date();
    await this.transact(async (manager) => {
      await manager.update(CalendarFeed, { userId: actor.viewer.userId, revokedAt: IsNull() }, { revokedAt: now });
      const id = newId();
      await manager.insert(CalendarFeed, {
        id,
        userId: actor.viewer.userId,
        tokenHash: keyedHash(this.tokenSecret, token),
        createdAt: now,
        revokedAt: null,
      });
      await this.audit.record(manager, actor, { action: "createCalendarFeed", entity: "CalendarFeed", entityId: id });
    });
    return { token, createdAt: now };
  }

  async revokeFeed(actor: Actor): Promise<boolean> {
    return this.transact(async (manager) => {
      const live = await manager.findBy(CalendarFeed, { userId: actor.viewer.userId, revokedAt: IsNull() });
      await manager.update(CalendarFeed, { userId: actor.viewer.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      for (const feed of live)
        await this.audit.record(manager, actor, { action: "revokeCalendarFeed", entity: "CalendarFeed", entityId: feed.id });
      return live.length > 0;
    });
  }

  /** The feed behind a secret link, or null when it is unknown, revoked or its user is deactivated. */
  async feed(token: string): Promise<string | null> {
    if (!FEED_TOKEN.test(token)) return null;
    const feed = await this.reads
      .getRepository(CalendarFeed)
      .findOneBy({ tokenHash: keyedHash(this.tokenSecret, token), revokedAt: IsNull() });
    if (!feed) return null;
    const user = await this.reads.getRepository(User).findOneBy({ id: feed.userId });
    if (!user?.active) return null;
    return this.coordinatorCalendar({ userId: user.id, organisationId: user.organisationId, role: user.role });
  }
}
