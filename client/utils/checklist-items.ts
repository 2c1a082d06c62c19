/** An item as the checklist forms edit it. */
export interface ItemLine {
  section: string;
  text: string;
}

/**
 * Items typed one per line; a line ending with a colon names the group of the lines after it
 * ("Hygien:"). Lines before any group go to `defaultSection`. Blank lines are skipped.
 */
export function parseItemLines(source: string, defaultSection: string): ItemLine[] {
  let section = defaultSection;
  const items: ItemLine[] = [];
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (line.endsWith(":") && line.length > 1) {
      section = line.slice(0, -1).trim();
      continue;
    }
    items.push({ section, text: line.replace(/^[-•*]\s*/, "") });
  }
  return items;
}

/** The inverse of parseItemLines: each group's heading line, then its items. */
export function itemLines(items: readonly ItemLine[]): string {
  const lines: string[] = [];
  let section: string | null = null;
  for (const item of items) {
    if (item.section !== section) {
      if (section !== null) lines.push("");
      section = item.section;
      lines.push(`${section}:`);
    }
    lines.push(item.text);
  }
  return lines.join("\n");
}

/** Items grouped by section in their order, for display. */
export function bySection<T extends ItemLine>(items: readonly T[]): { section: string; items: T[] }[] {
  const groups: { section: string; items: T[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.section === item.section) last.items.push(item);
    else groups.push({ section: item.section, items: [item] });
  }
  return groups;
}
