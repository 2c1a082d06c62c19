import type { MigrationInterface, QueryRunner } from "typeorm";

// Who posted a placement, so its page names a contact person at the offering organisation
// (Placement.contact). Placements posted before this are given the user the audit log names for
// their postPlacement or import entry; those it cannot name stay null (the page then falls back
// to a coordinator of the organisation). No foreign key: a plain reference, like the audit log's.
const up = [
  `ALTER TABLE "placement" ADD "postedById" varchar(36)`,
  `UPDATE "placement" SET "postedById" = (
     SELECT "a"."userId" FROM "audit_entry" "a"
     WHERE "a"."entity" = 'Placement' AND "a"."entityId" = "placement"."id" AND "a"."action" IN ('postPlacement', 'importPlacement') AND "a"."userId" IS NOT NULL
     ORDER BY "a"."at" LIMIT 1)`,
];

const down = [`ALTER TABLE "placement" DROP COLUMN "postedById"`];

export class PlacementPostedBy1764840000001 implements MigrationInterface {
  name = "PlacementPostedBy1764840000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
