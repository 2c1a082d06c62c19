import { useMutation } from "@vue/apollo-composable";
import { ref } from "vue";
import { useI18n } from "vue-i18n";
import {
  CompleteClaimDocument,
  ConfirmClaimDocument,
  DeclineClaimDocument,
  EndClaimEarlyDocument,
  StartClaimDocument,
} from "../graphql/claim";
import { generalMessage } from "../utils/graphql-errors";

/**
 * Decide on a hold on one of our placements (confirm, decline) and record how a placement goes
 * (started, completed, ended early); the organisation page is refetched after each.
 */
export function useClaimDecision() {
  const { t } = useI18n();
  const options = { refetchQueries: ["MyOrganisation"], awaitRefetchQueries: true };
  const confirmMutation = useMutation(ConfirmClaimDocument, options);
  const declineMutation = useMutation(DeclineClaimDocument, options);
  const startMutation = useMutation(StartClaimDocument, options);
  const completeMutation = useMutation(CompleteClaimDocument, options);
  const endEarlyMutation = useMutation(EndClaimEarlyDocument, options);
  const outcome = ref<{ ok: boolean; text: string } | null>(null);
  const busyId = ref<string | null>(null);

  async function run(id: string, action: () => Promise<unknown>, success: string) {
    busyId.value = id;
    outcome.value = null;
    try {
      await action();
      outcome.value = { ok: true, text: success };
      return true;
    } catch (error) {
      outcome.value = { ok: false, text: generalMessage(error, t) };
      return false;
    } finally {
      busyId.value = null;
    }
  }

  return {
    outcome,
    busyId,
    confirm: (id: string, title: string) => run(id, () => confirmMutation.mutate({ id }), t("org.confirmed", { title })),
    decline: (id: string, title: string, reason: string) =>
      run(id, () => declineMutation.mutate({ id, reason: reason.trim() || null }), t("org.declined", { title })),
    start: (id: string, title: string) => run(id, () => startMutation.mutate({ id }), t("org.started", { title })),
    complete: (id: string, title: string) => run(id, () => completeMutation.mutate({ id }), t("org.completed", { title })),
    endEarly: (id: string, title: string, reason: string) =>
      run(id, () => endEarlyMutation.mutate({ id, reason: reason.trim() }), t("org.endedEarly", { title })),
  };
}
