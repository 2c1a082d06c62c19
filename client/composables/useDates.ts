import { useI18n } from "vue-i18n";
import { formatDate, formatDateTime, formatDateWithWeek, formatPeriod, formatRelative, formatWeeks, isoWeek } from "../utils/dates";

/** Date formatting bound to the user's current language. */
export function useDates() {
  const { locale } = useI18n({ useScope: "global" });
  return {
    date: (value: string) => formatDate(value, locale.value),
    dateWithWeek: (value: string) => formatDateWithWeek(value, locale.value),
    period: (start: string, end?: string | null) => formatPeriod(start, end, locale.value),
    /** The weeks of a period alone ("v. 2–12"; a standing one: its first week). */
    weeks: (start: string, end?: string | null) =>
      end ? formatWeeks(start, end, locale.value) : `${locale.value === "en" ? "w." : "v."} ${isoWeek(start)}`,
    dateTime: (value: string) => formatDateTime(value, locale.value),
    relative: (value: string) => formatRelative(value, locale.value),
  };
}
