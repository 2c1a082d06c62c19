import type { MigrationInterface, QueryRunner } from "typeorm";

// Text search on the board (README, "Search"): an FTS5 table with the trigram tokenizer holds each
// placement's title, workplace name and description. `case_sensitive 0` folds case for every
// letter, å, ä and ö included (SQLite's own LOWER() and LIKE fold only A–Z), and trigrams find
// any substring of three letters or more, so "kök" finds "Storköket". `remove_diacritics 0` keeps
// a, å and ä apart ("ar" must not find "är").
//
// Triggers keep it in step: they run inside the statement that changes a placement or renames a
// workplace, so the index is written in the same transaction as every write, whichever code path
// (service, import, seed, bench loader, a future script) makes it. Claims update "seatsTaken"
// only, which the triggers do not watch, so the seat path pays nothing.
//
// The placement id is an UNINDEXED column, not the FTS rowid: placement's own rowid may change on
// VACUUM (it has no INTEGER PRIMARY KEY).
const up = [
  `CREATE VIRTUAL TABLE "placement_search" USING fts5("placementId" UNINDEXED, "title", "workplace", "description", tokenize = 'trigram case_sensitive 0 remove_diacritics 0')`,
  `INSERT INTO "placement_search" ("placementId", "title", "workplace", "description")
     SELECT "p"."id", "p"."title", "w"."name", "p"."description" FROM "placement" "p" JOIN "workplace" "w" ON "w"."id" = "p"."workplaceId"`,
  `CREATE TRIGGER "placement_search_insert" AFTER INSERT ON "placement" BEGIN
     INSERT INTO "placement_search" ("placementId", "title", "workplace", "description")
       SELECT NEW."id", NEW."title", "w"."name", NEW."description" FROM "workplace" "w" WHERE "w"."id" = NEW."workplaceId";
   END`,
  `CREATE TRIGGER "placement_search_update" AFTER UPDATE OF "title", "description", "workplaceId" ON "placement" BEGIN
     DELETE FROM "placement_search" WHERE "placementId" = OLD."id";
     INSERT INTO "placement_search" ("placementId", "title", "workplace", "description")
       SELECT NEW."id", NEW."title", "w"."name", NEW."description" FROM "workplace" "w" WHERE "w"."id" = NEW."workplaceId";
   END`,
  `CREATE TRIGGER "placement_search_delete" AFTER DELETE ON "placement" BEGIN
     DELETE FROM "placement_search" WHERE "placementId" = OLD."id";
   END`,
  `CREATE TRIGGER "placement_search_workplace_rename" AFTER UPDATE OF "name" ON "workplace" BEGIN
     UPDATE "placement_search" SET "workplace" = NEW."name"
       WHERE "placementId" IN (SELECT "id" FROM "placement" WHERE "workplaceId" = NEW."id");
   END`,
];

const down = [
  `DROP TRIGGER "placement_search_workplace_rename"`,
  `DROP TRIGGER "placement_search_delete"`,
  `DROP TRIGGER "placement_search_update"`,
  `DROP TRIGGER "placement_search_insert"`,
  `DROP TABLE "placement_search"`,
];

export class PlacementSearch1764840000000 implements MigrationInterface {
  name = "PlacementSearch1764840000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
