import type { MigrationInterface, QueryRunner } from "typeorm";

// Workplaces get a contact and can be archived; supervisors record the training course; an
// organisation can require a trained supervisor before a placement opens (issue 10).
const up = [
  `ALTER TABLE "workplace" ADD COLUMN "contactName" varchar(200)`,
  `ALTER TABLE "workplace" ADD COLUMN "contactPhone" varchar(40)`,
  `ALTER TABLE "workplace" ADD COLUMN "contactEmail" varchar(254)`,
  `ALTER TABLE "workplace" ADD COLUMN "archivedAt" datetime`,
  `ALTER TABLE "supervisor" ADD COLUMN "trainingCourse" varchar(200)`,
  `ALTER TABLE "organisation" ADD COLUMN "requireTrainedSupervisor" boolean NOT NULL DEFAULT (0)`,
];

const down = [
  `ALTER TABLE "organisation" DROP COLUMN "requireTrainedSupervisor"`,
  `ALTER TABLE "supervisor" DROP COLUMN "trainingCourse"`,
  `ALTER TABLE "workplace" DROP COLUMN "archivedAt"`,
  `ALTER TABLE "workplace" DROP COLUMN "contactEmail"`,
  `ALTER TABLE "workplace" DROP COLUMN "contactPhone"`,
  `ALTER TABLE "workplace" DROP COLUMN "contactName"`,
];

export class WorkplacesAndTraining1764710000000 implements MigrationInterface {
  name = "WorkplacesAndTraining1764710000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
