import { describe, expect, it } from "vitest";
import { cell, suppress, type Cell } from "../../../server/modules/statistics/suppression.js";

const counts = (...values: number[]) => values.map((value) => cell(value, true));
const hidden = (cells: Cell[]) => cells.map((c) => c.suppressed);

describe("suppression of small groups", () => {
  it("hides every count of one to four people, never zero or five and more", () => {
    const cells = counts(0, 1, 4, 5, 12);
    suppress(cells, [], []);
    expect(hidden(cells)).toEqual([false, true, true, false, false]);
  });

  it("hides a second cell when the total minus the visible cells would give a hidden one back", () => {
    const rows = counts(3, 8, 0, 20);
    const total = cell(31, true);
    suppress([...rows, total], [{ members: rows, total }], []);
    // 3 alone would be 31 − 8 − 0 − 20: the smallest non-zero visible cell goes too.
    expect(hidden(rows)).toEqual([true, true, false, false]);
    expect(total.suppressed).toBe(false);
  });

  it("hides the total when every other cell of the line is zero", () => {
    const rows = counts(2, 0, 0);
    const total = cell(2, true);
    suppress([...rows, total], [{ members: rows, total }], []);
    expect(total.suppressed).toBe(true);
  });

  it("follows a hidden cell into the lines it belongs to, until no line gives one away", () => {
    // Two rows × two categories, with row sums and column sums published.
    const a = counts(2, 9);
    const b = counts(7, 6);
    const rowTotals = [cell(11, true), cell(13, true)];
    const columnTotals = [cell(9, true), cell(15, true)];
    const grand = cell(24, true);
    const lines = [
      { members: a, total: rowTotals[0] },
      { members: b, total: rowTotals[1] },
      { members: [a[0], b[0]], total: columnTotals[0] },
      { members: [a[1], b[1]], total: columnTotals[1] },
      { members: rowTotals, total: grand },
      { members: columnTotals, total: grand },
    ];
    suppress([...a, ...b, ...rowTotals, ...columnTotals, grand], lines, []);
    for (const line of lines) {
      if (line.total.suppressed) continue;
      expect(line.members.filter((member) => member.suppressed).length).not.toBe(1);
    }
    expect(a[0].suppressed).toBe(true);
  });

  it("hides what is computed from a hidden count", () => {
    const people = cell(3, true);
    const rate = cell(0.4, false);
    suppress([people, rate], [], [{ source: people, targets: [rate] }]);
    expect(rate.suppressed).toBe(true);
  });
});
