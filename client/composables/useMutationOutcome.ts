import { computed, ref } from "vue";
import { useI18n } from "vue-i18n";
import { fieldErrorsOf, generalMessage } from "../utils/graphql-errors";

export interface Outcome {
  ok: boolean;
  text: string;
}

/**
 * Runs one mutation at a time and keeps what the user should see of it: whether it is pending,
 * the server's field errors beside their fields, and one sentence for the outcome.
 * `key` says which item is pending when one composable serves a list (one claim of many).
 */
export function useMutationOutcome() {
  const i18n = useI18n();
  const pending = ref(false);
  const pendingKey = ref<string | null>(null);
  const outcome = ref<Outcome | null>(null);
  const fieldErrors = ref<Record<string, string>>({});

  async function run<T>(action: () => Promise<T>, success?: (result: T) => string, key: string | null = null): Promise<T | undefined> {
    pending.value = true;
    pendingKey.value = key;
    outcome.value = null;
    fieldErrors.value = {};
    try {
      const result = await action();
      if (success) outcome.value = { ok: true, text: success(result) };
      return result;
    } catch (error) {
      fieldErrors.value = fieldErrorsOf(error, i18n);
      outcome.value = { ok: false, text: generalMessage(error, i18n) };
      return undefined;
    } finally {
      pending.value = false;
      pendingKey.value = null;
    }
  }

  function reset() {
    outcome.value = null;
    fieldErrors.value = {};
  }

  return {
    run,
    reset,
    pending,
    pendingKey,
    outcome,
    fieldErrors,
    /** The failure sentence, or "" — for forms that show field errors separately. */
    failure: computed(() => (outcome.value && !outcome.value.ok ? outcome.value.text : "")),
  };
}
