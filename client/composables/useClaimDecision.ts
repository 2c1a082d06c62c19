import { useMutation } from "@vue/apollo-composable";
import { useI18n } from "vue-i18n";
import {
  CompleteClaimDocument,
  ConfirmClaimDocument,
  DeclineClaimDocument,
  EndClaimEarlyDocument,
  ReleaseClaimDocument,
  StartClaimDocument,
} from "../graphql/claim";
import type { DeclineCategory } from "../graphql/generated/graphql";
import { useMutationOutcome } from "./useMutationOutcome";

/**
 * Every change to a claim the server may allow (see Claim.allowedActions): decide on a hold on
 * one of our placements, give back our own, and record how a placement goes. The queries named
 * in `refetch` are refetched after each.
 */
export function useClaimDecision(refetch: string[] = ["MyOrganisation"]) {
  const { t } = useI18n();
  const options = { refetchQueries: refetch, awaitRefetchQueries: true };
  const confirmMutation = useMutation(ConfirmClaimDocument, options);
  const declineMutation = useMutation(DeclineClaimDocument, options);
  const releaseMutation = useMutation(ReleaseClaimDocument, options);
  const startMutation = useMutation(StartClaimDocument, options);
  const completeMutation = useMutation(CompleteClaimDocument, options);
  const endEarlyMutation = useMutation(EndClaimEarlyDocument, options);
  const { run, pendingKey, outcome } = useMutationOutcome();
  const done = async (id: string, action: () => Promise<unknown>, success: () => string) => (await run(action, success, id)) !== undefined;

  return {
    outcome,
    busyId: pendingKey,
    confirm: (id: string, title: string) =>
      done(
        id,
        () => confirmMutation.mutate({ id }),
        () => t("org.confirmed", { title }),
      ),
    decline: (id: string, title: string, reason: string, category: DeclineCategory | null = null) =>
      done(
        id,
        () => declineMutation.mutate({ id, reason: reason.trim() || null, category }),
        () => t("org.declined", { title }),
      ),
    release: (id: string) =>
      done(
        id,
        () => releaseMutation.mutate({ id }),
        () => t("placement.released"),
      ),
    start: (id: string, title: string) =>
      done(
        id,
        () => startMutation.mutate({ id }),
        () => t("org.started", { title }),
      ),
    complete: (id: string, title: string) =>
      done(
        id,
        () => completeMutation.mutate({ id }),
        () => t("org.completed", { title }),
      ),
    endEarly: (id: string, title: string, reason: string) =>
      done(
        id,
        () => endEarlyMutation.mutate({ id, reason: reason.trim() }),
        () => t("org.endedEarly", { title }),
      ),
  };
}
