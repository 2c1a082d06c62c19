import { useMutation } from "@vue/apollo-composable";
import { ref } from "vue";
import { useI18n } from "vue-i18n";
import { PostPlacementDocument, UpdatePlacementDocument } from "../graphql/placement";
import { placementInputOf, type PlacementFormValues } from "../utils/placement-rules";
import { fieldErrorsOf, generalMessage } from "../utils/graphql-errors";

/** Posts a new placement or saves changes; server errors come back keyed by the field they name. */
export function useSavePlacement() {
  const { t } = useI18n();
  // The board lists are keyed by filter; refetching them beats guessing where a new placement belongs.
  const post = useMutation(PostPlacementDocument, { refetchQueries: ["Board", "MyOrganisation"] });
  const update = useMutation(UpdatePlacementDocument, { refetchQueries: ["Board", "PlacementDetail"] });
  const fieldErrors = ref<Record<string, string>>({});
  const failure = ref("");
  const busy = ref(false);

  async function save(values: PlacementFormValues, id?: string): Promise<string | null> {
    fieldErrors.value = {};
    failure.value = "";
    busy.value = true;
    try {
      const common = placementInputOf(values);
      if (id) {
        const result = await update.mutate({ id, input: common });
        return result?.data?.updatePlacement.id ?? null;
      }
      const result = await post.mutate({
        input: { ...common, workplaceId: values.workplaceId, status: values.publish ? "OPEN" : "DRAFT" },
      });
      return result?.data?.postPlacement.id ?? null;
    } catch (error) {
      fieldErrors.value = fieldErrorsOf(error, t);
      failure.value = generalMessage(error, t);
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { save, busy, fieldErrors, failure };
}
