// @vitest-environment node
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sv } from "../../client/i18n/sv";
import { svPages } from "../../client/i18n/sv-pages";

const client = path.resolve("client");

/** client/main.ts and every module it imports statically (not `import type`, not `import()`): the board's first load. */
function firstLoadSources(): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [path.join(client, "main.ts")];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const source = fs.readFileSync(file, "utf8");
    seen.set(file, source);
    for (const [, specifier] of source.matchAll(/^import (?!type )[^;]*?from "(\.{1,2}\/[^"]+)"/gm)) {
      const base = path.resolve(path.dirname(file), specifier!);
      const found = [base, `${base}.ts`, path.join(base, "index.ts")].find(
        (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
      );
      if (found && /\.(ts|vue)$/.test(found)) queue.push(found);
    }
  }
  return seen;
}

/** Key prefixes only sv-pages.ts has: whole sections ("users.") or keys of a section split between both files ("statistics.rangeLabel"). */
function pageOnlyPrefixes(): string[] {
  const shell = sv as Record<string, Record<string, unknown>>;
  return Object.entries(svPages).flatMap(([section, texts]) =>
    section in shell ? [...Object.keys(texts).map((key) => `${section}.${key}`), `${section}.\${`] : [`${section}.`],
  );
}

/** Every text as "section.key.sub" → its words. */
function flatten(texts: object, prefix = ""): Map<string, unknown> {
  return new Map(
    Object.entries(texts).flatMap(([key, value]) =>
      value !== null && typeof value === "object" ? [...flatten(value, `${prefix}${key}.`)] : [[`${prefix}${key}`, value]],
    ),
  );
}

describe("the board's first load", () => {
  it("holds each Swedish text in one place: the board's file or the other pages', never both", () => {
    const board = flatten(sv);
    const inBoth = [...flatten(svPages).keys()].filter((key) => board.has(key));
    expect(inBoth).toEqual([]);
  });

  it("uses none of the texts that arrive only with the other pages (client/i18n/sv-pages.ts)", () => {
    const prefixes = pageOnlyPrefixes();
    const offending: string[] = [];
    for (const [file, source] of firstLoadSources()) {
      // A route's title is read after the router has loaded the page's texts (main.ts, beforeResolve).
      const text = file.endsWith("router.ts") ? source.replace(/title: "[\w.]+"/g, "") : source;
      for (const prefix of prefixes) {
        if (['"', "'", "`"].some((quote) => text.includes(`${quote}${prefix}`)))
          offending.push(`${path.relative(client, file)}: ${prefix}`);
      }
    }
    expect(firstLoadSources().size).toBeGreaterThan(20);
    expect(offending).toEqual([]);
  });
});
