import { describe, expect, it } from "vitest";
import BoardFilters from "../../client/components/board/BoardFilters.vue";
import { boardFilterOf, boardStateFromQuery, queryFromBoardState } from "../../client/composables/useBoardFilters";
import { mountInSwedish } from "./mount";

describe("the board's filters in the URL", () => {
  it("turns a shared link back into the same filter", () => {
    const state = boardStateFromQuery({
      kommun: "1983,1984",
      typ: "WORK_TRAINING",
      lediga: "1",
      q: "lager",
      sort: "START_DATE",
      visa: "tabell",
    });
    expect(boardFilterOf(state)).toEqual({
      municipalityCodes: ["1983", "1984"],
      kinds: ["WORK_TRAINING"],
      freeSeatsOnly: true,
      text: "lager",
    });
    expect(state).toMatchObject({ sort: "START_DATE", view: "table" });
    expect(queryFromBoardState(state)).toEqual({
      kommun: "1983,1984",
      typ: "WORK_TRAINING",
      lediga: "1",
      q: "lager",
      sort: "START_DATE",
      visa: "tabell",
    });
  });

  it("filters on a whole ISO week, Monday to Sunday", () => {
    expect(boardFilterOf(boardStateFromQuery({ week: "2026-W48" }))).toEqual({ from: "2026-11-23", to: "2026-11-29" });
  });

  it("ignores what it does not understand instead of failing", () => {
    const state = boardStateFromQuery({ kommun: "Köping", typ: "CIRCUS", sort: "RANDOM", from: "igår", week: "v48" });
    expect(boardFilterOf(state)).toEqual({});
    expect(state.sort).toBe("NEWEST");
  });

  it("does not send a period that ends before it starts", () => {
    expect(boardFilterOf(boardStateFromQuery({ from: "2027-02-01", to: "2027-01-01" }))).toEqual({ from: "2027-02-01" });
  });

  it("leaves defaults out of the link", () => {
    expect(queryFromBoardState(boardStateFromQuery({}))).toEqual({});
  });
});

describe("BoardFilters", () => {
  const municipalities = [
    { code: "1984", name: "Arboga" },
    { code: "1983", name: "Köping" },
  ];

  it("adds a municipality when its box is ticked", async () => {
    const state = boardStateFromQuery({ kommun: "1984" });
    const wrapper = mountInSwedish(BoardFilters, { props: { state, municipalities, occupationFields: [], active: true } });
    const koping = wrapper.findAll('input[type="checkbox"]').find((input) => input.element.parentElement?.textContent?.includes("Köping"))!;
    await koping.setValue(true);
    expect(wrapper.emitted("update")).toEqual([[{ municipalities: ["1984", "1983"] }]]);
  });

  it("explains a period that ends before it starts beside the To field", () => {
    const state = boardStateFromQuery({ from: "2027-02-01", to: "2027-01-01" });
    const wrapper = mountInSwedish(BoardFilters, { props: { state, municipalities, occupationFields: [], active: true } });
    expect(wrapper.get("#board-to").attributes("aria-invalid")).toBe("true");
    expect(wrapper.get("#board-to-error").text()).toBe("Till kan inte vara före Från. Ändra ett av datumen.");
  });

  it("searches only when the search is sent, not per keystroke", async () => {
    const wrapper = mountInSwedish(BoardFilters, {
      props: { state: boardStateFromQuery({}), municipalities, occupationFields: [], active: false },
    });
    await wrapper.get("#board-search").setValue("kök");
    expect(wrapper.emitted("update")).toBeUndefined();
    await wrapper.get('form[role="search"]').trigger("submit");
    expect(wrapper.emitted("update")).toEqual([[{ text: "kök" }]]);
  });
});
