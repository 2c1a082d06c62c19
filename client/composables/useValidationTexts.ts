import { useI18n } from "vue-i18n";
import { validationTextsEn, validationTextsSv } from "../i18n/validation-texts";

/** The i18n instances that have the texts already (one per app; tests make several). */
const merged = new WeakSet<object>();

/**
 * Adds the feedback and validation pages' texts to the app's messages, once, the first time one
 * of those components is set up (they arrive in the pages' lazy chunks, never in the board's).
 */
export function useValidationTexts() {
  const i18n = useI18n({ useScope: "global" });
  if (!merged.has(i18n)) {
    i18n.mergeLocaleMessage("sv", validationTextsSv);
    i18n.mergeLocaleMessage("en", validationTextsEn);
    merged.add(i18n);
  }
  return useI18n();
}
