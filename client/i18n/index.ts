import { createI18n } from "vue-i18n";
import { en } from "./en";
import { sv, type MessageSchema } from "./sv";

export type Locale = "sv" | "en";
const STORAGE_KEY = "praktikpool.locale";

/** Swedish unless the user chose English before; the choice survives reloads. */
export function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "sv";
  } catch {
    return "sv";
  }
}

export function createAppI18n(locale: Locale = storedLocale()) {
  return createI18n<[MessageSchema], Locale>({
    legacy: false,
    locale,
    fallbackLocale: "sv",
    messages: { sv, en },
  });
}

/** Switches the language of the whole app and remembers it. */
export function setLocale(current: { value: string }, locale: Locale): void {
  current.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}
