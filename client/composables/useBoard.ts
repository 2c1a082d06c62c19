import { useApolloClient, useQuery } from "@vue/apollo-composable";
import { computed, onBeforeUnmount, ref, watch, type Ref } from "vue";
import { BoardDocument } from "../graphql/board";
import { PlacementsMatchingDocument } from "../graphql/live";
import { onPlacementUpdated } from "./usePlacementEvents";
import { useLiveFallback } from "./useLiveFallback";
import type { BoardFilter, BoardSort } from "../graphql/generated/graphql";

export const BOARD_PAGE_SIZE = 24;

/**
 * One page of the board per filter and sort, and "show more" over the cursor connection. With a
 * participant picked (`fitFor`), each placement comes with how it fits them.
 */
export function useBoard(filter: Ref<BoardFilter>, sort: Ref<BoardSort>, fitFor: Ref<string | null> = ref(null)) {
  const { result, loading, error, fetchMore, refetch } = useQuery(
    BoardDocument,
    () => ({
      filter: filter.value,
      sort: sort.value,
      first: BOARD_PAGE_SIZE,
      ...(fitFor.value ? { forParticipantId: fitFor.value, withFit: true, fitFor: fitFor.value } : {}),
    }),
    // Seats change while the board is open elsewhere: show the cache at once, then refresh.
    { fetchPolicy: "cache-and-network", notifyOnNetworkStatusChange: true },
  );
  const loadingMore = ref(false);
  // Seats and details arrive live (useLivePlacements); while that is paused, refetch on an interval and on focus.
  useLiveFallback(() => refetch());

  const loaded = computed(() => result.value?.board.edges.map((edge) => edge.node) ?? []);

  // Live membership. Seats and details change in place through the cache. Whether a changed
  // placement still belongs to this filter, or a new one now does, the server says
  // (placementsMatching). A card that stops matching is marked and stays where it is while the
  // pointer or keyboard focus is in the list, so nothing moves under the reader; it goes when
  // they leave. New matches are offered with a button instead of pushing cards down.
  const { client } = useApolloClient();
  const leaving = ref<string[]>([]);
  const removed = ref<string[]>([]);
  const newMatches = ref<string[]>([]);
  let holding = false;
  const toCheck = new Set<string>();
  let checkTimer: ReturnType<typeof setTimeout> | undefined;

  async function checkMembership() {
    const ids = [...toCheck];
    toCheck.clear();
    if (ids.length === 0) return;
    const answer = await client
      .query({ query: PlacementsMatchingDocument, variables: { filter: filter.value, ids }, fetchPolicy: "network-only" })
      .catch(() => null);
    if (!answer?.data) return;
    const matching = new Set(answer.data.placementsMatching);
    const shown = new Set(loaded.value.map((placement) => placement.id));
    for (const id of ids) {
      if (shown.has(id)) {
        if (!matching.has(id) && !leaving.value.includes(id)) leaving.value = [...leaving.value, id];
        if (matching.has(id)) leaving.value = leaving.value.filter((other) => other !== id);
      } else if (matching.has(id) && !newMatches.value.includes(id)) newMatches.value = [...newMatches.value, id];
    }
    if (!holding) settle();
  }
  const stopListening = onPlacementUpdated((id) => {
    toCheck.add(id);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void checkMembership(), 150);
  });
  onBeforeUnmount(() => {
    stopListening();
    clearTimeout(checkTimer);
  });
  function settle() {
    if (leaving.value.length === 0) return;
    removed.value = [...removed.value, ...leaving.value];
    leaving.value = [];
  }
  // Another filter or sort is another list.
  watch([filter, sort], () => {
    leaving.value = [];
    removed.value = [];
    newMatches.value = [];
  });

  const placements = computed(() => loaded.value.filter((placement) => !removed.value.includes(placement.id)));
  const totalCount = computed(() => Math.max(0, (result.value?.board.totalCount ?? 0) - removed.value.length));
  const hasMore = computed(() => result.value?.board.pageInfo.hasNextPage ?? false);

  async function loadMore() {
    const after = result.value?.board.pageInfo.endCursor;
    if (!after || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({ variables: { after } });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    placements,
    totalCount,
    hasMore,
    /** True only while there is nothing to show yet, not during a background refresh. */
    loading: computed(() => loading.value && !result.value),
    loadingMore,
    error,
    loadMore,
    retry: () => refetch(),
    /** Placements on screen that no longer match the filter; they leave when the reader is not in the list. */
    leaving,
    /** New placements that match, offered by "show" rather than inserted. */
    newMatches,
    /** The pointer or focus entered (true) or left (false) the list. */
    hold(inside: boolean) {
      holding = inside;
      if (!inside) settle();
    },
    async showNewMatches() {
      await refetch();
      newMatches.value = [];
      removed.value = [];
    },
  };
}
