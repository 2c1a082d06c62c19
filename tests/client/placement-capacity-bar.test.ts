import { describe, expect, it } from "vitest";
import PlacementCapacityBar from "../../client/components/placement/PlacementCapacityBar.vue";
import { mountInSwedish } from "./mount";

describe("PlacementCapacityBar", () => {
  it("shows free seats as a meter and as text: 3 av 15 lediga", () => {
    const wrapper = mountInSwedish(PlacementCapacityBar, { props: { free: 3, capacity: 15 } });
    const meter = wrapper.get("meter");
    expect(meter.attributes("value")).toBe("3");
    expect(meter.attributes("max")).toBe("15");
    expect(meter.attributes("aria-label")).toBe("Lediga platser: 3 av 15 lediga");
    expect(wrapper.text()).toContain("3 av 15 lediga");
  });

  it("marks a full placement", () => {
    const wrapper = mountInSwedish(PlacementCapacityBar, { props: { free: 0, capacity: 4 } });
    expect(wrapper.get(".text").classes()).toContain("full");
    expect(wrapper.text()).toContain("0 av 4 lediga");
  });

  it("shows the fill rate of our own placements", () => {
    const wrapper = mountInSwedish(PlacementCapacityBar, { props: { free: 1, capacity: 4, mode: "fill" } });
    expect(wrapper.get("meter").attributes("value")).toBe("3");
    expect(wrapper.text()).toContain("3 av 4 tillsatta");
  });
});
