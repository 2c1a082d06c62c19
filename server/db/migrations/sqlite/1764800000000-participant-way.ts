import type { MigrationInterface, QueryRunner } from "typeorm";

// Issue 11, the participant's way through the pool: a participant may be a minor; a claim keeps the
// override reason, what the person lacked and the decline category; consents with the organisations
// they cover; the renewals of a claim; the waiting list of a placement. Added columns
// and new tables only, so no referenced table is rebuilt.
const up = [
  `ALTER TABLE "participant" ADD COLUMN "minor" boolean NOT NULL DEFAULT (0)`,
  `ALTER TABLE "claim" ADD COLUMN "declineCategory" varchar(32)`,
  `ALTER TABLE "claim" ADD COLUMN "overrideReason" varchar(1000)`,
  `ALTER TABLE "claim" ADD COLUMN "unmetRequirements" varchar(300) NOT NULL DEFAULT ('')`,
  `CREATE TABLE "claim_renewal" ("id" varchar(36) PRIMARY KEY NOT NULL, "claimId" varchar(36) NOT NULL, "previousEnd" date, "newEnd" date NOT NULL, "renewedById" varchar(36) NOT NULL, "renewedAt" datetime NOT NULL, CONSTRAINT "FK_433489704f218eebbf02df95d46" FOREIGN KEY ("claimId") REFERENCES "claim" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_b349558bcff028b95ce7cfc7a6b" FOREIGN KEY ("renewedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "consent" ("id" varchar(36) PRIMARY KEY NOT NULL, "participantId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "validUntil" date NOT NULL, "revokedAt" datetime, "documentReference" varchar(200), "guardianAgreed" boolean NOT NULL DEFAULT (0), "recordedById" varchar(36) NOT NULL, "recordedAt" datetime NOT NULL, "revokedById" varchar(36), CONSTRAINT "FK_4fea4dee529342bde6d842efc73" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_a832153d3e9ec25a05f8abfafe0" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0a9761428a8bd6e504194605e43" FOREIGN KEY ("recordedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0e44d57a0124a60381c891962e7" FOREIGN KEY ("revokedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "consent_organisation" ("id" varchar(36) PRIMARY KEY NOT NULL, "consentId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, CONSTRAINT "FK_68c9cd3b101aa31a8ff30dbe78d" FOREIGN KEY ("consentId") REFERENCES "consent" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_fe43f696b018770b97406751842" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "waiting_list_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "placementId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "createdById" varchar(36) NOT NULL, "participantId" varchar(36), "seats" integer NOT NULL, "status" varchar(32) NOT NULL, "claimId" varchar(36), "createdAt" datetime NOT NULL, "endedAt" datetime, CONSTRAINT "waiting_list_seats_positive" CHECK ("seats" >= 1), CONSTRAINT "FK_d4cb34c1918ffcb72bb78008054" FOREIGN KEY ("placementId") REFERENCES "placement" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d50ddf98811a2fd2854cf8fb20f" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5029b31d7aaf6d76e9e80ab8609" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_cdb76f097983b9bb555d35fd07a" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9ab694532c606665c1f0be07c3c" FOREIGN KEY ("claimId") REFERENCES "claim" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_433489704f218eebbf02df95d4" ON "claim_renewal" ("claimId")`,
  `CREATE INDEX "IDX_b349558bcff028b95ce7cfc7a6" ON "claim_renewal" ("renewedById")`,
  `CREATE INDEX "IDX_a832153d3e9ec25a05f8abfafe" ON "consent" ("organisationId")`,
  `CREATE INDEX "IDX_0a9761428a8bd6e504194605e4" ON "consent" ("recordedById")`,
  `CREATE INDEX "IDX_0e44d57a0124a60381c891962e" ON "consent" ("revokedById")`,
  `CREATE INDEX "IDX_199a4e192ab6afb74520796a0a" ON "consent" ("participantId", "validUntil")`,
  `CREATE INDEX "IDX_68c9cd3b101aa31a8ff30dbe78" ON "consent_organisation" ("consentId")`,
  `CREATE UNIQUE INDEX "IDX_842a6b405270f554897057c83f" ON "consent_organisation" ("organisationId", "consentId")`,
  `CREATE INDEX "IDX_5029b31d7aaf6d76e9e80ab860" ON "waiting_list_entry" ("createdById")`,
  `CREATE INDEX "IDX_cdb76f097983b9bb555d35fd07" ON "waiting_list_entry" ("participantId")`,
  `CREATE INDEX "IDX_9ab694532c606665c1f0be07c3" ON "waiting_list_entry" ("claimId")`,
  `CREATE INDEX "IDX_2be3dfbd519d53bbd58aa19f73" ON "waiting_list_entry" ("organisationId", "status")`,
  `CREATE INDEX "IDX_bb42f9c536144f6673ccbba299" ON "waiting_list_entry" ("placementId", "status", "createdAt", "id")`,
];

const down = [
  `DROP TABLE "waiting_list_entry"`,
  `DROP TABLE "consent_organisation"`,
  `DROP TABLE "consent"`,
  `DROP TABLE "claim_renewal"`,
  `ALTER TABLE "claim" DROP COLUMN "unmetRequirements"`,
  `ALTER TABLE "claim" DROP COLUMN "overrideReason"`,
  `ALTER TABLE "claim" DROP COLUMN "declineCategory"`,
  `ALTER TABLE "participant" DROP COLUMN "minor"`,
];

export class ParticipantWay1764800000000 implements MigrationInterface {
  name = "ParticipantWay1764800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
