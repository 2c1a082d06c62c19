import { computed } from "vue";
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from "vue-router";
import { BoardSort, PlacementKind, type BoardFilter } from "../graphql/generated/graphql";
import { weekRange } from "../utils/dates";

/** Everything the board's controls set. It lives in the URL so a link shows the same board. */
export interface BoardState {
  municipalities: string[];
  kinds: PlacementKind[];
  fields: string[];
  freeOnly: boolean;
  week: string;
  from: string;
  to: string;
  text: string;
  sort: BoardSort;
  view: "cards" | "table";
}

const KINDS: readonly string[] = Object.values(PlacementKind);
const SORTS: readonly string[] = Object.values(BoardSort);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = (value: LocationQuery[string]) =>
  (Array.isArray(value) ? value : [value]).flatMap((item) => (item ? item.split(",") : [])).filter(Boolean);
const single = (value: LocationQuery[string]) => (Array.isArray(value) ? value[0] : value) ?? "";

/** Reads the board state from a URL query; anything unknown or malformed is ignored, not an error. */
export function boardStateFromQuery(query: LocationQuery): BoardState {
  const sort = single(query.sort);
  const from = single(query.from);
  const to = single(query.to);
  const week = single(query.week);
  return {
    municipalities: list(query.kommun).filter((code) => /^\d{4}$/.test(code)),
    kinds: list(query.typ).filter((kind): kind is PlacementKind => KINDS.includes(kind)),
    fields: list(query.omrade),
    freeOnly: single(query.lediga) === "1",
    week: weekRange(week) ? week : "",
    from: DATE.test(from) ? from : "",
    to: DATE.test(to) ? to : "",
    text: single(query.q).slice(0, 200),
    sort: SORTS.includes(sort) ? (sort as BoardSort) : BoardSort.NEWEST,
    view: single(query.visa) === "tabell" ? "table" : "cards",
  };
}

/** The shortest query for a state: defaults are left out so shared links stay readable. */
export function queryFromBoardState(state: BoardState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.municipalities.length) query.kommun = state.municipalities.join(",");
  if (state.kinds.length) query.typ = state.kinds.join(",");
  if (state.fields.length) query.omrade = state.fields.join(",");
  if (state.freeOnly) query.lediga = "1";
  if (state.week) query.week = state.week;
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  if (state.text.trim()) query.q = state.text.trim();
  if (state.sort !== BoardSort.NEWEST) query.sort = state.sort;
  if (state.view === "table") query.visa = "tabell";
  return query;
}

/** The API filter for a state. A chosen week wins over from/to. */
export function boardFilterOf(state: BoardState): BoardFilter {
  const filter: BoardFilter = {};
  if (state.municipalities.length) filter.municipalityCodes = state.municipalities;
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.fields.length) filter.occupationFieldIds = state.fields;
  if (state.freeOnly) filter.freeSeatsOnly = true;
  const range = state.week ? weekRange(state.week) : null;
  const from = range?.from ?? state.from;
  const to = range?.to ?? state.to;
  if (from) filter.from = from;
  // A period that ends before it starts is shown as a mistake beside the field, not sent.
  if (to && !(from && to < from)) filter.to = to;
  if (state.text.trim()) filter.text = state.text.trim();
  return filter;
}

export function useBoardFilters() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => boardStateFromQuery(route.query));
  const filter = computed(() => boardFilterOf(state.value));
  const active = computed(() => Object.keys(filter.value).length > 0);

  function update(changes: Partial<BoardState>) {
    // replace, not push: each keystroke of a filter should not become a history entry.
    void router.replace({ query: queryFromBoardState({ ...state.value, ...changes }) });
  }

  function clear() {
    void router.replace({ query: queryFromBoardState({ ...boardStateFromQuery({}), sort: state.value.sort, view: state.value.view }) });
  }

  return { state, filter, active, update, clear };
}
