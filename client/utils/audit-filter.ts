import type { AuditLogFilter } from "../graphql/generated/graphql";

/** The audit log page's filter as the form holds it: plain strings, dates as YYYY-MM-DD, "" for "any". */
export interface AuditFilterForm {
  userId: string;
  action: string;
  entity: string;
  entityId: string;
  fromDate: string;
  toDate: string;
}

export const emptyAuditFilter = (): AuditFilterForm => ({ userId: "", action: "", entity: "", entityId: "", fromDate: "", toDate: "" });

const TIME_ZONE = "Europe/Stockholm";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes Stockholm is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * The instant a Swedish calendar day starts. The organisations work in Swedish time, so a period
 * "1–3 December" means those days in Stockholm, wherever the browser is.
 */
export function startOfSwedishDay(date: string, plusDays = 0): string {
  const [year, month, day] = date.split("-").map(Number);
  const utcMidnight = new Date(Date.UTC(year, month - 1, day + plusDays));
  return new Date(utcMidnight.getTime() - stockholmOffsetMinutes(utcMidnight) * 60_000).toISOString();
}

/** The API's filter for the form: empty fields left out; the period covers both days given, whole. */
export function toAuditLogFilter(form: AuditFilterForm): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (form.userId) filter.userId = form.userId;
  if (form.action) filter.action = form.action;
  if (form.entity.trim()) filter.entity = form.entity.trim();
  if (form.entityId.trim()) filter.entityId = form.entityId.trim();
  if (ISO_DATE.test(form.fromDate)) filter.from = startOfSwedishDay(form.fromDate);
  if (ISO_DATE.test(form.toDate)) filter.until = startOfSwedishDay(form.toDate, 1);
  return filter;
}

/** Where the Excel export of the same entries is: the filter's fields as query parameters. */
export function auditExportUrl(filter: AuditLogFilter): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (typeof value === "string" && value) params.set(name, value);
  const query = params.toString();
  return `/exports/audit.xlsx${query ? `?${query}` : ""}`;
}

/** The i18n key of an action's name: "login:attempt" → "auditLog.actionNames.login_attempt" (a colon is not a key character). */
export const auditActionKey = (action: string) => `auditLog.actionNames.${action.replace(/[^A-Za-z0-9]/g, "_")}`;
