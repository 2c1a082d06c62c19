import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { flushPromises } from "@vue/test-utils";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import ClaimSeatForm from "../../client/components/claim/ClaimSeatForm.vue";
import { ClaimSeatDocument, ParticipantsDocument } from "../../client/graphql/claim";
import { PlacementFitDocument } from "../../client/graphql/pool";
import { mountInSwedish } from "./mount";

const placement = {
  id: "p1",
  freeSeats: 2,
  status: "OPEN" as const,
  allowedActions: ["CLAIM" as const],
  startDate: "2027-01-11",
  endDate: "2027-03-26",
  organisation: { name: "Köpings kommun" },
};
const participants: MockedResponse = {
  request: { query: ParticipantsDocument },
  result: { data: { participants: [{ __typename: "Participant", id: "pa1", code: "ARB-017", minor: false }] } },
};
/** The fit the form asks for once a participant is chosen: nothing lacking here. */
const fits: MockedResponse = {
  request: { query: PlacementFitDocument, variables: { id: "p1", participantId: "pa1" } },
  result: {
    data: {
      placement: {
        __typename: "Placement",
        id: "p1",
        fit: { __typename: "PlacementFit", fits: true, score: 8, reasons: [] },
      },
    },
  },
};

/** MockLink answers on a timer; wait for it and for Vue to re-render. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushPromises();
}

function mountWith(...mocks: MockedResponse[]) {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink([participants, fits, fits, ...mocks]) });
  return mountInSwedish(ClaimSeatForm, {
    props: { placement },
    global: { provide: { [DefaultApolloClient]: client } },
    attachTo: document.body,
  });
}

describe("ClaimSeatForm", () => {
  it("holds a seat for a participant and says what happens next", async () => {
    const claimed = {
      __typename: "Claim",
      id: "c1",
      status: "HELD",
      seats: 1,
      requestedStart: null,
      requestedEnd: null,
      expiresAt: "2026-11-28T12:00:00.000Z",
      reason: null,
      createdAt: "2026-11-26T12:00:00.000Z",
      allowedActions: ["RELEASE"],
      participant: { __typename: "Participant", id: "pa1", code: "ARB-017" },
      placement: { __typename: "Placement", id: "p1", freeSeats: 1, allowedActions: ["CLAIM"], seatHoldings: [], ourClaims: [] },
    };
    const wrapper = mountWith({
      request: {
        query: ClaimSeatDocument,
        variables: { input: { placementId: "p1", seats: 1, participantId: "pa1", requestedStart: null, requestedEnd: null } },
      },
      result: { data: { claimSeat: claimed } },
    });
    await settle();
    await wrapper.get("#claim-participant").setValue("pa1");
    await wrapper.get("form").trigger("submit");
    await settle();
    expect(wrapper.get('[data-testid="claim-result"]').text()).toBe(
      "Klart! Du har reserverat 1 plats. Nu väntar du på svar från Köpings kommun.",
    );
    wrapper.unmount();
  });

  it("refuses more seats than are free before asking the server", async () => {
    const wrapper = mountWith();
    await wrapper.get("#claim-seats").setValue(3);
    await wrapper.get("form").trigger("submit");
    await settle();
    expect(wrapper.get("#claim-seats-error").text()).toBe("Välj högst 2.");
    expect(wrapper.get("#claim-seats").attributes("aria-invalid")).toBe("true");
    wrapper.unmount();
  });

  it("tells the coordinator how many seats are left when someone else was faster", async () => {
    const wrapper = mountWith({
      request: {
        query: ClaimSeatDocument,
        variables: { input: { placementId: "p1", seats: 2, participantId: null, requestedStart: null, requestedEnd: null } },
      },
      result: {
        errors: [
          new GraphQLError("developer text", {
            extensions: { code: "NO_FREE_SEATS", reason: "NOT_ENOUGH_FREE_SEATS", params: { freeSeats: 1, requested: 2 } },
          }),
        ],
      },
    });
    await wrapper.get("#claim-seats").setValue(2);
    await wrapper.get("form").trigger("submit");
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toBe("Det finns inte så många lediga platser. Du bad om 2, lediga nu: 1.");
    wrapper.unmount();
  });

  it("shows the server's refusal of the requested start beside that field, in Swedish with the date", async () => {
    const wrapper = mountWith({
      request: {
        query: ClaimSeatDocument,
        variables: { input: { placementId: "p1", seats: 1, participantId: null, requestedStart: "2027-04-01", requestedEnd: null } },
      },
      result: {
        errors: [
          new GraphQLError("developer text", {
            extensions: {
              code: "BAD_USER_INPUT",
              reason: "START_AFTER_PLACEMENT_END",
              params: { placementEnd: "2027-03-26" },
              field: "input.requestedStart",
            },
          }),
        ],
      },
    });
    await wrapper.get("#claim-start").setValue("2027-04-01");
    await wrapper.get("form").trigger("submit");
    await settle();
    expect(wrapper.get("#claim-requestedStart-error").text()).toBe("Platsen slutar 26 mars 2027. Välj ett startdatum senast då.");
    wrapper.unmount();
  });
});
