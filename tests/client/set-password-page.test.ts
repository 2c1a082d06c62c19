import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { flushPromises } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SetPasswordWithTokenDocument } from "../../client/graphql/users";
import SetPasswordPage from "../../client/pages/SetPasswordPage.vue";
import { mountInSwedish } from "./mount";

const PASSWORD = "ett-langt-losenord";

function mountWith(hash: string, mocks: MockedResponse[]) {
  history.replaceState(null, "", `/set-password${hash}`);
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink(mocks) });
  return mountInSwedish(SetPasswordPage, { global: { provide: { [DefaultApolloClient]: client } } });
}

async function fill(wrapper: ReturnType<typeof mountWith>, password: string, repeat: string) {
  await wrapper.get("#set-password-new").setValue(password);
  await wrapper.get("#set-password-repeat").setValue(repeat);
  await wrapper.get("form").trigger("submit");
}

const answer = (result: MockedResponse["result"]): MockedResponse => ({
  request: { query: SetPasswordWithTokenDocument, variables: { input: { token: "tok-1", newPassword: PASSWORD } } },
  result,
});

describe("SetPasswordPage", () => {
  afterEach(() => history.replaceState(null, "", "/"));

  it("takes the token from the link's fragment and removes it from the address bar", async () => {
    const wrapper = mountWith("#tok-1", []);
    await flushPromises();
    expect(window.location.hash).toBe("");
    expect(wrapper.find("#set-password-new").exists()).toBe(true);
  });

  it("says the link is incomplete when it has no token", async () => {
    const wrapper = mountWith("", []);
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain("Länken saknar sin kod");
    expect(wrapper.find("form").exists()).toBe(false);
  });

  it("sends nothing while the two passwords differ", async () => {
    // No mock answers: a request would fail the test with an unmatched-request error.
    const wrapper = mountWith("#tok-1", []);
    await flushPromises();
    await fill(wrapper, PASSWORD, `${PASSWORD}x`);
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"]').text()).toBe("Lösenorden är inte lika.");
  });

  it("confirms and leads to sign-in once the server accepts the password", async () => {
    const wrapper = mountWith("#tok-1", [answer({ data: { setPasswordWithToken: true } })]);
    await flushPromises();
    await fill(wrapper, PASSWORD, PASSWORD);
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.get('[role="status"]').text()).toBe("Lösenordet är sparat. Nu kan du logga in.");
    });
    expect(wrapper.get("a").attributes("href")).toBe("/sign-in");
  });

  it("says in Swedish that a used or expired link needs a new one from the admin", async () => {
    const refused = new GraphQLError("developer text", {
      extensions: { code: "BAD_USER_INPUT", reason: "RESET_TOKEN_INVALID", params: {}, field: "input.token" },
    });
    const wrapper = mountWith("#tok-1", [answer({ errors: [refused] })]);
    await flushPromises();
    await fill(wrapper, PASSWORD, PASSWORD);
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.get('[role="alert"]').text()).toMatch(/administratör/);
    });
  });
});
