import { useApolloClient } from "@vue/apollo-composable";
import { onBeforeUnmount, watch } from "vue";
import { useI18n } from "vue-i18n";
import { PlacementFreeSeatsFragment, PlacementSeatsFragment, PlacementUpdatedDocument } from "../graphql/live";
import type { PlacementSeatsFragment as PlacementSeats, PlacementUpdatedSubscription } from "../graphql/generated/graphql";
import { announce } from "./useAnnouncer";
import { afterOwnWrites } from "../own-writes";
import { emitPlacementUpdated } from "./usePlacementEvents";
import { useSession } from "./useSession";

/**
 * The sentence for a seat change, or null when the seats did not change. The organisation whose
 * holding grew is named when the holdings say so ("Arboga tog 1 plats på Lagerarbete, Köping").
 */
export function seatChangeText(
  t: (key: string, params: Record<string, unknown>, plural: number) => string,
  before: Omit<PlacementSeats, "seatHoldings"> & { seatHoldings?: PlacementSeats["seatHoldings"] },
  after: PlacementSeats,
): string | null {
  const delta = before.freeSeats - after.freeSeats;
  if (delta === 0) return null;
  const place = { title: after.title, municipality: after.municipality.name };
  if (delta < 0) return t("live.freed", { ...place, seats: -delta }, -delta);
  const held = before.seatHoldings && new Map(before.seatHoldings.map((holding) => [holding.organisation.id, holding.seats]));
  const grew = held && after.seatHoldings.find((holding) => holding.seats > (held.get(holding.organisation.id) ?? 0));
  return grew
    ? t("live.taken", { ...place, seats: delta, organisation: grew.organisation.name }, delta)
    : t("live.takenBySomeone", { ...place, seats: delta }, delta);
}

/**
 * While someone is signed in: one `placementUpdated` subscription for the whole app. Each update
 * is written to the normalised cache, so the board's cards and rows, a placement's page and My
 * organisation change without a reload; a seat change on a placement the reader has seen is
 * announced politely. Own changes are in the cache already (the mutation's answer), so they are
 * not announced again: updates that arrive while this tab's own mutation waits for its answer
 * wait too (client/own-writes.ts), the latest per placement, and are compared with the cache after it.
 */
export function useLivePlacements() {
  const { client } = useApolloClient();
  const session = useSession();
  const { t } = useI18n();
  let subscription: { unsubscribe(): void } | null = null;
  const pending = new Map<string, PlacementUpdatedSubscription>();

  function flush() {
    // Signed out (or unmounted) meanwhile: those updates belonged to the previous session.
    if (!subscription) return pending.clear();
    const updates = [...pending.values()];
    pending.clear();
    for (const update of updates) apply(update);
  }

  function start() {
    subscription = client.subscribe({ query: PlacementUpdatedDocument, fetchPolicy: "no-cache" }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        const first = pending.size === 0;
        pending.set(data.placementUpdated.id, data);
        if (first) afterOwnWrites(flush);
      },
      // The link reconnects by itself; a refused subscription leaves the fallback refetching.
      error: () => undefined,
    });
  }

  function apply(data: PlacementUpdatedSubscription) {
    const next = data.placementUpdated;
    const id = client.cache.identify({ __typename: "Placement", id: next.id });
    const read = <T>(readIt: () => T | null): T | null => {
      try {
        return readIt();
      } catch {
        return null;
      }
    };
    // With holdings where the page showed them (board, placement page), else just the seats.
    const before =
      read(() => client.cache.readFragment({ id, fragment: PlacementSeatsFragment })) ??
      read(() => client.cache.readFragment({ id, fragment: PlacementFreeSeatsFragment }));
    client.cache.writeQuery({ query: PlacementUpdatedDocument, data, id: "ROOT_SUBSCRIPTION" });
    emitPlacementUpdated(next.id);
    if (before) {
      const text = seatChangeText(t, before, next as unknown as PlacementSeats);
      if (text) announce(text);
    }
  }

  watch(
    () => session.signedIn.value,
    (signedIn) => {
      subscription?.unsubscribe();
      subscription = null;
      pending.clear();
      if (signedIn) start();
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    subscription?.unsubscribe();
    subscription = null;
    pending.clear();
  });
}
