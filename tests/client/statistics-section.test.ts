import { describe, expect, it } from "vitest";
import StatisticsSection, {
  type StatisticsSectionColumn,
  type StatisticsSectionRow,
} from "../../client/components/statistics/StatisticsSection.vue";
import { mountInSwedish } from "./mount";

interface Group {
  seats: number;
  used: { value: number | null; suppressed: boolean };
  share: { value: number | null; suppressed: boolean };
  after90?: { value: number | null; suppressed: boolean };
}
const shown = (value: number) => ({ value, suppressed: false });
const suppressed = { value: null, suppressed: true };
const rows: StatisticsSectionRow<Group>[] = [
  { key: "1984", label: "Arboga", data: { seats: 1200, used: shown(12.5), share: shown(0.25), after90: shown(7) } },
  { key: "1960", label: "Kungsör", data: { seats: 3, used: suppressed, share: suppressed } },
];
const total: StatisticsSectionRow<Group> = {
  key: "TOTAL",
  label: "Totalt",
  data: { seats: 1203, used: shown(15), share: shown(0.2), after90: shown(9) },
};
const columns: StatisticsSectionColumn<Group>[] = [
  { heading: "Erbjudna platser", value: (g) => g.seats },
  { heading: "Använda platsveckor", value: (g) => g.used, col: "used", charted: true },
  { heading: "Andel", value: (g) => g.share, col: "share", percent: true },
  { heading: "Efter 90 dagar", value: (g) => g.after90, col: "after90", charted: true },
];

function mountSection() {
  return mountInSwedish(StatisticsSection<Group>, {
    props: { id: "test", title: "Rubrik", chartTitle: "Diagrammets titel", rowHeading: "Kommun", rows, total, columns },
  });
}

describe("StatisticsSection", () => {
  it("lists every group and the total, with suppressed numbers as 'färre än 5' and missing ones as '–'", () => {
    const wrapper = mountSection();
    const table = wrapper.get('[data-testid="table-test"]');
    expect(table.get("caption").text()).toBe("Diagrammets titel");
    expect(table.findAll("thead th").map((th) => th.text())).toEqual([
      "Kommun",
      "Erbjudna platser",
      "Använda platsveckor",
      "Andel",
      "Efter 90 dagar",
    ]);
    const lines = table.findAll("tbody tr").map((tr) => [tr.attributes("data-key"), ...tr.findAll("th, td").map((cell) => cell.text())]);
    expect(lines).toEqual([
      ["1984", "Arboga", "1\u00a0200", "12,5", "25 %", "7"],
      ["1960", "Kungsör", "3", "färre än 5", "färre än 5", "–"],
      ["TOTAL", "Totalt", "1\u00a0203", "15", "20 %", "9"],
    ]);
    expect(table.findAll("tr.total").map((tr) => tr.attributes("data-key"))).toEqual(["TOTAL"]);
    expect(wrapper.get("section").attributes("aria-labelledby")).toBe("stat-test");
    expect(wrapper.get("h2#stat-test").text()).toBe("Rubrik");
  });

  it("draws only the charted columns, for the groups but not the total, with no bar where a number is suppressed or missing, and says which in words", async () => {
    const wrapper = mountSection();
    await expect.poll(() => wrapper.find('[data-testid="chart-test"]').exists()).toBe(true);
    const chart = wrapper.get('[data-testid="chart-test"]');
    expect(JSON.parse(chart.attributes("data-chart-values")!)).toEqual([
      { name: "Använda platsveckor", values: [12.5, null] },
      { name: "Efter 90 dagar", values: [7, null] },
    ]);
    expect(chart.get("[role=img]").attributes("aria-label")).toBe(
      // Kungsör's after-90 figure is missing, not suppressed: the words say what the table says.
      "Arboga: Använda platsveckor 12,5, Efter 90 dagar 7; Kungsör: Använda platsveckor färre än 5, Efter 90 dagar uppgift saknas",
    );
  });
});
