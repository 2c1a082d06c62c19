import { DefaultApolloClient } from "@vue/apollo-composable";
import { createApp } from "vue";
import App from "./App.vue";
import { createApolloClient } from "./apollo";
import { useSession } from "./composables/useSession";
import { createAppI18n, loadLocale, loadPageTexts, storedLocale, type LocaleSwitch } from "./i18n";
import { createAppRouter } from "./router";
import "./styles.css";

const locale = storedLocale();
const i18n = createAppI18n(locale);
// Only a user who chose English waits for its texts (a chunk of its own); Swedish is in this one.
// legacy: false, so `global` is a Composer at run time (its type is the legacy union).
const translations = i18n.global as unknown as LocaleSwitch;
const texts = loadLocale(translations, locale);
document.documentElement.lang = locale;
const router = createAppRouter();
// The other pages' Swedish texts: fetched alongside the page's own chunk, awaited before it renders.
router.beforeEach((to) => {
  if (to.name !== "board") loadPageTexts(translations).catch(() => undefined);
});
router.beforeResolve(async (to) => {
  if (to.name !== "board") await loadPageTexts(translations);
});

const apollo = createApolloClient({
  // A token that expired or was revoked: back to sign-in, then back to where the user was.
  onUnauthenticated: () => {
    const session = useSession();
    if (!session.signedIn.value) return;
    session.end();
    void apollo.clearStore();
    void router.push({ name: "sign-in", query: { redirect: router.currentRoute.value.fullPath } });
  },
});

// Should English not arrive, the app opens in Swedish rather than not at all. (A then, not a
// top-level await: the lazy pages import from this chunk, and an await here would split it up.)
void texts
  .catch(() => {
    translations.locale.value = "sv";
    document.documentElement.lang = "sv";
  })
  .then(() => createApp(App).provide(DefaultApolloClient, apollo).use(router).use(i18n).mount("#app"));
