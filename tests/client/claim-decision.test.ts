import { describe, expect, it } from "vitest";
import ClaimDecision from "../../client/components/claim/ClaimDecision.vue";
import { mountInSwedish } from "./mount";

describe("ClaimDecision", () => {
  it("confirms with one click", async () => {
    const wrapper = mountInSwedish(ClaimDecision, {
      props: { claimId: "c1", title: "Lagerarbete", actions: ["CONFIRM" as const, "DECLINE" as const] },
    });
    await wrapper.get('button[aria-label="Bekräfta: Lagerarbete"]').trigger("click");
    expect(wrapper.emitted("confirm")).toHaveLength(1);
  });

  it("asks for a reason before declining, and sends it", async () => {
    const wrapper = mountInSwedish(ClaimDecision, {
      props: { claimId: "c1", title: "Lagerarbete", actions: ["CONFIRM" as const, "DECLINE" as const] },
      attachTo: document.body,
    });
    await wrapper.get('button[aria-label="Tacka nej: Lagerarbete"]').trigger("click");
    expect(wrapper.emitted("decline")).toBeUndefined();
    const reason = wrapper.get("textarea");
    expect(document.activeElement).toBe(reason.element);
    expect(wrapper.find(`label[for="${reason.attributes("id")}"]`).exists()).toBe(true);
    await reason.setValue("Handledaren är sjuk");
    await wrapper.get("form").trigger("submit");
    expect(wrapper.emitted("decline")).toEqual([["Handledaren är sjuk", null]]);
    wrapper.unmount();
  });

  it("sends the reason category chosen from the short list beside the free text", async () => {
    const wrapper = mountInSwedish(ClaimDecision, {
      props: { claimId: "c1", title: "Lagerarbete", actions: ["DECLINE" as const] },
    });
    await wrapper.get('button[aria-label="Tacka nej: Lagerarbete"]').trigger("click");
    const category = wrapper.get("select#decline-category-c1");
    expect(wrapper.get('label[for="decline-category-c1"]').text()).toContain("Typ av skäl");
    await category.setValue("OTHER_CANDIDATE");
    await wrapper.get("textarea").setValue("Vi tog en annan");
    await wrapper.get("form").trigger("submit");
    expect(wrapper.emitted("decline")).toEqual([["Vi tog en annan", "OTHER_CANDIDATE"]]);
  });

  it("lets the coordinator change their mind", async () => {
    const wrapper = mountInSwedish(ClaimDecision, {
      props: { claimId: "c1", title: "Lagerarbete", actions: ["CONFIRM" as const, "DECLINE" as const] },
    });
    await wrapper.get('button[aria-label="Tacka nej: Lagerarbete"]').trigger("click");
    await wrapper.get("button.secondary").trigger("click");
    expect(wrapper.find("textarea").exists()).toBe(false);
    expect(wrapper.emitted("decline")).toBeUndefined();
  });
});
