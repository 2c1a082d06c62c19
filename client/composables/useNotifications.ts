import { useMutation, useQuery } from "@vue/apollo-composable";
import { computed, type Ref } from "vue";
import { MarkNotificationsReadDocument, MyNotificationsDocument } from "../graphql/notifications";
import { useLiveFallback } from "./useLiveFallback";

/**
 * The viewer's notifications, newest first, with the unread count. New ones arrive live
 * (useLiveNotifications refetches this query); while that is paused, on an interval and on focus.
 */
export function useNotifications(first: Ref<number> | number = 50) {
  const { result, loading, error, refetch } = useQuery(
    MyNotificationsDocument,
    () => ({ first: typeof first === "number" ? first : first.value }),
    { fetchPolicy: "cache-and-network" },
  );
  useLiveFallback(() => refetch());
  const { mutate, loading: marking } = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: ["MyNotifications", "UnreadNotificationCount"],
    awaitRefetchQueries: true,
  });
  return {
    notifications: computed(() => result.value?.myNotifications ?? []),
    unread: computed(() => result.value?.unreadNotificationCount ?? 0),
    loading: computed(() => loading.value && !result.value),
    error,
    marking,
    retry: () => refetch(),
    markRead: (id: string) => mutate({ ids: [id] }),
    markAllRead: () => mutate({ ids: null }),
  };
}
