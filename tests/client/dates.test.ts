import { describe, expect, it } from "vitest";
import { formatDateWithWeek, formatPeriod, isoWeek, weekRange } from "../../client/utils/dates";

describe("dates as coordinators plan them", () => {
  it("numbers weeks the ISO way", () => {
    expect(isoWeek("2026-11-26")).toBe(48);
    expect(isoWeek("2027-01-01")).toBe(53);
    expect(isoWeek("2027-01-04")).toBe(1);
    expect(isoWeek("2024-12-30")).toBe(1);
  });

  it("writes dates in Swedish with the week number", () => {
    expect(formatDateWithWeek("2026-12-01")).toBe("1 dec. 2026 (v. 49)");
    expect(formatPeriod("2027-01-11", "2027-03-26")).toBe("11 jan. 2027 – 26 mars 2027 (v. 2–12)");
    expect(formatPeriod("2026-12-12", null)).toBe("Löpande från 12 dec. 2026 (v. 50)");
  });

  it("names the years when a period's weeks cross into another year", () => {
    expect(formatPeriod("2026-12-07", "2027-12-03")).toBe("7 dec. 2026 – 3 dec. 2027 (v. 50 2026 – v. 48 2027)");
    expect(formatPeriod("2026-01-12", "2027-01-22")).toBe("12 jan. 2026 – 22 jan. 2027 (v. 3 2026 – v. 3 2027)");
    expect(formatPeriod("2026-12-07", "2027-12-03", "en")).toBe("7 Dec 2026 – 3 Dec 2027 (w. 50 2026 – w. 48 2027)");
    // 31 Dec 2026 is a Thursday: week 53 of 2026; 1 Jan 2027 is in the same week.
    expect(formatPeriod("2026-12-28", "2027-01-01")).toBe("28 dec. 2026 – 1 jan. 2027 (v. 53)");
    expect(formatPeriod("2027-01-04", "2027-01-08")).toBe("4 jan. 2027 – 8 jan. 2027 (v. 1)");
  });

  it("knows the Monday and Sunday of a week", () => {
    expect(weekRange("2027-W01")).toEqual({ from: "2027-01-04", to: "2027-01-10" });
    expect(weekRange("2026-W53")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
    expect(weekRange("nonsense")).toBeNull();
  });
});
