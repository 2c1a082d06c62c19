import type { MigrationInterface, QueryRunner } from "typeorm";

// What matching needs of a participant (occupation interests, home municipality, available from),
// archiving, and each organisation's retention policy. Added columns only, so the participant table
// (referenced by claims) is never rebuilt; SQLite allows a REFERENCES clause on an added column.
const up = [
  `ALTER TABLE "participant" ADD COLUMN "occupationFieldIds" varchar(300) NOT NULL DEFAULT ('')`,
  `ALTER TABLE "participant" ADD COLUMN "homeMunicipalityCode" varchar(4) CONSTRAINT "FK_caa3062b1d74b88454242820586" REFERENCES "municipality" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "participant" ADD COLUMN "availableFrom" date`,
  `ALTER TABLE "participant" ADD COLUMN "updatedAt" datetime`,
  `ALTER TABLE "participant" ADD COLUMN "archivedAt" datetime`,
  `CREATE TABLE "participant_policy" ("organisationId" varchar(36) PRIMARY KEY NOT NULL, "inactiveMonths" integer NOT NULL, "retentionErases" boolean NOT NULL, "keepClaimDetails" boolean NOT NULL, "updatedAt" datetime, CONSTRAINT "FK_dfa95fe64e539347ca2481a4aae" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
];

const down = [
  `DROP TABLE "participant_policy"`,
  `ALTER TABLE "participant" DROP COLUMN "archivedAt"`,
  `ALTER TABLE "participant" DROP COLUMN "updatedAt"`,
  `ALTER TABLE "participant" DROP COLUMN "availableFrom"`,
  `ALTER TABLE "participant" DROP COLUMN "homeMunicipalityCode"`,
  `ALTER TABLE "participant" DROP COLUMN "occupationFieldIds"`,
];

export class ParticipantMatchingAndRetention1764720000000 implements MigrationInterface {
  name = "ParticipantMatchingAndRetention1764720000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
