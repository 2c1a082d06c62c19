import { effectScope } from "vue";
import { describe, expect, it, vi } from "vitest";
import ClaimsExpiringSoon from "../../client/components/claim/ClaimsExpiringSoon.vue";
import { useNow } from "../../client/composables/useNow";
import { mountInSwedish } from "./mount";

const HOUR = 60 * 60 * 1000;
const claim = (id: string, title: string, inMs: number | null) => ({
  id,
  expiresAt: inMs === null ? null : new Date(Date.now() + inMs).toISOString(),
  organisation: { name: "Arboga kommun" },
  placement: { id: `p-${id}`, title },
});

describe("the clock a time-based list follows", () => {
  it("moves on while the page stays open, and stops with the component that asked for it", async () => {
    const scope = effectScope();
    const now = scope.run(() => useNow(20))!;
    const first = now.value;
    await vi.waitFor(() => expect(now.value).toBeGreaterThan(first), { timeout: 5_000 });
    scope.stop();
    const stopped = now.value;
    // Long enough for several ticks had the timer kept running.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(now.value).toBe(stopped);
  });

  it("lists the holds that run out within a day, soonest first, and leaves the rest out", () => {
    const wrapper = mountInSwedish(ClaimsExpiringSoon, {
      props: {
        claims: [
          claim("a", "Lagerarbete", 20 * HOUR),
          claim("b", "Köksbiträde", 2 * HOUR),
          claim("c", "Vaktmästeri", 30 * HOUR),
          claim("d", "Bekräftad plats", null),
        ],
      },
    });
    const items = wrapper.findAll("li").map((item) => item.text());
    expect(items).toHaveLength(2);
    expect(items[0]).toContain("Köksbiträde");
    expect(items[0]).toContain("om 2 timmar");
    expect(items[1]).toContain("Lagerarbete");
    wrapper.unmount();
  });
});
