import { useQuery } from "@vue/apollo-composable";
import { computed, ref, watch } from "vue";
import { OurParticipantsDocument } from "../graphql/participant";

/** The organisation's participants, searched by code as the user types (after a short pause). */
export function useOurParticipants() {
  const search = ref("");
  const includeArchived = ref(false);
  const debounced = ref("");
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(search, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (debounced.value = value.trim()), 250);
  });
  const query = useQuery(OurParticipantsDocument, () => ({ search: debounced.value || null, includeArchived: includeArchived.value }), {
    fetchPolicy: "cache-and-network",
  });
  return {
    search,
    includeArchived,
    participants: computed(() => query.result.value?.participants ?? []),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
