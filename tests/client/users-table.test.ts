import { describe, expect, it } from "vitest";
import UsersTable, { type UserRow } from "../../client/components/user/UsersTable.vue";
import { Role } from "../../client/graphql/generated/graphql";
import { mountInSwedish } from "./mount";

const row = (id: string, overrides: Partial<UserRow> = {}): UserRow => ({
  id,
  name: `Person ${id}`,
  email: `${id}@koping.test`,
  role: Role.COORDINATOR,
  active: true,
  lock: null,
  ...overrides,
});

function mountTable(users: UserRow[], selfId = "me") {
  return mountInSwedish(UsersTable, { props: { users, selfId, busyId: null, revision: 0 } });
}

describe("UsersTable", () => {
  it("offers no way to deactivate, sign out or reset the admin's own account", () => {
    const wrapper = mountTable([row("me", { role: Role.ADMIN }), row("other")]);
    const [own, other] = wrapper.findAll("tbody tr");
    expect(own.findAll("button").map((button) => button.text())).toEqual([]);
    expect(own.text()).toContain("(du)");
    expect(other.findAll("button").map((button) => button.text())).toEqual([
      "Inaktivera Person other",
      "Logga ut överallt Person other",
      "Återställ lösenord Person other",
    ]);
  });

  it("shows a sign-in lock with a way to lift it, and a deactivated account with a way back", async () => {
    const wrapper = mountTable([
      row("locked", { lock: { failures: 5, lockedUntil: "2026-12-01T10:15:00Z" } }),
      row("gone", { active: false }),
    ]);
    const [locked, gone] = wrapper.findAll("tbody tr");
    expect(locked.get('[data-testid="locked"]').text()).toMatch(/^Låst till 1 dec\. 2026 11:15$/);
    await locked.get("button").trigger("click");
    expect(wrapper.emitted("unlock")).toEqual([["locked"]]);
    expect(gone.text()).toContain("Inaktiverad");
    await gone.findAll("button")[0].trigger("click");
    expect(wrapper.emitted("setActive")).toEqual([["gone", true]]);
  });

  it("asks once more, in the row, before it deactivates or resets, and sends nothing when cancelled", async () => {
    const wrapper = mountTable([row("other")], "me");
    const buttons = () => wrapper.get("tbody tr").findAll("button");
    await buttons()[2].trigger("click");
    expect(wrapper.get("tbody tr").text()).toContain("Återställa lösenordet för Person other?");
    expect(buttons().map((button) => button.text())).toEqual(["Ja, återställ", "Ångra"]);
    await buttons()[1].trigger("click");
    expect(wrapper.emitted("resetPassword")).toBeUndefined();
    await buttons()[2].trigger("click");
    await buttons()[0].trigger("click");
    expect(wrapper.emitted("resetPassword")).toEqual([["other"]]);
    await buttons()[0].trigger("click");
    expect(wrapper.get("tbody tr").text()).toContain("Inaktivera Person other?");
    await buttons()[0].trigger("click");
    expect(wrapper.emitted("setActive")).toEqual([["other", false]]);
  });

  it("asks for the role chosen in a row's select", async () => {
    const wrapper = mountTable([row("other")]);
    await wrapper.get("select").setValue(Role.VIEWER);
    expect(wrapper.emitted("changeRole")).toEqual([["other", Role.VIEWER]]);
    expect(wrapper.get("label").text()).toBe("Roll för Person other");
  });
});
