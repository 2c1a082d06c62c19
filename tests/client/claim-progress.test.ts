import { describe, expect, it } from "vitest";
import ClaimProgress from "../../client/components/claim/ClaimProgress.vue";
import { mountInSwedish } from "./mount";

describe("ClaimProgress", () => {
  it("offers 'has started' when that is all the server allows", async () => {
    const wrapper = mountInSwedish(ClaimProgress, { props: { claimId: "c1", title: "Lagerarbete", actions: ["START" as const] } });
    expect(wrapper.findAll("button").map((b) => b.text())).toEqual(["Har börjat"]);
    await wrapper.get("button").trigger("click");
    expect(wrapper.emitted("start")).toHaveLength(1);
  });

  it("offers finished and early end when the server allows them", async () => {
    const wrapper = mountInSwedish(ClaimProgress, {
      props: { claimId: "c1", title: "Lagerarbete", actions: ["COMPLETE" as const, "END_EARLY" as const] },
    });
    await wrapper.get('button[aria-label="Klar: Lagerarbete"]').trigger("click");
    expect(wrapper.emitted("complete")).toHaveLength(1);
  });

  it("refuses an early end without a reason, and sends it once given", async () => {
    const wrapper = mountInSwedish(ClaimProgress, {
      props: { claimId: "c1", title: "Lagerarbete", actions: ["COMPLETE" as const, "END_EARLY" as const] },
      attachTo: document.body,
    });
    await wrapper.get('button[aria-label="Registrera avbrott: Lagerarbete"]').trigger("click");
    const reason = wrapper.get("textarea");
    expect(document.activeElement).toBe(reason.element);
    await wrapper.get("form").trigger("submit");
    expect(wrapper.emitted("endEarly")).toBeUndefined();
    expect(wrapper.text()).toContain("Skriv ett skäl.");
    expect(reason.attributes("aria-invalid")).toBe("true");
    await reason.setValue("Fick jobb");
    await wrapper.get("form").trigger("submit");
    expect(wrapper.emitted("endEarly")).toEqual([["Fick jobb"]]);
    wrapper.unmount();
  });
});
