import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { buildDataset, insertDatasetThrough } from "../../bench/dataset.js";
import type { Viewer } from "../../server/common/viewer.js";
import { openStore } from "../../server/db/open-store.js";
import type { Store } from "../../server/db/store.js";
import { createLoaders } from "../../server/loaders/index.js";
import { BoardSort, type BoardArgs, type BoardFilter } from "../../server/modules/placement/board.args.js";
import { PlacementStatus } from "../../server/modules/placement/placement-kind.js";
import { Role } from "../../server/modules/user/user.entity.js";
import { createServices } from "../../server/services.js";
import { store, storeAvailable } from "../helpers/test-server.js";
import { createTestStore, type TestStore } from "../helpers/test-stores.js";

/**
 * The board's SQL, as the service really sends it, must use an index at 10,000 placements:
 * no whole-table scan of placement or claim for any filter or sort, first page or next page.
 * SQLite: EXPLAIN QUERY PLAN on a store without statistics (as in production, where nothing
 * runs ANALYZE). PostgreSQL: EXPLAIN after ANALYZE (as autovacuum would have done).
 */

const PLACEMENTS = 10_000;

interface Statement {
  sql: string;
  parameters: unknown[];
}

describe.skipIf(!storeAvailable)(`board indexes (${store})`, () => {
  let location: TestStore;
  let opened: Store;
  let dataSource: DataSource;
  let services: ReturnType<typeof createServices>;
  let viewer: Viewer;
  const captured: Statement[] = [];

  beforeAll(async () => {
    location = await createTestStore("empty");
    opened = await openStore({ ...location, seedDemo: false });
    dataSource = opened.writer;
    const dataset = buildDataset({
      placements: PLACEMENTS,
      tokenSecret: "unused-unused-unused-unused-unused",
      passwordHash: "unused",
      dates: "sqlite",
    });
    await dataSource.transaction((manager) =>
      insertDatasetThrough({ options: dataSource.options, query: (sql, parameters) => manager.query(sql, parameters) }, dataset),
    );
    if (store === "postgres") await dataSource.query("ANALYZE");
    const user = dataset.user[0]!;
    viewer = { userId: user.id as string, organisationId: user.organisationId as string, role: Role.COORDINATOR };
    services = createServices(opened, { tokenSecret: "unused-unused-unused-unused-unused", tokenTtlHours: 1, holdTtlMinutes: 60 });
    const counter = opened.statements;
    const count = counter.logQuery.bind(counter);
    counter.logQuery = ((query: string, parameters?: unknown[]) => {
      captured.push({ sql: query, parameters: parameters ?? [] });
      count();
    }) as typeof counter.logQuery;
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
    await location?.remove();
  });

  /** The SELECTs on placement or claim that one call sent (not the cache's version probe). */
  async function statementsOf(work: () => Promise<unknown>): Promise<Statement[]> {
    captured.length = 0;
    await work();
    return captured.filter((statement) => /^\s*SELECT/i.test(statement.sql) && /"(placement|claim)"/.test(statement.sql));
  }

  async function plan(statement: Statement): Promise<string> {
    if (store === "sqlite") {
      const rows = (await dataSource.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters)) as { detail: string }[];
      const text = rows.map((row) => row.detail).join("\n");
      expect(text).toMatch(/SEARCH|SCAN/);
      return text;
    }
    const rows = (await dataSource.query(`EXPLAIN ${statement.sql}`, statement.parameters)) as Record<string, string>[];
    const text = rows.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Scan/);
    return text;
  }

  /** Lines of a plan that read all of placement or claim. */
  const wholeTableScans = (text: string) =>
    text
      .split("\n")
      .filter((line) => (store === "sqlite" ? /\bSCAN (placement|claim)\b/.test(line) : /Seq Scan on (placement|claim)\b/.test(line)));

  async function expectIndexed(label: string, args: Partial<BoardArgs>) {
    const full: BoardArgs = { sort: BoardSort.NEWEST, first: 50, ...args } as BoardArgs;
    const first = await services.placements.board(viewer, full);
    const statements = await statementsOf(() => services.placements.board(viewer, { ...full, first: 49 }));
    if (first.pageInfo.endCursor) {
      statements.push(...(await statementsOf(() => services.placements.board(viewer, { ...full, after: first.pageInfo.endCursor! }))));
    }
    expect(statements.length, `${label}: no SQL captured`).toBeGreaterThan(0);
    for (const statement of statements) {
      const text = await plan(statement);
      expect(wholeTableScans(text), `${label}\n${statement.sql}\n${text}`).toEqual([]);
    }
    return first;
  }

  // RELEVANCE needs a text and sorts only the matches (below).
  // BEST_FIT ranks by a score computed per participant (fit.ts): no index can hold it, so it is left out here.
  const sortsWithoutText = Object.values(BoardSort).filter((sort) => sort !== BoardSort.RELEVANCE && sort !== BoardSort.BEST_FIT);

  it.each(sortsWithoutText)("sort %s reads placements through an index (first and next page)", async (sort) => {
    const page = await expectIndexed(`sort ${sort}`, { sort });
    expect(page.edges).toHaveLength(50);
  });

  it.each(sortsWithoutText)("sort %s reads the page in index order, without sorting the open placements", async (sort) => {
    const args = { sort, first: 48 } as BoardArgs;
    const statements = await statementsOf(() => services.placements.board(viewer, args));
    const pageQuery = statements.find((statement) => /ORDER BY/i.test(statement.sql))!;
    const text = await plan(pageQuery);
    const sorts = text
      .split("\n")
      .filter((line) =>
        store === "sqlite" ? /TEMP B-TREE FOR (LAST TERM OF )?ORDER BY/.test(line) : /^\s*(->\s*)?(Incremental )?Sort\b/.test(line),
      );
    expect(sorts, `${sort}\n${pageQuery.sql}\n${text}`).toEqual([]);
  });

  // SQLite only: PostgreSQL reads index-only only where VACUUM has set the visibility map, so there
  // the no-Seq-Scan checks above are the rule.
  it.skipIf(store !== "sqlite")("counts the board from an index alone, without reading placement rows (SQLite)", async () => {
    const statements = await statementsOf(() => services.placements.board(viewer, { sort: BoardSort.NEWEST, first: 47 } as BoardArgs));
    const countQuery = statements.find((statement) => /COUNT\(/i.test(statement.sql))!;
    const text = await plan(countQuery);
    if (process.env.SHOW_PLANS) console.log(text);
    const placementLines = text.split("\n").filter((line) => /\b(SCAN|SEARCH) placement\b/.test(line));
    expect(placementLines, text).not.toEqual([]);
    for (const line of placementLines) expect(line, text).toMatch(/COVERING INDEX IDX_placement_board_visible/);
  });

  const filters: [string, BoardFilter][] = [
    ["municipalityCodes", { municipalityCodes: ["1983", "1984", "1960"] }],
    ["kinds", { kinds: ["INTERNSHIP", "WORK_TRAINING"] as BoardFilter["kinds"] }],
    ["occupationFieldIds", { occupationFieldIds: ["MVqp_eS8_kDZ"] }],
    ["freeSeatsOnly", { freeSeatsOnly: true }],
    ["from and to", { from: "2026-01-01", to: "2026-06-30" }],
    ["swedishLevel", { swedishLevel: "BASIC" as BoardFilter["swedishLevel"] }],
    ["licencesHeld", { licencesHeld: ["DRIVING_B"] as BoardFilter["licencesHeld"] }],
    ["statuses OPEN and PAUSED", { statuses: [PlacementStatus.OPEN, PlacementStatus.PAUSED] }],
    ["statuses DRAFT", { statuses: [PlacementStatus.DRAFT] }],
    ["statuses CLOSED", { statuses: [PlacementStatus.CLOSED] }],
    ["ownOnly", { ownOnly: true }],
    ["text", { text: "lager" }],
    ["text with å, ä or ö in capitals", { text: "FÖRS" }],
    ["text of two letters (no trigram: reads the search table, not placement)", { text: "äl" }],
  ];

  it.each(filters)("filter %s reads placements through an index", async (label, filter) => {
    await expectIndexed(`filter ${label}`, { filter });
    await expectIndexed(`filter ${label}, sort START_DATE`, { filter, sort: BoardSort.START_DATE });
  });

  it.each(["lager", "FÖRS", "äl"])("sort RELEVANCE with text %s reads placements through an index (first and next page)", async (text) => {
    await expectIndexed(`RELEVANCE ${text}`, { sort: BoardSort.RELEVANCE, filter: { text } });
  });

  it("finds a rare text of three letters or more through the search index, not by reading the search table", async () => {
    // One placement with a word no other holds, so the planner has a selective condition to use the index for.
    await dataSource.query(
      `UPDATE "placement" SET "title" = 'Ölbryggare i Storköket' WHERE "id" = (SELECT MIN("id") FROM "placement" WHERE "status" = 'OPEN')`,
    );
    // As autovacuum would: VACUUM also merges the GIN index's pending list, whose size the planner counts against the index.
    if (store === "postgres") await dataSource.query(`VACUUM ANALYZE "placement_search"`);
    const page = await services.placements.board(viewer, { sort: BoardSort.NEWEST, first: 46, filter: { text: "ÖLBRYGG" } } as BoardArgs);
    expect(page.edges.map((edge) => edge.node.title)).toEqual(["Ölbryggare i Storköket"]);
    const statements = await statementsOf(() =>
      services.placements.board(viewer, { sort: BoardSort.NEWEST, first: 45, filter: { text: "ÖLBRYGG" } } as BoardArgs),
    );
    const searching = statements.filter((statement) => statement.sql.includes("placement_search"));
    expect(searching.length).toBeGreaterThan(0);
    for (const statement of searching) {
      const text = await plan(statement);
      // FTS5 names its plan in the index string: "M" is a MATCH through the trigram index.
      if (store === "sqlite") expect(text, text).toMatch(/SCAN s VIRTUAL TABLE INDEX \d+:M/);
      else expect(text, text).toMatch(/Bitmap Index Scan on "IDX_placement_search_document"/);
    }
  });

  it("loads the page's seat holdings through the claim index", async () => {
    const page = await services.placements.board(viewer, { sort: BoardSort.NEWEST, first: 50 } as BoardArgs);
    const loaders = createLoaders(services, viewer, null);
    const statements = await statementsOf(() => loaders.seatHoldingsByPlacementId.loadMany(page.edges.map((edge) => edge.node.id)));
    expect(statements).toHaveLength(1);
    expect(wholeTableScans(await plan(statements[0]!))).toEqual([]);
  });
});
