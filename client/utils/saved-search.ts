import type { LocationQueryRaw } from "vue-router";
import type { BoardFilter } from "../graphql/generated/graphql";

/** The board's URL for a saved search's filter (the same parameters the board writes; see useBoardFilters). */
export function boardQueryOfFilter(filterJson: string): LocationQueryRaw {
  let filter: BoardFilter;
  try {
    filter = JSON.parse(filterJson) as BoardFilter;
  } catch {
    return {};
  }
  const query: LocationQueryRaw = {};
  if (filter.municipalityCodes?.length) query.kommun = filter.municipalityCodes.join(",");
  if (filter.kinds?.length) query.typ = filter.kinds.join(",");
  if (filter.occupationFieldIds?.length) query.omrade = filter.occupationFieldIds.join(",");
  if (filter.freeSeatsOnly) query.lediga = "1";
  if (filter.text) query.q = filter.text;
  if (filter.from) query.from = filter.from;
  if (filter.to) query.to = filter.to;
  return query;
}
