import { nextTick } from "vue";
import { describe, expect, it } from "vitest";
import { reconnectDelay } from "../../client/apollo";
import NotificationList from "../../client/components/notification/NotificationList.vue";
import PlacementCapacityBar from "../../client/components/placement/PlacementCapacityBar.vue";
import { seatChangeText } from "../../client/composables/useLivePlacements";
import { NotificationEvent } from "../../client/graphql/generated/graphql";
import { createAppI18n } from "../../client/i18n";
import { boardQueryOfFilter } from "../../client/utils/saved-search";
import { mountInSwedish } from "./mount";

const { t } = createAppI18n("sv").global;
const translate = (key: string, params: Record<string, unknown>, plural: number) => t(key, params, plural);
const place = { id: "p1", title: "Lagerarbete", municipality: { code: "1983", name: "Köping" } };
const arboga = { id: "o2", name: "Arboga" };

describe("what a live seat change says", () => {
  it("names the organisation whose holding grew", () => {
    const before = { ...place, freeSeats: 4, seatHoldings: [] };
    const after = { ...place, freeSeats: 3, seatHoldings: [{ seats: 1, organisation: arboga }] };
    expect(seatChangeText(translate, before, after)).toBe("Arboga tog 1 plats på Lagerarbete, Köping");
  });

  it("counts seats in plural, says when seats came free, and says nothing when the seats are the same", () => {
    const before = { ...place, freeSeats: 4, seatHoldings: [{ seats: 1, organisation: arboga }] };
    expect(seatChangeText(translate, before, { ...place, freeSeats: 2, seatHoldings: [{ seats: 3, organisation: arboga }] })).toBe(
      "Arboga tog 2 platser på Lagerarbete, Köping",
    );
    expect(seatChangeText(translate, before, { ...place, freeSeats: 5, seatHoldings: [] })).toBe(
      "1 plats blev ledig på Lagerarbete, Köping",
    );
    expect(seatChangeText(translate, before, { ...place, freeSeats: 4, seatHoldings: [{ seats: 1, organisation: arboga }] })).toBeNull();
  });

  it("does not guess who took a seat when the page did not know the holdings before", () => {
    const before = { ...place, freeSeats: 4 };
    const after = { ...place, freeSeats: 3, seatHoldings: [{ seats: 1, organisation: arboga }] };
    expect(seatChangeText(translate, before, after)).toBe("1 plats togs på Lagerarbete, Köping");
  });
});

describe("the seat highlight", () => {
  it("marks the capacity bar when its free seats change, not when it first shows", async () => {
    const wrapper = mountInSwedish(PlacementCapacityBar, { props: { free: 4, capacity: 4 } });
    expect(wrapper.find(".capacity").classes()).not.toContain("changed");
    await wrapper.setProps({ free: 3 });
    await nextTick();
    expect(wrapper.find(".capacity").classes()).toContain("changed");
    expect(wrapper.text()).toContain("3 av 4 lediga");
  });
});

describe("reconnecting", () => {
  it("waits longer after each failed attempt, up to 30 seconds, never in step", () => {
    const waits = [0, 1, 2, 3, 10].map((retries) => reconnectDelay(retries));
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThanOrEqual(1000);
    expect(waits[3]).toBeGreaterThanOrEqual(4000);
    expect(waits[4]).toBeLessThanOrEqual(30_000);
    expect(waits[4]).toBeGreaterThanOrEqual(15_000);
  });
});

describe("notifications and saved searches in the client", () => {
  it("words each notification in Swedish with a link to its placement, and offers to mark unread ones read", async () => {
    const wrapper = mountInSwedish(NotificationList, {
      props: {
        notifications: [
          {
            id: "n1",
            event: NotificationEvent.SAVED_SEARCH_MATCH,
            createdAt: "2026-12-01T09:00:00.000Z",
            readAt: null,
            seats: null,
            dueAt: null,
            claimId: null,
            placement: place,
            counterpart: { id: "o1", name: "Köpings kommun" },
          },
          {
            id: "n2",
            event: NotificationEvent.CLAIM_ON_OUR_PLACEMENT,
            createdAt: "2026-12-01T08:00:00.000Z",
            readAt: "2026-12-01T08:30:00.000Z",
            seats: 2,
            dueAt: null,
            claimId: "c1",
            placement: null,
            counterpart: null,
          },
        ],
      },
    });
    const items = wrapper.findAll('[data-testid="notification"]');
    expect(items[0].text()).toContain("Ny plats som matchar din bevakning: Lagerarbete, Köping (Köpings kommun)");
    expect(items[0].find("a").attributes("href")).toBe("/placements/p1");
    expect(items[1].text()).toContain("En annan organisation reserverade 2 platser på en plats du inte längre ser");
    expect(items[1].find("button").exists()).toBe(false);
    await items[0].find("button").trigger("click");
    expect(wrapper.emitted("markRead")).toEqual([["n1"]]);
  });

  it("opens a saved search on the board with the board's own URL parameters", () => {
    expect(
      boardQueryOfFilter(
        JSON.stringify({ municipalityCodes: ["1983", "1984"], kinds: ["INTERNSHIP"], freeSeatsOnly: true, text: "lager" }),
      ),
    ).toEqual({
      kommun: "1983,1984",
      typ: "INTERNSHIP",
      lediga: "1",
      q: "lager",
    });
    expect(boardQueryOfFilter("not json")).toEqual({});
  });
});
