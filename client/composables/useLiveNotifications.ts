import { useApolloClient } from "@vue/apollo-composable";
import { onBeforeUnmount, watch } from "vue";
import { NotificationReceivedDocument } from "../graphql/live";
import { useSession } from "./useSession";

/** While someone is signed in: each new notification of theirs refreshes the count in the header and any list on screen. */
export function useLiveNotifications() {
  const { client } = useApolloClient();
  const session = useSession();
  let subscription: { unsubscribe(): void } | null = null;
  watch(
    () => session.signedIn.value,
    (signedIn) => {
      subscription?.unsubscribe();
      subscription = null;
      if (!signedIn) return;
      subscription = client.subscribe({ query: NotificationReceivedDocument, fetchPolicy: "no-cache" }).subscribe({
        next: () => void client.refetchQueries({ include: ["UnreadNotificationCount", "MyNotifications"] }),
        error: () => undefined,
      });
    },
    { immediate: true },
  );
  onBeforeUnmount(() => subscription?.unsubscribe());
}
