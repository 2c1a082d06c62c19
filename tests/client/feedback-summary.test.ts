import { describe, expect, it } from "vitest";
import FeedbackSummary from "../../client/components/feedback/FeedbackSummary.vue";
import { FeedbackKind } from "../../client/graphql/generated/graphql";
import { mountInSwedish } from "./mount";

const summary = (overrides: Record<string, unknown> = {}) => ({
  count: 3,
  recommendations: 2,
  warnings: 1,
  openWarnings: 1,
  latestKind: FeedbackKind.WARNING,
  latestExcerpt: "Handledaren var sällan på plats.",
  latestResolved: false,
  ...overrides,
});

describe("FeedbackSummary on a board card", () => {
  it("puts open warnings first, with the newest one's excerpt", () => {
    const text = mountInSwedish(FeedbackSummary, { props: { summary: summary() } }).text();
    expect(text).toContain("1 öppen varning");
    expect(text).toContain("Varning: Handledaren var sällan på plats.");
  });

  it("counts all of them when no warning is open, and says the newest was resolved", () => {
    const text = mountInSwedish(FeedbackSummary, { props: { summary: summary({ openWarnings: 0, latestResolved: true }) } }).text();
    expect(text).toContain("3 omdömen");
    expect(text).toContain("Varning (Åtgärdad):");
  });

  it("words a single recommendation in the singular", () => {
    const one = summary({ count: 1, recommendations: 1, warnings: 0, openWarnings: 0, latestKind: FeedbackKind.RECOMMENDATION });
    const text = mountInSwedish(FeedbackSummary, { props: { summary: one } }).text();
    expect(text).toContain("1 omdöme");
    expect(text).toContain("Rekommendation:");
  });
});
