import { useMutation } from "@vue/apollo-composable";
import { ref } from "vue";
import { ClaimSeatDocument } from "../graphql/claim";
import type { ClaimSeatInput, ClaimSeatMutation } from "../graphql/generated/graphql";
import { useMutationOutcome } from "./useMutationOutcome";

/** Holds seats on a placement; the answer carries the placement's new free seats into the cache. */
export function useClaimSeat() {
  const { mutate, loading } = useMutation(ClaimSeatDocument);
  const { run, fieldErrors, failure } = useMutationOutcome();
  const claimed = ref<ClaimSeatMutation["claimSeat"] | null>(null);

  async function claim(input: ClaimSeatInput): Promise<boolean> {
    claimed.value = null;
    const result = await run(() => mutate({ input }));
    claimed.value = result?.data?.claimSeat ?? null;
    return claimed.value !== null;
  }

  return { claim, loading, fieldErrors, failure, claimed };
}
