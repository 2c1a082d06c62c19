import { computed, ref, shallowRef } from "vue";
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
 * Texts are worded when read, so switching language rewords an outcome already shown.
 */
export function useMutationOutcome() {
  const i18n = useI18n();
  const pending = ref(false);
  const pendingKey = ref<string | null>(null);
  const failed = shallowRef<{ error: unknown; at: Date } | null>(null);
  const succeeded = shallowRef<(() => string) | null>(null);

  async function run<T>(action: () => Promise<T>, success?: (result: T) => string, key: string | null = null): Promise<T | undefined> {
    pending.value = true;
    pendingKey.value = key;
    reset();
    try {
      const result = await action();
      if (success) succeeded.value = () => success(result);
      return result;
    } catch (error) {
      failed.value = { error, at: new Date() };
      return undefined;
    } finally {
      pending.value = false;
      pendingKey.value = null;
    }
  }

  function reset() {
    failed.value = null;
    succeeded.value = null;
  }

  const outcome = computed<Outcome | null>(() => {
    if (failed.value) return { ok: false, text: generalMessage(failed.value.error, i18n, failed.value.at) };
    if (succeeded.value) return { ok: true, text: succeeded.value() };
    return null;
  });

  return {
    run,
    reset,
    pending,
    pendingKey,
    outcome,
    fieldErrors: computed<Record<string, string>>(() => (failed.value ? fieldErrorsOf(failed.value.error, i18n, failed.value.at) : {})),
    /** The failure sentence, or "" — for forms that show field errors separately. */
    failure: computed(() => (outcome.value && !outcome.value.ok ? outcome.value.text : "")),
  };
}
