import { PeriodUnit } from "../graphql/generated/graphql";

/** A period the statistics take: whole months, quarters or years (the server refuses others). */
export interface StatisticsPeriod {
  id: string;
  unit: PeriodUnit;
  start: string;
  count: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The periods offered, newest first: the last 12 months (the default), each of the last 24
 * months, the last 8 quarters and the last 5 years, counted from `today` ("YYYY-MM-DD").
 */
export function statisticsPeriods(today: string): StatisticsPeriod[] {
  const [year, month] = today.split("-").map(Number);
  const monthStart = (offset: number) => {
    const date = new Date(Date.UTC(year, month - 1 - offset, 1));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-01`;
  };
  const periods: StatisticsPeriod[] = [{ id: "last12", unit: PeriodUnit.MONTH, start: monthStart(11), count: 12 }];
  for (let i = 0; i < 24; i++) periods.push({ id: `month:${monthStart(i)}`, unit: PeriodUnit.MONTH, start: monthStart(i), count: 1 });
  const quarter = Math.floor((month - 1) / 3);
  for (let i = 0; i < 8; i++) {
    const q = quarter - i;
    const y = year + Math.floor(q / 4);
    const start = `${y}-${pad((((q % 4) + 4) % 4) * 3 + 1)}-01`;
    periods.push({ id: `quarter:${start}`, unit: PeriodUnit.QUARTER, start, count: 1 });
  }
  for (let i = 0; i < 5; i++) periods.push({ id: `year:${year - i}`, unit: PeriodUnit.YEAR, start: `${year - i}-01-01`, count: 1 });
  return periods;
}
