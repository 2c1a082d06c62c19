import { describe, expect, it } from "vitest";
import ParticipantForm from "../../client/components/participant/ParticipantForm.vue";
import { emptyParticipantForm, participantInputOf, type ParticipantFormValues } from "../../client/utils/participant-form";
import { mountInSwedish } from "./mount";

function mountForm(initial = emptyParticipantForm(), serverErrors: Record<string, string> = {}) {
  return mountInSwedish(ParticipantForm, {
    props: {
      initial,
      idPrefix: "p",
      municipalities: [{ code: "1983", name: "Köping" }],
      occupationFields: [{ id: "f1", label: "Transport" }],
      busy: false,
      submitLabel: "Registrera",
      serverErrors,
    },
    attachTo: document.body,
  });
}

describe("ParticipantForm", () => {
  it("explains a code that breaks the rule before sending anything", async () => {
    const wrapper = mountForm();
    await wrapper.find("#p-code").setValue("Anna Andersson");
    await wrapper.find("form").trigger("submit");
    expect(wrapper.emitted("submit")).toBeUndefined();
    expect(wrapper.find("#p-code-error").text()).toContain("3–32 bokstäver");
    expect(wrapper.find("#p-code").attributes("aria-invalid")).toBe("true");
    wrapper.unmount();
  });

  it("sends the code and what matching needs, with empty optional fields as null", async () => {
    const wrapper = mountForm();
    await wrapper.find("#p-code").setValue(" KOP-9 ");
    await wrapper.find("#p-swedish").setValue("FLUENT");
    await wrapper.find('input[value="FORKLIFT"]').setValue(true);
    await wrapper.find('input[value="f1"]').setValue(true);
    await wrapper.find("form").trigger("submit");
    const [values] = wrapper.emitted("submit")![0] as [ParticipantFormValues];
    expect(participantInputOf(values)).toEqual({
      code: "KOP-9",
      swedishLevel: "FLUENT",
      licences: ["FORKLIFT"],
      occupationFieldIds: ["f1"],
      homeMunicipalityCode: null,
      availableFrom: null,
      minor: false,
    });
    wrapper.unmount();
  });

  it("shows the server's refusal beside its field", () => {
    const wrapper = mountForm(emptyParticipantForm("KOP-1"), { code: "Er organisation har redan en deltagare med den koden." });
    expect(wrapper.find("#p-code-error").text()).toContain("redan en deltagare");
    wrapper.unmount();
  });
});
