import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { flushPromises } from "@vue/test-utils";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import PlacementChecklists from "../../client/components/validation/PlacementChecklists.vue";
import { AttachChecklistDocument, ChecklistTemplatesDocument, PlacementChecklistsDocument } from "../../client/graphql/validation";
import { mountInSwedish } from "./mount";

const template = (id: string, name: string) => ({
  __typename: "ChecklistTemplate",
  id,
  kind: "VOCATIONAL",
  industry: "WAREHOUSE",
  name,
  description: "",
  updatedAt: "2026-11-30T12:00:00.000Z",
  currentVersion: { __typename: "ChecklistTemplateVersion", id: `${id}-v2`, number: 2 },
  createdBy: null,
  items: [{ __typename: "ChecklistTemplateItem", id: `${id}-i1`, section: "Truck", position: 1, text: "Kör truck säkert" }],
});
const copy = (id: string, templateId: string, name: string) => ({
  __typename: "PlacementChecklist",
  id,
  name,
  kind: "VOCATIONAL",
  templateVersion: 1,
  template: { __typename: "ChecklistTemplate", id: templateId },
  items: [{ __typename: "PlacementChecklistItem", id: `${id}-i1`, section: "Truck", position: 1, text: "Kör truck säkert" }],
});
const placementWith = (...checklists: ReturnType<typeof copy>[]): MockedResponse => ({
  request: { query: PlacementChecklistsDocument, variables: { id: "p1" } },
  result: { data: { placement: { __typename: "Placement", id: "p1", mayEditChecklists: true, checklists, ourClaims: [] } } },
});
const templates: MockedResponse = {
  request: { query: ChecklistTemplatesDocument },
  // The placement's copy came from version 1 of t1, which has been renamed since.
  result: { data: { checklistTemplates: [template("t1", "Lager – reviderad"), template("t2", "Lager – kväll"), template("t3", "Butik")] } },
};

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushPromises();
}

const offered = (wrapper: ReturnType<typeof mountInSwedish>) =>
  wrapper.findAll("#attach-template option:not([disabled])").map((option) => option.attributes("value"));

describe("PlacementChecklists", () => {
  it("offers only templates the placement has no copy of, also when a template was renamed since it was attached", async () => {
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new MockLink([placementWith(copy("c1", "t1", "Lager – första versionen")), templates]),
    });
    const wrapper = mountInSwedish(PlacementChecklists, {
      props: { placementId: "p1" },
      global: { provide: { [DefaultApolloClient]: client } },
      attachTo: document.body,
    });
    await settle();
    await settle();
    expect(offered(wrapper)).toEqual(["t2", "t3"]);
    wrapper.unmount();
  });

  it("says in Swedish that the placement already has the checklist when someone attached it meanwhile, and stops offering it", async () => {
    const refused: MockedResponse = {
      request: { query: AttachChecklistDocument, variables: { input: { placementId: "p1", templateId: "t2" } } },
      result: {
        errors: [
          new GraphQLError("developer text", {
            extensions: {
              code: "BAD_USER_INPUT",
              reason: "CHECKLIST_ALREADY_ATTACHED",
              params: { checklistId: "c2" },
              field: "input.templateId",
            },
          }),
        ],
      },
    };
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new MockLink([
        placementWith(copy("c1", "t1", "Lager – första versionen")),
        templates,
        refused,
        placementWith(copy("c1", "t1", "Lager – första versionen"), copy("c2", "t2", "Lager – kväll")),
      ]),
    });
    const wrapper = mountInSwedish(PlacementChecklists, {
      props: { placementId: "p1" },
      global: { provide: { [DefaultApolloClient]: client } },
      attachTo: document.body,
    });
    await settle();
    await settle();
    await wrapper.get("#attach-template").setValue("t2");
    await wrapper.get("form.attach").trigger("submit");
    await settle();
    await settle();
    expect(wrapper.get('[role="status"]').text()).toBe(
      "Platsen har redan en checklista från den här mallen, kanske från en tidigare version. Anpassa den i stället.",
    );
    expect(wrapper.findAll('[data-testid="placement-checklist"]')).toHaveLength(2);
    expect(offered(wrapper)).toEqual(["t3"]);
    expect((wrapper.get("#attach-template").element as HTMLSelectElement).value).toBe("");
    wrapper.unmount();
  });
});
