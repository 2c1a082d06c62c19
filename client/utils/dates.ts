/**
 * Dates as coordinators plan them: Swedish day-month-year with the ISO week number (they plan
 * by week). LocalDate strings (YYYY-MM-DD) are read as calendar days, never shifted by time zone.
 */

function parseLocalDate(value: string): Date {
  const [year, month, day] = value.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function toLocalDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The year an ISO week belongs to: the year of its Thursday (29 Dec 2025 is in week 1 of 2026). */
export function isoWeekYear(value: string): number {
  const date = parseLocalDate(value);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + 3);
  return date.getUTCFullYear();
}

/** ISO 8601 week number: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(value: string): number {
  const date = parseLocalDate(value);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  return 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
}

/** "2026-W48" (the value of <input type="week">) → Monday and Sunday of that week. */
export function weekRange(week: string): { from: string; to: string } | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  if (number < 1 || number > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (number - 1) * 7);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  return { from: toLocalDate(monday), to: toLocalDate(sunday) };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/** "1 dec. 2026" */
export function formatDate(value: string, locale = "sv"): string {
  return dateFormat(locale).format(parseLocalDate(value));
}

/** "1 dec. 2026 (v. 49)" */
export function formatDateWithWeek(value: string, locale = "sv"): string {
  const week = locale === "en" ? "w." : "v.";
  return `${formatDate(value, locale)} (${week} ${isoWeek(value)})`;
}

/**
 * The weeks of a period: "v. 2–12" within one ISO week-year, "v. 50 2026 – v. 9 2027" when it
 * crosses into another (so "v. 50–48" or "v. 3–3" never hides a year), "v. 5" for one week.
 */
export function formatWeeks(start: string, end: string, locale = "sv"): string {
  const week = locale === "en" ? "w." : "v.";
  const [startWeek, endWeek] = [isoWeek(start), isoWeek(end)];
  const [startYear, endYear] = [isoWeekYear(start), isoWeekYear(end)];
  if (startYear !== endYear) return `${week} ${startWeek} ${startYear} – ${week} ${endWeek} ${endYear}`;
  return startWeek === endWeek ? `${week} ${startWeek}` : `${week} ${startWeek}–${endWeek}`;
}

/** "1 dec. 2026 – 28 feb. 2027 (v. 49 2026 – v. 9 2027)"; a standing placement shows "Löpande från …". */
export function formatPeriod(start: string, end: string | null | undefined, locale = "sv"): string {
  const week = locale === "en" ? "w." : "v.";
  if (!end) {
    return locale === "en"
      ? `Standing, from ${formatDate(start, locale)} (${week} ${isoWeek(start)})`
      : `Löpande från ${formatDate(start, locale)} (${week} ${isoWeek(start)})`;
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)} (${formatWeeks(start, end, locale)})`;
}

/** A moment (DateTimeISO) in Swedish local time: "27 nov. 2026 14:05". */
export function formatDateTime(value: string, locale = "sv"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Stockholm",
  }).format(new Date(value));
}

/** "om 5 timmar" / "in 5 hours" from now. */
export function formatRelative(value: string, locale = "sv", now = Date.now()): string {
  const minutes = Math.round((new Date(value).getTime() - now) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale === "en" ? "en" : "sv", { numeric: "auto" });
  if (Math.abs(minutes) < 90) return format.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, "hour");
  return format.format(Math.round(hours / 24), "day");
}

/** When `date` is, on a clock in Swedish local time: "14:32" today, "2 dec. 2026 14:32" on another day. */
export function formatClock(date: Date, locale = "sv", now = new Date()): string {
  const day = (moment: Date) => moment.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  if (day(date) !== day(now)) return formatDateTime(date.toISOString(), locale);
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Stockholm",
  }).format(date);
}
