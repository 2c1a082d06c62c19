import { Router } from "express";
import { AppError, formattedRefusal } from "../../common/errors.js";
import type { Services } from "../../services.js";
import { actorOf, refuseHttp } from "../export/workbook.js";

const ID_FILE = /^([0-9a-fA-F-]{36})\.ics$/;
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

function sendCalendar(res: import("express").Response, filename: string, body: string) {
  res.setHeader("Content-Type", "text/calendar; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.send(body);
}

/**
 * Calendars as .ics: `GET /calendar/placements/<id>.ics` and `GET /calendar/follow-ups.ics` with a
 * bearer token, and `GET /calendar/feed/<secret>.ics` for calendar programs, which cannot send one.
 * The secret path is redacted from the request log (common/logger.ts).
 */
export function calendarRoutes(services: Services): Router {
  const router = Router();
  router.get("/calendar/placements/:file", async (req, res, next) => {
    try {
      const actor = await actorOf(services, req, res);
      if (!actor) return;
      const id = ID_FILE.exec(String(req.params.file))?.[1]?.toLowerCase();
      if (!id) return void res.status(404).json({ errors: [formattedRefusal("RECORD_NOT_FOUND", { record: "Placement" })] });
      sendCalendar(res, `plats-${id}.ics`, await services.calendar.placementCalendar(actor.viewer, id));
    } catch (error) {
      if (error instanceof AppError) return refuseHttp(res, error);
      next(error);
    }
  });
  router.get("/calendar/follow-ups.ics", async (req, res, next) => {
    try {
      const actor = await actorOf(services, req, res);
      if (!actor) return;
      sendCalendar(res, "uppfoljningar.ics", await services.calendar.coordinatorCalendar(actor.viewer));
    } catch (error) {
      if (error instanceof AppError) return refuseHttp(res, error);
      next(error);
    }
  });
  router.get("/calendar/feed/:file", async (req, res, next) => {
    try {
      res.setHeader("Cache-Control", "no-store");
      const token = FEED_FILE.exec(String(req.params.file))?.[1];
      const body = token ? await services.calendar.feed(token) : null;
      if (body === null) return void res.status(404).json({ errors: [formattedRefusal("RECORD_NOT_FOUND", { record: "CalendarFeed" })] });
      sendCalendar(res, "praktikpool.ics", body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
