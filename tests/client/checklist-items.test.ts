import { describe, expect, it } from "vitest";
import { bySection, itemLines, parseItemLines } from "../../client/utils/checklist-items";

describe("checklist items typed one per line", () => {
  it("starts a group at a line ending with a colon, and puts lines before any group in the default one", () => {
    expect(parseItemLines("Tvättar händerna\nHygien:\n- Mäter temperaturer\n\nTillagning:\nFöljer receptet", "Allmänt")).toEqual([
      { section: "Allmänt", text: "Tvättar händerna" },
      { section: "Hygien", text: "Mäter temperaturer" },
      { section: "Tillagning", text: "Följer receptet" },
    ]);
  });

  it("writes items back as the same lines, so editing a template round-trips", () => {
    const items = [
      { section: "Hygien", text: "Tvättar händerna" },
      { section: "Hygien", text: "Mäter temperaturer" },
      { section: "Disk", text: "Sköter diskmaskinen" },
    ];
    expect(parseItemLines(itemLines(items), "x")).toEqual(items);
  });

  it("groups items by section in their order", () => {
    const groups = bySection([
      { section: "A", text: "1" },
      { section: "A", text: "2" },
      { section: "B", text: "3" },
    ]);
    expect(groups.map((group) => [group.section, group.items.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });
});
