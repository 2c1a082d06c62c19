import type { MigrationInterface, QueryRunner } from "typeorm";

// What matching needs of a participant (occupation interests, home municipality, available from),
// archiving, and each organisation's retention policy.
const up = [
  `ALTER TABLE "participant" ADD "occupationFieldIds" character varying(300) NOT NULL DEFAULT ''`,
  `ALTER TABLE "participant" ADD "homeMunicipalityCode" character varying(4)`,
  `ALTER TABLE "participant" ADD "availableFrom" date`,
  `ALTER TABLE "participant" ADD "updatedAt" TIMESTAMP`,
  `ALTER TABLE "participant" ADD "archivedAt" TIMESTAMP`,
  `ALTER TABLE "participant" ADD CONSTRAINT "FK_caa3062b1d74b88454242820586" FOREIGN KEY ("homeMunicipalityCode") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `CREATE TABLE "participant_policy" ("organisationId" character varying(36) NOT NULL, "inactiveMonths" integer NOT NULL, "retentionErases" boolean NOT NULL, "keepClaimDetails" boolean NOT NULL, "updatedAt" TIMESTAMP, CONSTRAINT "PK_dfa95fe64e539347ca2481a4aae" PRIMARY KEY ("organisationId"))`,
  `ALTER TABLE "participant_policy" ADD CONSTRAINT "FK_dfa95fe64e539347ca2481a4aae" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

const down = [
  `DROP TABLE "participant_policy"`,
  `ALTER TABLE "participant" DROP CONSTRAINT "FK_caa3062b1d74b88454242820586"`,
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
