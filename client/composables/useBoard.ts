import { useQuery } from "@vue/apollo-composable";
import { computed, ref, type Ref } from "vue";
import { BoardDocument } from "../graphql/board";
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

  const placements = computed(() => result.value?.board.edges.map((edge) => edge.node) ?? []);
  const totalCount = computed(() => result.value?.board.totalCount ?? 0);
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
  };
}
