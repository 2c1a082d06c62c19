import type { MigrationInterface, QueryRunner } from "typeorm";

// A placement holds at most one live copy of a template (any version of it): the unique index
// IDX_placement_checklist_live_template replaces the plain one on the same columns. Two attaches
// at once could leave two live copies before; each such group keeps one and the others are
// detached now, exactly as detachPlacementChecklist does it: nothing is deleted, and validations
// made on a detached copy stay with every record (they are still read and recorded on; only new
// validations start on the kept copy). The kept copy is the one people were already validated
// against, if any, so new validations land beside the existing ones; otherwise the oldest.
const up = [
  `UPDATE "placement_checklist" SET "removedAt" = now() AT TIME ZONE 'UTC'
   WHERE "id" IN (
     SELECT "id" FROM (
       SELECT "checklist"."id", ROW_NUMBER() OVER (
         PARTITION BY "checklist"."placementId", "checklist"."templateId"
         ORDER BY EXISTS (SELECT 1 FROM "validation" WHERE "validation"."checklistId" = "checklist"."id") DESC,
                  "checklist"."createdAt", "checklist"."id"
       ) AS "rank"
       FROM "placement_checklist" "checklist"
       WHERE "checklist"."removedAt" IS NULL
     ) "ranked"
     WHERE "rank" > 1
   )`,
  `DROP INDEX "IDX_8ef5621a587a6a38c6740f9b24"`,
  `CREATE UNIQUE INDEX "IDX_placement_checklist_live_template" ON "placement_checklist" ("placementId", "templateId") WHERE "removedAt" IS NULL`,
];

// The copies detached above stay detached: which of them were duplicates is not recorded.
const down = [
  `DROP INDEX "IDX_placement_checklist_live_template"`,
  `CREATE INDEX "IDX_8ef5621a587a6a38c6740f9b24" ON "placement_checklist" ("placementId", "templateId")`,
];

export class OneChecklistPerTemplate1764873000000 implements MigrationInterface {
  name = "OneChecklistPerTemplate1764873000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
