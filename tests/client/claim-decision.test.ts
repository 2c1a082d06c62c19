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
    expect(wrapper.get("label").attributes("for")).toBe(reason.attributes("id"));
    await reason.setValue("Handledaren är sjuk");
    await wrapper.get("form").trigger("submit");
    expect(wrapper.emitted("decline")).toEqual([["Handledaren är sjuk"]]);
    wrapper.unmount();
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
