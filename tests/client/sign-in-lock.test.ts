import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { flushPromises } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { LoginDocument } from "../../client/graphql/auth";
import { mount } from "@vue/test-utils";
import { createAppI18n } from "../../client/i18n";
import { en } from "../../client/i18n/en";
import SignInPage from "../../client/pages/SignInPage.vue";
import { mountInSwedish } from "./mount";

/** What the server answers a locked sign-in (server/modules/auth/login-throttle.ts). */
const refused = (reason: "ACCOUNT_LOCKED" | "ADDRESS_LOCKED", retryAfterSeconds: number): MockedResponse => ({
  request: { query: LoginDocument, variables: { email: "anna@koping.se", password: "fel" } },
  result: {
    errors: [new GraphQLError("developer text", { extensions: { code: "TOO_MANY_REQUESTS", reason, params: { retryAfterSeconds } } })],
  },
});

/** The clock times a lock of `seconds` from now may show, either side of a minute turning. */
function clockAfter(seconds: number, locale: "sv-SE" | "en-GB"): string[] {
  const format = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" });
  return [0, 60_000].map((slack) => format.format(new Date(Date.now() + seconds * 1000 + slack)));
}

async function signInWrongly(mockOrLocale: MockedResponse | "en", ...rest: MockedResponse[]) {
  const english = mockOrLocale === "en";
  const mocks = english ? rest : [mockOrLocale, ...rest];
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink(mocks) });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: "/:any(.*)*", component: SignInPage }] });
  await router.push("/sign-in");
  const options = { global: { plugins: [router], provide: { [DefaultApolloClient]: client } } };
  const wrapper = english
    ? mount(SignInPage, { global: { ...options.global, plugins: [createAppI18n("en", { en }), router] } })
    : mountInSwedish(SignInPage, options);
  await wrapper.get("#sign-in-email").setValue("anna@koping.se");
  await wrapper.get("#sign-in-password").setValue("fel");
  await wrapper.get("form").trigger("submit");
  // MockLink answers on a timer: wait for the answer to show rather than for a set time.
  await vi.waitFor(async () => {
    await flushPromises();
    wrapper.get('[role="alert"]');
  });
  return wrapper;
}

describe("SignInPage when sign-in is locked", () => {
  it("says the account is locked and at what time to try again, in Swedish and in English", async () => {
    const wrapper = await signInWrongly(refused("ACCOUNT_LOCKED", 900));
    const alert = wrapper.get('[role="alert"]').text();
    expect(alert).toMatch(/^Kontot är låst efter för många misslyckade inloggningar\. Försök igen kl\. \d\d:\d\d, /);
    expect(clockAfter(900, "sv-SE").some((time) => alert.includes(`kl. ${time}`))).toBe(true);
    wrapper.unmount();

    const english = await signInWrongly("en", refused("ACCOUNT_LOCKED", 900));
    const text = english.get('[role="alert"]').text();
    expect(text).toMatch(/^The account is locked after too many failed sign-ins\. Try again at \d\d:\d\d, /);
    expect(clockAfter(900, "en-GB").some((time) => text.includes(`at ${time}`))).toBe(true);
    english.unmount();
  });

  it("says it is the address that is locked when the server says so", async () => {
    const wrapper = await signInWrongly(refused("ADDRESS_LOCKED", 120));
    const alert = wrapper.get('[role="alert"]').text();
    expect(alert).toMatch(/^Inloggning från din adress är låst efter för många misslyckade försök\. Försök igen kl\. \d\d:\d\d\.$/);
    expect(clockAfter(120, "sv-SE").some((time) => alert.includes(`kl. ${time}`))).toBe(true);
    wrapper.unmount();
  });

  it("keeps saying only 'wrong e-mail or password' for an ordinary failure", async () => {
    const wrapper = await signInWrongly({
      request: { query: LoginDocument, variables: { email: "anna@koping.se", password: "fel" } },
      result: {
        errors: [
          new GraphQLError("Wrong e-mail or password.", {
            extensions: { code: "UNAUTHENTICATED", reason: "WRONG_CREDENTIALS", params: {} },
          }),
        ],
      },
    });
    expect(wrapper.get('[role="alert"]').text()).toBe("Fel e-post eller lösenord.");
    wrapper.unmount();
  });
});
