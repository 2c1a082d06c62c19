import { useMutation } from "@vue/apollo-composable";
import { ref } from "vue";
import { useI18n } from "vue-i18n";
import { ClaimSeatDocument } from "../graphql/claim";
import type { ClaimSeatInput, ClaimSeatMutation } from "../graphql/generated/graphql";
import { fieldErrorsOf, generalMessage } from "../utils/graphql-errors";

/** Holds seats on a placement; the answer carries the placement's new free seats into the cache. */
export function useClaimSeat() {
  const { t } = useI18n();
  const { mutate, loading } = useMutation(ClaimSeatDocument);
  const fieldErrors = ref<Record<string, string>>({});
  const failure = ref("");
  const claimed = ref<ClaimSeatMutation["claimSeat"] | null>(null);

  async function claim(input: ClaimSeatInput): Promise<boolean> {
    fieldErrors.value = {};
    failure.value = "";
    claimed.value = null;
    try {
      const result = await mutate({ input });
      claimed.value = result?.data?.claimSeat ?? null;
      return claimed.value !== null;
    } catch (error) {
      fieldErrors.value = fieldErrorsOf(error, t);
      failure.value = generalMessage(error, t);
      return false;
    }
  }

  return { claim, loading, fieldErrors, failure, claimed };
}
