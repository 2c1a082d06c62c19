import { describe, expect, it } from "vitest";
import ImportPreviewTable from "../../client/components/import/ImportPreviewTable.vue";
import type { ImportRow } from "../../client/composables/usePlacementImport";
import { mountInSwedish } from "./mount";

const placement = {
  title: "Lagerarbetare",
  kind: "INTERNSHIP",
  startDate: "2027-03-01",
  endDate: null,
  capacity: 2,
  status: "NEW" as const,
};
const rows: ImportRow[] = [
  { row: 3, workplace: { name: "Glasbrukets lager", status: "NEW" }, placement, errors: [] },
  {
    row: 4,
    workplace: { name: "Glasbrukets lager", status: "NEW" },
    placement: { ...placement, title: "Feriejobb i lagret", kind: "SUMMER_JOB" },
    errors: [
      { row: 4, column: "endDate", heading: "Slutdatum", reason: "PERIOD_TOO_LONG", params: { kind: "SUMMER_JOB", maxMonths: 1 } },
      { row: 4, column: "title", heading: null, reason: "IMPORT_DUPLICATE_ROW", params: { firstRow: 3 } },
    ],
  },
  { row: 5, workplace: { name: "Arboga verkstad", status: "EXISTING" }, placement: null, errors: [] },
];

describe("ImportPreviewTable", () => {
  it("shows the rows with errors first, each error with its column and the catalogue's Swedish text", async () => {
    const wrapper = mountInSwedish(ImportPreviewTable, { props: { rows } });
    expect(wrapper.findAll("tbody tr").map((tr) => tr.attributes("data-row"))).toEqual(["4"]);
    const problems = wrapper.findAll("tbody tr li").map((li) => li.text());
    expect(problems).toEqual([
      "Slutdatum: Feriejobb får vara högst 1 månader. Välj ett tidigare slutdatum.",
      "Titel: Samma plats (arbetsplats, titel och startdatum) finns redan på rad 3.",
    ]);
    await wrapper.get('[data-testid="only-errors"]').setValue(false);
    expect(wrapper.findAll("tbody tr").map((tr) => tr.attributes("data-row"))).toEqual(["3", "4", "5"]);
    expect(wrapper.get('tr[data-row="5"]').text()).toContain("Finns redan");
    expect(wrapper.get('tr[data-row="5"]').text()).toContain("Bara arbetsplatsen");
  });

  it("shows every row when none has an error", () => {
    const wrapper = mountInSwedish(ImportPreviewTable, { props: { rows: [rows[0], rows[2]] } });
    expect(wrapper.find('[data-testid="only-errors"]').exists()).toBe(false);
    expect(wrapper.findAll("tbody tr")).toHaveLength(2);
    expect(wrapper.get('tr[data-row="3"]').text()).toContain("Inga fel");
  });
});
