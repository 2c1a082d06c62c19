import { DefaultApolloClient } from "@vue/apollo-composable";
import { createApp } from "vue";
import App from "./App.vue";
import { createApolloClient } from "./apollo";
import { useSession } from "./composables/useSession";
import { createAppI18n, storedLocale } from "./i18n";
import { createAppRouter } from "./router";
import "./styles.css";

const locale = storedLocale();
const i18n = createAppI18n(locale);
document.documentElement.lang = locale;
const router = createAppRouter();

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

createApp(App).provide(DefaultApolloClient, apollo).use(router).use(i18n).mount("#app");
