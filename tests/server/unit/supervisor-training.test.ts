import { describe, expect, it } from "vitest";
import { TrainingStatus } from "../../../server/modules/workplace/supervisor.entity.js";
import { addYears, swedishToday, TrainingRule } from "../../../server/modules/workplace/supervisor-training.js";

describe("supervisor training validity", () => {
  const onDay = (today: string, years = 3) => new TrainingRule(years, () => today);

  it("is valid up to the day before it is due, and due from that day", () => {
    expect(onDay("2027-03-14").status("2024-03-15")).toBe(TrainingStatus.TRAINED);
    expect(onDay("2027-03-15").status("2024-03-15")).toBe(TrainingStatus.DUE);
    expect(onDay("2027-03-15").dueOn("2024-03-15")).toBe("2027-03-15");
  });

  it("counts the configured number of years", () => {
    expect(onDay("2025-03-15", 1).status("2024-03-15")).toBe(TrainingStatus.DUE);
    expect(onDay("2025-03-15", 5).status("2024-03-15")).toBe(TrainingStatus.TRAINED);
  });

  it("has no due date and counts as not trained without a training", () => {
    expect(onDay("2027-01-01").status(null)).toBe(TrainingStatus.NOT_TRAINED);
    expect(onDay("2027-01-01").dueOn(null)).toBeNull();
  });

  it("makes a training on 29 February due on 28 February of a common year, and on 29 February of a leap year", () => {
    expect(addYears("2024-02-29", 3)).toBe("2027-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("takes today as the Swedish calendar date, not the UTC one", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(swedishToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(swedishToday(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });

  it("counts only a date after today as in the future", () => {
    expect(onDay("2027-01-01").isInFuture("2027-01-02")).toBe(true);
    expect(onDay("2027-01-01").isInFuture("2027-01-01")).toBe(false);
  });
});
