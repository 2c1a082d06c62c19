import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { flushPromises } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { AuditFilterChoicesDocument, AuditLogDocument } from "../../client/graphql/audit";
import AuditLogPage from "../../client/pages/AuditLogPage.vue";
import { mountInSwedish } from "./mount";

const entry = (n: number) => ({
  __typename: "AuditEntry" as const,
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  at: new Date(Date.UTC(2026, 11, 1, 9, 0, 0) - n * 1000).toISOString(),
  action: "claimSeat",
  entity: "Claim",
  entityId: `claim-${n}`,
  ip: "127.0.0.1",
  cursor: `cursor-${n}`,
  user: { __typename: "User" as const, id: "u1", name: "Anna Admin" },
});

const choices: MockedResponse = {
  request: { query: AuditFilterChoicesDocument },
  result: { data: { auditActions: ["claimSeat"], users: [{ __typename: "User", id: "u1", name: "Anna Admin" }] } },
};
const logAnswer = (variables: Record<string, unknown>, result: MockedResponse["result"]): MockedResponse => ({
  request: { query: AuditLogDocument, variables: { first: 51, after: null, filter: {}, ...variables } },
  result,
});

function mountPage(mocks: MockedResponse[]) {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink(mocks) });
  return mountInSwedish(AuditLogPage, { global: { provide: { [DefaultApolloClient]: client } } });
}

describe("AuditLogPage", () => {
  it("shows 50 entries and offers more only when the server had a 51st, then appends the page after the last shown", async () => {
    const first = Array.from({ length: 51 }, (_, i) => entry(i));
    const wrapper = mountPage([
      choices,
      logAnswer({}, { data: { auditLog: first } }),
      logAnswer({ after: "cursor-49" }, { data: { auditLog: [entry(50), entry(51)] } }),
    ]);
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.findAll("tbody tr")).toHaveLength(50);
    });
    expect(wrapper.get("h2").text()).toBe("50 poster");
    const more = wrapper.findAll("button").find((button) => button.text() === "Visa fler")!;
    await more.trigger("click");
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.findAll("tbody tr")).toHaveLength(52);
    });
    expect(wrapper.findAll("button").some((button) => button.text() === "Visa fler")).toBe(false);
    expect(wrapper.get("tbody tr").text()).toContain("Reserverade plats");
  });

  it("shows a period that ends before it starts beside the “to” field, in Swedish", async () => {
    const refused = new GraphQLError("developer text", {
      extensions: { code: "BAD_USER_INPUT", reason: "END_BEFORE_START", params: {}, field: "filter.until" },
    });
    const wrapper = mountPage([
      choices,
      logAnswer({}, { data: { auditLog: [entry(1)] } }),
      logAnswer({ filter: { from: "2026-12-02T23:00:00.000Z", until: "2026-12-01T23:00:00.000Z" } }, { errors: [refused] }),
    ]);
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.findAll("tbody tr")).toHaveLength(1);
    });
    await wrapper.get("#audit-from").setValue("2026-12-03");
    await wrapper.get("#audit-to").setValue("2026-12-01");
    await wrapper.get("form").trigger("submit");
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.get("#audit-to-error").text()).toBe("Slutdatum kan inte vara före startdatum.");
    });
    expect(wrapper.get("#audit-to").attributes("aria-invalid")).toBe("true");
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });
});
