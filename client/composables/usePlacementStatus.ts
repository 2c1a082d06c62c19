import { useMutation } from "@vue/apollo-composable";
import { ref } from "vue";
import { useI18n } from "vue-i18n";
import { ClosePlacementDocument, PausePlacementDocument, ReopenPlacementDocument } from "../graphql/placement";
import { generalMessage } from "../utils/graphql-errors";

/** Pause, reopen (or publish a draft) and close one of our placements; the page is refetched after. */
export function usePlacementStatus() {
  const { t } = useI18n();
  const options = { refetchQueries: ["PlacementDetail"], awaitRefetchQueries: true };
  const pauseMutation = useMutation(PausePlacementDocument, options);
  const reopenMutation = useMutation(ReopenPlacementDocument, options);
  const closeMutation = useMutation(ClosePlacementDocument, options);
  const busy = ref(false);
  const outcome = ref<{ ok: boolean; text: string } | null>(null);

  async function run(action: () => Promise<unknown>, success: string) {
    busy.value = true;
    outcome.value = null;
    try {
      await action();
      outcome.value = { ok: true, text: success };
    } catch (error) {
      outcome.value = { ok: false, text: generalMessage(error, t) };
    } finally {
      busy.value = false;
    }
  }

  return {
    busy,
    outcome,
    pause: (id: string) => run(() => pauseMutation.mutate({ id }), t("placement.paused")),
    reopen: (id: string) => run(() => reopenMutation.mutate({ id }), t("placement.reopened")),
    close: (id: string) => run(() => closeMutation.mutate({ id }), t("placement.closed")),
  };
}
