import type { MigrationInterface, QueryRunner } from "typeorm";

// Text search on the board (README, "Search"): each placement's title, workplace name and
// description in one row of "placement_search", with a pg_trgm GIN index on the whole document, so
// ILIKE '%kök%' (which folds case by the database's locale, å, ä and ö included) reads the index
// instead of every placement. pg_trgm is a contrib extension that a database owner may create
// (trusted since PostgreSQL 13).
//
// Triggers keep it in step, inside the statement that changes a placement or renames a workplace,
// so the index is written in the same transaction as every write, whichever code path makes it.
// Claims update "seatsTaken" only, which the triggers do not watch.
const up = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
  `CREATE TABLE "placement_search" (
     "placementId" character varying(36) NOT NULL,
     "title" text NOT NULL,
     "workplace" text NOT NULL,
     "document" text NOT NULL,
     CONSTRAINT "PK_placement_search" PRIMARY KEY ("placementId"),
     CONSTRAINT "FK_placement_search_placement" FOREIGN KEY ("placementId") REFERENCES "placement"("id") ON DELETE CASCADE)`,
  `CREATE INDEX "IDX_placement_search_document" ON "placement_search" USING gin ("document" gin_trgm_ops)`,
  `INSERT INTO "placement_search" ("placementId", "title", "workplace", "document")
     SELECT "p"."id", "p"."title", "w"."name", "p"."title" || E'\\n' || "w"."name" || E'\\n' || "p"."description"
     FROM "placement" "p" JOIN "workplace" "w" ON "w"."id" = "p"."workplaceId"`,
  `CREATE FUNCTION "placement_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO "placement_search" ("placementId", "title", "workplace", "document")
       SELECT NEW."id", NEW."title", "w"."name", NEW."title" || E'\\n' || "w"."name" || E'\\n' || NEW."description"
       FROM "workplace" "w" WHERE "w"."id" = NEW."workplaceId"
     ON CONFLICT ("placementId") DO UPDATE
       SET "title" = EXCLUDED."title", "workplace" = EXCLUDED."workplace", "document" = EXCLUDED."document";
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER "placement_search_insert" AFTER INSERT ON "placement"
     FOR EACH ROW EXECUTE FUNCTION "placement_search_refresh"()`,
  `CREATE TRIGGER "placement_search_update" AFTER UPDATE OF "title", "description", "workplaceId" ON "placement"
     FOR EACH ROW EXECUTE FUNCTION "placement_search_refresh"()`,
  `CREATE FUNCTION "placement_search_workplace_rename"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE "placement_search" "s"
       SET "workplace" = NEW."name", "document" = "p"."title" || E'\\n' || NEW."name" || E'\\n' || "p"."description"
       FROM "placement" "p"
       WHERE "p"."workplaceId" = NEW."id" AND "s"."placementId" = "p"."id";
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER "placement_search_workplace_rename" AFTER UPDATE OF "name" ON "workplace"
     FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "placement_search_workplace_rename"()`,
];

// The extension stays: other objects may have come to use it.
const down = [
  `DROP TRIGGER "placement_search_workplace_rename" ON "workplace"`,
  `DROP FUNCTION "placement_search_workplace_rename"()`,
  `DROP TRIGGER "placement_search_update" ON "placement"`,
  `DROP TRIGGER "placement_search_insert" ON "placement"`,
  `DROP FUNCTION "placement_search_refresh"()`,
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
