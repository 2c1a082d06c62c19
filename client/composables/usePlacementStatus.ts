import { useMutation } from "@vue/apollo-composable";
import { useI18n } from "vue-i18n";
import { ClosePlacementDocument, PausePlacementDocument, ReopenPlacementDocument } from "../graphql/placement";
import { useMutationOutcome } from "./useMutationOutcome";

/** Pause, reopen (or publish a draft) and close one of our placements; the page is refetched after. */
export function usePlacementStatus() {
  const { t } = useI18n();
  const options = { refetchQueries: ["PlacementDetail"], awaitRefetchQueries: true };
  const pauseMutation = useMutation(PausePlacementDocument, options);
  const reopenMutation = useMutation(ReopenPlacementDocument, options);
  const closeMutation = useMutation(ClosePlacementDocument, options);
  const { run, pending, outcome } = useMutationOutcome();

  return {
    busy: pending,
    outcome,
    pause: (id: string) =>
      run(
        () => pauseMutation.mutate({ id }),
        () => t("placement.paused"),
      ),
    reopen: (id: string) =>
      run(
        () => reopenMutation.mutate({ id }),
        () => t("placement.reopened"),
      ),
    close: (id: string) =>
      run(
        () => closeMutation.mutate({ id }),
        () => t("placement.closed"),
      ),
  };
}
