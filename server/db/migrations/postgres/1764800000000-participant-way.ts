import type { MigrationInterface, QueryRunner } from "typeorm";

// Issue 11, the participant's way through the pool: a participant may be a minor; a claim keeps the
// override reason, what the person lacked and the decline category; consents with the organisations
// they cover; the renewals of a claim; the waiting list of a placement.
const up = [
  `CREATE TABLE "claim_renewal" ("id" character varying(36) NOT NULL, "claimId" character varying(36) NOT NULL, "previousEnd" date, "newEnd" date NOT NULL, "renewedById" character varying(36) NOT NULL, "renewedAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_991bf981fb1764ee8b9c08444ce" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_433489704f218eebbf02df95d4" ON "claim_renewal"("claimId")`,
  `CREATE INDEX "IDX_b349558bcff028b95ce7cfc7a6" ON "claim_renewal"("renewedById")`,
  `CREATE TABLE "consent" ("id" character varying(36) NOT NULL, "participantId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "validUntil" date NOT NULL, "revokedAt" TIMESTAMP, "documentReference" character varying(200), "guardianAgreed" boolean NOT NULL DEFAULT false, "recordedById" character varying(36) NOT NULL, "recordedAt" TIMESTAMP NOT NULL, "revokedById" character varying(36), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_a832153d3e9ec25a05f8abfafe" ON "consent"("organisationId")`,
  `CREATE INDEX "IDX_0a9761428a8bd6e504194605e4" ON "consent"("recordedById")`,
  `CREATE INDEX "IDX_0e44d57a0124a60381c891962e" ON "consent"("revokedById")`,
  `CREATE INDEX "IDX_199a4e192ab6afb74520796a0a" ON "consent"("participantId", "validUntil")`,
  `CREATE TABLE "consent_organisation" ("id" character varying(36) NOT NULL, "consentId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, CONSTRAINT "PK_9cf283e07ea2122d7e5e57bde98" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_68c9cd3b101aa31a8ff30dbe78" ON "consent_organisation"("consentId")`,
  `CREATE UNIQUE INDEX "IDX_842a6b405270f554897057c83f" ON "consent_organisation"("organisationId", "consentId")`,
  `CREATE TABLE "waiting_list_entry" ("id" character varying(36) NOT NULL, "placementId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "createdById" character varying(36) NOT NULL, "participantId" character varying(36), "seats" integer NOT NULL, "status" character varying(32) NOT NULL, "claimId" character varying(36), "createdAt" TIMESTAMP NOT NULL, "endedAt" TIMESTAMP, CONSTRAINT "waiting_list_seats_positive" CHECK ("seats" >= 1), CONSTRAINT "PK_4ab90290a0377e208fd367619b5" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_5029b31d7aaf6d76e9e80ab860" ON "waiting_list_entry"("createdById")`,
  `CREATE INDEX "IDX_cdb76f097983b9bb555d35fd07" ON "waiting_list_entry"("participantId")`,
  `CREATE INDEX "IDX_9ab694532c606665c1f0be07c3" ON "waiting_list_entry"("claimId")`,
  `CREATE INDEX "IDX_2be3dfbd519d53bbd58aa19f73" ON "waiting_list_entry"("organisationId", "status")`,
  `CREATE INDEX "IDX_bb42f9c536144f6673ccbba299" ON "waiting_list_entry"("placementId", "status", "createdAt", "id")`,
  `ALTER TABLE "participant" ADD "minor" boolean NOT NULL DEFAULT false`,
  `ALTER TABLE "claim" ADD "declineCategory" character varying(32)`,
  `ALTER TABLE "claim" ADD "overrideReason" character varying(1000)`,
  `ALTER TABLE "claim" ADD "unmetRequirements" character varying(300) NOT NULL DEFAULT ''`,
  `ALTER TABLE "claim_renewal" ADD CONSTRAINT "FK_433489704f218eebbf02df95d46" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "claim_renewal" ADD CONSTRAINT "FK_b349558bcff028b95ce7cfc7a6b" FOREIGN KEY ("renewedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "consent" ADD CONSTRAINT "FK_4fea4dee529342bde6d842efc73" FOREIGN KEY ("participantId") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "consent" ADD CONSTRAINT "FK_a832153d3e9ec25a05f8abfafe0" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "consent" ADD CONSTRAINT "FK_0a9761428a8bd6e504194605e43" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "consent" ADD CONSTRAINT "FK_0e44d57a0124a60381c891962e7" FOREIGN KEY ("revokedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "consent_organisation" ADD CONSTRAINT "FK_68c9cd3b101aa31a8ff30dbe78d" FOREIGN KEY ("consentId") REFERENCES "consent"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "consent_organisation" ADD CONSTRAINT "FK_fe43f696b018770b97406751842" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "FK_d4cb34c1918ffcb72bb78008054" FOREIGN KEY ("placementId") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "FK_d50ddf98811a2fd2854cf8fb20f" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "FK_5029b31d7aaf6d76e9e80ab8609" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "FK_cdb76f097983b9bb555d35fd07a" FOREIGN KEY ("participantId") REFERENCES "participant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "FK_9ab694532c606665c1f0be07c3c" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
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
