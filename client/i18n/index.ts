import { createI18n } from "vue-i18n";
import type { MessageSchema } from "./sv";
import { sv } from "./sv";
import type { svPages } from "./sv-pages";

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

/** Texts a caller has already, so nothing needs to be fetched: tests that render without the app's start-up. */
export interface PreloadedTexts {
  en?: MessageSchema;
  svPages?: typeof svPages;
}

/**
 * The board's Swedish texts are in the first load; the other pages' (sv-pages.ts) arrive with
 * `loadPageTexts` before the first of them renders, and English with `loadLocale` (its own chunk,
 * with its error texts), so a Swedish board never downloads either.
 */
export function createAppI18n(locale: Locale = storedLocale(), preloaded: PreloadedTexts = {}) {
  const i18n = createI18n<[MessageSchema], Locale>({
    legacy: false,
    locale,
    fallbackLocale: "sv",
    // English starts empty (its texts are merged when they arrive); Swedish is the fallback meanwhile.
    // The page texts are merged in (loadPageTexts), not set: some sections are split between both
    // files. vue-i18n merges into the object it was given, so each instance gets its own copy.
    messages: { sv: structuredClone(sv) as MessageSchema, en: structuredClone(preloaded.en) ?? ({} as MessageSchema) },
  });
  if (preloaded.en) loaded.add(i18n.global);
  if (preloaded.svPages) {
    (i18n.global as unknown as LocaleSwitch).mergeLocaleMessage("sv", preloaded.svPages);
    pagesLoaded.add(i18n.global);
  }
  return i18n;
}

/** What loading and switching need of vue-i18n: satisfied by `useI18n()` and by `createAppI18n().global`. */
export interface LocaleSwitch {
  locale: { value: string };
  mergeLocaleMessage(locale: string, messages: MessageSchema | typeof svPages): void;
}

/** The i18n instances that have English already (one per app; tests make several). */
const loaded = new WeakSet<object>();
let english: Promise<MessageSchema> | undefined;

/** Starts fetching the English texts (once per page), e.g. when the pointer reaches the language switch. */
export function preloadEnglish(): Promise<MessageSchema> {
  english ??= import("./en").then(
    (module) => module.en,
    (error: unknown) => {
      // Offline for a moment: the next attempt fetches again.
      english = undefined;
      throw error;
    },
  );
  return english;
}

/**
 * Makes sure `locale`'s texts are in `i18n`: English is fetched the first time it is needed and
 * merged (not set), so texts that lazy pages merged into "en" before (useValidationTexts) stay.
 */
export async function loadLocale(i18n: LocaleSwitch, locale: Locale): Promise<void> {
  if (locale === "sv" || loaded.has(i18n)) return;
  const messages = await preloadEnglish();
  if (loaded.has(i18n)) return;
  i18n.mergeLocaleMessage("en", messages);
  loaded.add(i18n);
}

/** The i18n instances that have the Swedish page texts already. */
const pagesLoaded = new WeakSet<object>();
let pages: Promise<typeof svPages> | undefined;

/**
 * Makes sure the Swedish texts of the pages other than the board are in `i18n` (the router asks
 * before such a page renders). Merged, like English, so lazy pages' own texts stay.
 */
export async function loadPageTexts(i18n: LocaleSwitch): Promise<void> {
  if (pagesLoaded.has(i18n)) return;
  pages ??= import("./sv-pages").then(
    (module) => module.svPages,
    (error: unknown) => {
      pages = undefined;
      throw error;
    },
  );
  const texts = await pages;
  if (pagesLoaded.has(i18n)) return;
  i18n.mergeLocaleMessage("sv", texts);
  pagesLoaded.add(i18n);
}

/** Switches the language of the whole app (once its texts are there) and remembers it. */
export async function setLocale(i18n: LocaleSwitch, locale: Locale): Promise<void> {
  await loadLocale(i18n, locale);
  i18n.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}
