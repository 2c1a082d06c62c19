import { useMutation } from "@vue/apollo-composable";
import { PlacementStatus } from "../graphql/generated/graphql";
import { PostPlacementDocument, UpdatePlacementDocument } from "../graphql/placement";
import { placementInputOf, type PlacementFormValues } from "../utils/placement-form";
import { useMutationOutcome } from "./useMutationOutcome";

/** Posts a new placement or saves changes; server errors come back keyed by the field they name. */
export function useSavePlacement() {
  // The board lists are keyed by filter; refetching them beats guessing where a new placement belongs.
  const post = useMutation(PostPlacementDocument, { refetchQueries: ["Board", "MyOrganisation"] });
  const update = useMutation(UpdatePlacementDocument, { refetchQueries: ["Board", "PlacementDetail"] });
  const { run, pending, fieldErrors, failure } = useMutationOutcome();

  async function save(values: PlacementFormValues, id?: string): Promise<string | null> {
    const common = placementInputOf(values);
    if (id) {
      const result = await run(() => update.mutate({ id, input: common }));
      return result?.data?.updatePlacement.id ?? null;
    }
    const status = values.publish ? PlacementStatus.OPEN : PlacementStatus.DRAFT;
    const result = await run(() => post.mutate({ input: { ...common, workplaceId: values.workplaceId, status } }));
    return result?.data?.postPlacement.id ?? null;
  }

  return { save, busy: pending, fieldErrors, failure };
}
