/**
 * Suppression of small groups in a statistics table. People in the pool are few and vulnerable,
 * so any count of people from 1 to 4 is hidden (shown as "färre än 5"). Hiding those alone is not
 * enough: where a published total minus the visible cells of its line would give a hidden cell
 * back, another cell of the line is hidden too (complementary suppression), and so on until no
 * line gives a hidden cell away. Pure, so it is tested on its own (tests/server/unit).
 */

/** The smallest group that is shown. */
export const MIN_GROUP = 5;

export interface Cell {
  value: number;
  suppressed: boolean;
  /** A count of people: hidden when 1–4. Other cells are hidden only by the rules that tie them to one. */
  counts: boolean;
}

/** Cells whose members add up to a total; the total is a cell too. */
export interface Line {
  members: Cell[];
  total: Cell;
}

/** When `source` is hidden, so are `targets` (a rate or a remainder computed from it). */
export interface Tie {
  source: Cell;
  targets: Cell[];
}

export const cell = (value: number, counts: boolean): Cell => ({ value, suppressed: false, counts });

export function suppress(cells: Cell[], lines: Line[], ties: Tie[]): void {
  for (const c of cells) if (c.counts && c.value > 0 && c.value < MIN_GROUP) c.suppressed = true;
  for (let changed = true; changed;) {
    changed = false;
    for (const tie of ties) {
      if (!tie.source.suppressed) continue;
      for (const target of tie.targets) {
        if (!target.suppressed) {
          target.suppressed = true;
          changed = true;
        }
      }
    }
    for (const line of lines) {
      if (line.total.suppressed) continue;
      const hidden = line.members.filter((member) => member.suppressed);
      if (hidden.length !== 1) continue;
      // One hidden cell: the total gives it back. Hide the smallest non-zero visible cell beside it
      // (least information lost); when every other cell is zero, the total itself.
      const candidates = line.members.filter((member) => !member.suppressed && member.value > 0).sort((a, b) => a.value - b.value);
      (candidates[0] ?? line.total).suppressed = true;
      changed = true;
    }
  }
}
