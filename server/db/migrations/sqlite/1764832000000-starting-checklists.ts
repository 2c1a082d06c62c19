import type { MigrationInterface, QueryRunner } from "typeorm";
import { insertStartingChecklists } from "../data/1764832000000-starting-checklists.js";

// The checklist templates every store starts with, demo data or not (see the data file for why a migration).
export class StartingChecklists1764832000000 implements MigrationInterface {
  name = "StartingChecklists1764832000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await insertStartingChecklists(queryRunner, "sqlite");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Only the shipped templates, and only while nothing refers to them (the foreign keys refuse otherwise).
    await queryRunner.query(
      `DELETE FROM "checklist_template_item" WHERE "versionId" IN (SELECT "id" FROM "checklist_template_version" WHERE "createdById" IS NULL)`,
    );
    await queryRunner.query(`UPDATE "checklist_template" SET "currentVersionId" = NULL WHERE "createdByOrganisationId" IS NULL`);
    await queryRunner.query(`DELETE FROM "checklist_template_version" WHERE "createdById" IS NULL`);
    await queryRunner.query(`DELETE FROM "checklist_template" WHERE "createdByOrganisationId" IS NULL`);
  }
}
