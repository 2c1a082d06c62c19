import type { SelectQueryBuilder } from "typeorm";
import type { Placement } from "./placement.entity.js";

/**
 * Text search on the board over "placement_search" (migration 1764840000000): each placement's
 * title, workplace name and description, kept in step by triggers. Both stores fold case for every
 * letter, å, ä and ö included, and find any substring, so "kök" finds "Storköket".
 * - SQLite: an FTS5 trigram table; a text of three letters or more is one MATCH phrase, read
 *   through the trigram index. A trigram index cannot answer one or two letters, so those read the
 *   search table's rows with one GLOB whose letters are classes of their cases ("äl" → *[äÄ][lL]*):
 *   a scan of one narrow table, folded by Unicode's case mapping rather than SQLite's A–Z-only LIKE.
 * - PostgreSQL: ILIKE (folded by the database's locale) on a pg_trgm GIN index; one or two
 *   letters give no trigram and read the search table's rows instead.
 */
export type SearchDialect = "sqlite" | "postgres";

/** The parts of the board query that depend on the searched text. */
export interface PlacementSearch {
  /** Restricts the query to placements whose title, workplace name or description contain the text. */
  apply(query: SelectQueryBuilder<Placement>): void;
  /** RELEVANCE: 2 if the title contains the text, plus 1 if the workplace name does (0–3). */
  relevance: string;
}

/** Texts shorter than this give no trigram: the index cannot answer them. */
export const TRIGRAM = 3;

export function placementSearch(dialect: SearchDialect, text: string): PlacementSearch {
  return dialect === "sqlite" ? sqliteSearch(text) : postgresSearch(text);
}

function sqliteSearch(text: string): PlacementSearch {
  const ids = (condition: string) => `SELECT "s"."placementId" FROM "placement_search" "s" WHERE ${condition}`;
  if ([...text].length >= TRIGRAM) {
    const phrase = `"${text.replace(/"/g, '""')}"`;
    const matching = (parameter: string) => ids(`"placement_search" MATCH :${parameter}`);
    return {
      apply: (query) =>
        query.andWhere(`placement.id IN (${matching("searchAny")})`, {
          searchAny: phrase,
          searchTitle: `{title} : ${phrase}`,
          searchWorkplace: `{workplace} : ${phrase}`,
        }),
      relevance:
        `(CASE WHEN placement.id IN (${matching("searchTitle")}) THEN 2 ELSE 0 END` +
        ` + CASE WHEN placement.id IN (${matching("searchWorkplace")}) THEN 1 ELSE 0 END)`,
    };
  }
  // One GLOB per row over the three fields joined by a newline (which no search text holds, so no
  // match spans two fields), each letter a class of its cases: "äl" → *[äÄ][lL]*.
  const pattern = `*${foldedGlob(text)}*`;
  const document = `"s"."title" || char(10) || "s"."workplace" || char(10) || "s"."description"`;
  return {
    apply: (query) => query.andWhere(`placement.id IN (${ids(`${document} GLOB :searchGlob`)})`, { searchGlob: pattern }),
    relevance:
      `(CASE WHEN placement.id IN (${ids(`"s"."title" GLOB :searchGlob`)}) THEN 2 ELSE 0 END` +
      ` + CASE WHEN placement.id IN (${ids(`"s"."workplace" GLOB :searchGlob`)}) THEN 1 ELSE 0 END)`,
  };
}

function postgresSearch(text: string): PlacementSearch {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    apply: (query) =>
      query.andWhere(`placement.id IN (SELECT "s"."placementId" FROM "placement_search" "s" WHERE "s"."document" ILIKE :searchLike)`, {
        searchLike: pattern,
      }),
    relevance:
      `(SELECT (CASE WHEN "r"."title" ILIKE :searchLike THEN 2 ELSE 0 END) + (CASE WHEN "r"."workplace" ILIKE :searchLike THEN 1 ELSE 0 END)` +
      ` FROM "placement_search" "r" WHERE "r"."placementId" = placement.id)`,
  };
}

/**
 * A GLOB pattern matching the text in any letter case, by Unicode's case mapping (GLOB itself is
 * case-sensitive): each letter with two cases becomes a class of both, GLOB's wildcards literal.
 */
export function foldedGlob(text: string): string {
  let pattern = "";
  for (const character of text) {
    const forms = [...new Set([character.toLowerCase(), character.toUpperCase(), character])].filter((form) => [...form].length === 1);
    if (forms.length > 1) pattern += `[${forms.join("")}]`;
    else pattern += /[*?[]/.test(character) ? `[${character}]` : character;
  }
  return pattern;
}
