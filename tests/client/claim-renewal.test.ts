import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { flushPromises } from "@vue/test-utils";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import ClaimRenewal from "../../client/components/claim/ClaimRenewal.vue";
import { RenewClaimDocument } from "../../client/graphql/pool";
import { mountInSwedish } from "./mount";

const claim = {
  id: "c1",
  status: "ACTIVE" as const,
  renewal: { renewable: true, capMonths: 12, capEnd: "2028-01-01", latestEnd: "2028-01-01", nearCap: true },
  renewals: [{ previousEnd: "2027-04-01", newEnd: "2027-07-01" }],
};

function mountWith(...mocks: MockedResponse[]) {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink(mocks) });
  return mountInSwedish(ClaimRenewal, {
    props: { claim },
    global: { provide: { [DefaultApolloClient]: client } },
    attachTo: document.body,
  });
}

describe("ClaimRenewal", () => {
  it("shows the chain of renewals and warns when the cap is near", () => {
    const wrapper = mountWith();
    expect(wrapper.text()).toContain("Förlängningar:");
    expect(wrapper.text()).toMatch(/Taket på 12 månader nås/);
    expect(wrapper.get('label[for="renew-until-c1"]').text()).toBe("Ny sista dag");
    wrapper.unmount();
  });

  it("shows the server's refusal past the cap beside the date, naming the cap", async () => {
    const wrapper = mountWith({
      request: { query: RenewClaimDocument, variables: { id: "c1", until: "2028-03-01" } },
      result: {
        errors: [
          new GraphQLError("developer text", {
            extensions: {
              code: "BAD_USER_INPUT",
              reason: "RENEWAL_CAP_REACHED",
              field: "until",
              params: { capMonths: 12, capEnd: "2028-01-01" },
            },
          }),
        ],
      },
    });
    await wrapper.get("#renew-until-c1").setValue("2028-03-01");
    await wrapper.get("form").trigger("submit");
    await new Promise((resolve) => setTimeout(resolve, 0));
    await flushPromises();
    expect(wrapper.get("#renew-until-c1-error").text()).toMatch(/Taket är 12 månader totalt/);
    expect(wrapper.get("#renew-until-c1").attributes("aria-invalid")).toBe("true");
    wrapper.unmount();
  });
});
