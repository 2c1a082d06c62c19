import { describe, expect, it } from "vitest";
import PlacementForm from "../../client/components/placement/PlacementForm.vue";
import { emptyPlacementForm, type PlacementFormValues } from "../../client/utils/placement-form";
import { mountInSwedish } from "./mount";

const organisations = [
  { id: "o-af", name: "Arbetsförmedlingen" },
  { id: "o-fk", name: "Försäkringskassan" },
];

const workplaces = [
  { id: "w1", name: "Förskolan Solrosen", municipality: { name: "Köping" }, supervisors: [{ id: "s1", name: "Anna Lindqvist" }] },
  { id: "w2", name: "ICA Kvantum", municipality: { name: "Köping" }, supervisors: [] },
];

/** What the server answers to placementKindRules and inputLimits. */
const kindRules = [
  { kind: "INTERNSHIP" as const, maxMonths: 6 },
  { kind: "WORK_TRAINING" as const, maxMonths: 12 },
];
const limits = {
  titleMin: 3,
  titleMax: 200,
  descriptionMax: 5000,
  otherRequirementsMax: 1000,
  capacityMax: 500,
  hoursPerWeekMax: 60,
  reasonMax: 1000,
};

function mountForm(initial: Partial<PlacementFormValues> = {}, serverErrors: Record<string, string> = {}) {
  return mountInSwedish(PlacementForm, {
    props: {
      mode: "post",
      initial: { ...emptyPlacementForm(), ...initial },
      workplaces,
      occupationFields: [],
      organisations,
      serverErrors,
      kindRules,
      limits,
    },
    attachTo: document.body,
  });
}

const valid: Partial<PlacementFormValues> = {
  title: "Lagerarbete",
  kind: "INTERNSHIP",
  workplaceId: "w1",
  capacity: 2,
  startDate: "2027-01-11",
};

describe("PlacementForm", () => {
  it("refuses what the server would refuse and says why beside each field", async () => {
    const wrapper = mountForm({ title: "Ab", capacity: 0, startDate: "2027-02-01", endDate: "2027-01-01", hoursPerWeek: 61 });
    await wrapper.get("form").trigger("submit");
    expect(wrapper.emitted("submit")).toBeUndefined();
    expect(wrapper.get("#placement-title-error").text()).toBe("Skriv 3–200 tecken.");
    expect(wrapper.get("#placement-capacity-error").text()).toBe("Ange ett heltal från 1 till 500.");
    expect(wrapper.get("#placement-end-error").text()).toBe("Slutdatum kan inte vara före startdatum.");
    expect(wrapper.get("#placement-hours-error").text()).toBe("Ange ett heltal från 1 till 60.");
    expect(wrapper.get("#placement-workplace-error").text()).toBe("Fyll i det här fältet.");
    expect(wrapper.get("#placement-capacity").attributes("aria-invalid")).toBe("true");
    expect(wrapper.get("#placement-capacity").attributes("aria-describedby")).toBe("placement-capacity-error");
    wrapper.unmount();
  });

  it("shows a placement to chosen organisations only when at least one is ticked", async () => {
    const wrapper = mountForm(valid);
    await wrapper.get('input[value="SELECTED"]').setValue(true);
    await wrapper.get("form").trigger("submit");
    expect(wrapper.emitted("submit")).toBeUndefined();
    expect(wrapper.get("#placement-visible-to-error").text()).toBe("Välj minst en organisation.");
    await wrapper.get('input[value="o-fk"]').setValue(true);
    await wrapper.get("form").trigger("submit");
    const [[values]] = wrapper.emitted("submit") as [[PlacementFormValues]];
    expect(values).toMatchObject({ visibility: "SELECTED", visibleTo: ["o-fk"] });
    wrapper.unmount();
  });

  it("sends a valid placement", async () => {
    const wrapper = mountForm(valid);
    await wrapper.get("form").trigger("submit");
    const [[values]] = wrapper.emitted("submit") as [[PlacementFormValues]];
    expect(values).toMatchObject({ title: "Lagerarbete", kind: "INTERNSHIP", workplaceId: "w1", capacity: 2, publish: true });
    wrapper.unmount();
  });

  it("shows the server's error beside the field it names", async () => {
    const wrapper = mountForm(valid, { capacity: "Kan inte vara lägre än de 3 platser som redan är tagna." });
    expect(wrapper.get("#placement-capacity-error").text()).toBe("Kan inte vara lägre än de 3 platser som redan är tagna.");
    expect(wrapper.get("#placement-capacity").attributes("aria-invalid")).toBe("true");
    // Changing the field clears the server's complaint about it.
    await wrapper.get("#placement-capacity").setValue("4");
    expect(wrapper.find("#placement-capacity-error").exists()).toBe(false);
    wrapper.unmount();
  });

  it("offers the server's kinds and says how long the chosen kind may last", async () => {
    const wrapper = mountForm();
    expect(wrapper.findAll("#placement-kind option:not([disabled])").map((option) => option.text())).toEqual(["Praktik", "Arbetsträning"]);
    await wrapper.get("#placement-kind").setValue("WORK_TRAINING");
    expect(wrapper.get("#placement-end-hint").text()).toContain("Arbetsträning får vara högst 12 månader.");
    wrapper.unmount();
  });

  it("offers only the chosen workplace's supervisors", async () => {
    const wrapper = mountForm({ workplaceId: "w1" });
    expect(wrapper.get("#placement-supervisor").text()).toContain("Anna Lindqvist");
    await wrapper.get("#placement-workplace").setValue("w2");
    expect(wrapper.get("#placement-supervisor").text()).not.toContain("Anna Lindqvist");
    wrapper.unmount();
  });
});
