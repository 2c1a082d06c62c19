import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { PlacementKind } from "../graphql/generated/graphql";
import { PlacementRulesDocument } from "../graphql/placement";

export type InputLimits = NonNullable<ReturnType<typeof usePlacementRules>["limits"]["value"]>;

/**
 * The server's rules for placements: the kinds in the server's order with the longest period of
 * each, and the input bounds. Until they arrive the kinds come from the generated enum and no
 * bound is checked here (the server still checks them all).
 */
export function usePlacementRules() {
  const { result } = useQuery(PlacementRulesDocument, null, { fetchPolicy: "cache-first" });
  const kindRules = computed(() => result.value?.placementKindRules ?? []);
  return {
    kinds: computed(() => (kindRules.value.length ? kindRules.value.map((rule) => rule.kind) : Object.values(PlacementKind))),
    kindRules,
    limits: computed(() => result.value?.inputLimits ?? null),
  };
}
