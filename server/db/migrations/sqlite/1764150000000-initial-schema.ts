import type { MigrationInterface, QueryRunner } from "typeorm";

// The first schema of the pool. Generated once from the entities (server/db/print-schema-sql.ts), then
// kept as written: later changes get their own migration, never an edit here.
const up = [
  `CREATE TABLE "audit_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "at" datetime NOT NULL, "userId" varchar(36), "organisationId" varchar(36), "action" varchar(64) NOT NULL, "entity" varchar(32), "entityId" varchar(36), "ip" varchar(64))`,
  `CREATE TABLE "organisation" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "municipalityCode" varchar(4))`,
  `CREATE TABLE "municipality" ("code" varchar(4) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "conceptId" varchar(20) NOT NULL, "countyCode" varchar(2) NOT NULL, "kak" boolean NOT NULL DEFAULT (0))`,
  `CREATE TABLE "occupation_field" ("id" varchar(20) PRIMARY KEY NOT NULL, "label" varchar(200) NOT NULL)`,
  `CREATE TABLE "user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(32) NOT NULL, "organisationId" varchar(36) NOT NULL, "passwordHash" varchar(200) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL, CONSTRAINT "FK_642763a1acbc9672d38429ea62a" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "session" ("id" varchar(36) PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar(36) NOT NULL, "createdAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "revokedAt" datetime, CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "participant" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "organisationId" varchar(36) NOT NULL, "swedishLevel" varchar(32) NOT NULL DEFAULT ('NONE'), "licences" varchar(200) NOT NULL DEFAULT (''), "createdAt" datetime NOT NULL, CONSTRAINT "FK_8ebfc28c2c824bbaf9fc712134b" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "workplace" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "sector" varchar(32) NOT NULL, "municipalityCode" varchar(4) NOT NULL, "address" varchar(300), "organisationNumber" varchar(11), "organisationId" varchar(36) NOT NULL, "createdAt" datetime NOT NULL, CONSTRAINT "FK_a4585c472b56e985529970b9fc0" FOREIGN KEY ("municipalityCode") REFERENCES "municipality" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_bd57a8dabf95eca6078f6571e42" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "supervisor" ("id" varchar(36) PRIMARY KEY NOT NULL, "workplaceId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254), "phone" varchar(40), "trainedOn" date, CONSTRAINT "FK_4f895eab17db09780c6bbc5b4ca" FOREIGN KEY ("workplaceId") REFERENCES "workplace" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "placement" ("id" varchar(36) PRIMARY KEY NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL DEFAULT (''), "kind" varchar(32) NOT NULL, "occupationFieldId" varchar(20), "workplaceId" varchar(36) NOT NULL, "supervisorId" varchar(36), "organisationId" varchar(36) NOT NULL, "municipalityCode" varchar(4) NOT NULL, "capacity" integer NOT NULL, "seatsTaken" integer NOT NULL DEFAULT (0), "startDate" date NOT NULL, "endDate" date, "hoursPerWeek" integer, "swedishLevel" varchar(32) NOT NULL DEFAULT ('NONE'), "licences" varchar(200) NOT NULL DEFAULT (''), "otherRequirements" varchar(1000), "visibility" varchar(32) NOT NULL DEFAULT ('ALL_PARTNERS'), "status" varchar(32) NOT NULL DEFAULT ('OPEN'), "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, CONSTRAINT "placement_capacity_positive" CHECK ("capacity" >= 1), CONSTRAINT "placement_seats_within_capacity" CHECK ("seatsTaken" >= 0 AND "seatsTaken" <= "capacity"), CONSTRAINT "FK_2e7f59247c6fa23b411de445064" FOREIGN KEY ("occupationFieldId") REFERENCES "occupation_field" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f9a0b0650b4fed477f534183f21" FOREIGN KEY ("workplaceId") REFERENCES "workplace" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_801c89e33c66075f5d05917e054" FOREIGN KEY ("supervisorId") REFERENCES "supervisor" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_742f4ebbb718b0626459b229209" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_69388626165e340599f1be4a778" FOREIGN KEY ("municipalityCode") REFERENCES "municipality" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "placement_visibility" ("id" varchar(36) PRIMARY KEY NOT NULL, "placementId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, CONSTRAINT "FK_a0a7c9ffeb6102aae97c7a877d0" FOREIGN KEY ("placementId") REFERENCES "placement" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3f0f3cd7d8d87cfa81fde12e920" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "claim" ("id" varchar(36) PRIMARY KEY NOT NULL, "placementId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "claimedById" varchar(36) NOT NULL, "participantId" varchar(36), "seats" integer NOT NULL, "status" varchar(32) NOT NULL, "requestedStart" date, "requestedEnd" date, "reason" varchar(1000), "createdAt" datetime NOT NULL, "expiresAt" datetime, "updatedAt" datetime NOT NULL, "decidedById" varchar(36), CONSTRAINT "claim_seats_positive" CHECK ("seats" >= 1), CONSTRAINT "FK_a64dc22f14acaa66ba16150a944" FOREIGN KEY ("placementId") REFERENCES "placement" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f369705ae04a936435b29d8128a" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5c5db5030d9b39b6583f6475715" FOREIGN KEY ("claimedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_40b197cf893ea102c8f975eeb73" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f15ae603e8be5a8713a6657b1fa" FOREIGN KEY ("decidedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_50f0dcfa921cdcc4e6a7f9a457" ON "audit_entry" ("organisationId", "at")`,
  `CREATE UNIQUE INDEX "IDX_b800a0efd2f9f19719d0c4d793" ON "organisation" ("slug")`,
  `CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email")`,
  `CREATE INDEX "IDX_642763a1acbc9672d38429ea62" ON "user" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session" ("tokenHash")`,
  `CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId")`,
  `CREATE INDEX "IDX_8ebfc28c2c824bbaf9fc712134" ON "participant" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_58b8c20cbdf055b4daca07c466" ON "participant" ("organisationId", "code")`,
  `CREATE INDEX "IDX_4f895eab17db09780c6bbc5b4c" ON "supervisor" ("workplaceId")`,
  `CREATE INDEX "IDX_c466398416431ab68fd86306cc" ON "workplace" ("name")`,
  `CREATE INDEX "IDX_a4585c472b56e985529970b9fc" ON "workplace" ("municipalityCode")`,
  `CREATE INDEX "IDX_bd57a8dabf95eca6078f6571e4" ON "workplace" ("organisationId")`,
  `CREATE INDEX "IDX_3044151fd5dbb20532d69e611d" ON "placement" ("kind")`,
  `CREATE INDEX "IDX_2e7f59247c6fa23b411de44506" ON "placement" ("occupationFieldId")`,
  `CREATE INDEX "IDX_f9a0b0650b4fed477f534183f2" ON "placement" ("workplaceId")`,
  `CREATE INDEX "IDX_801c89e33c66075f5d05917e05" ON "placement" ("supervisorId")`,
  `CREATE INDEX "IDX_742f4ebbb718b0626459b22920" ON "placement" ("organisationId")`,
  `CREATE INDEX "IDX_69388626165e340599f1be4a77" ON "placement" ("municipalityCode")`,
  `CREATE INDEX "IDX_8d3e9f34b3e59182d0a59e3981" ON "placement" ("status", "startDate")`,
  `CREATE INDEX "IDX_6b1e45895ab21b14946be1e64e" ON "placement" ("status", "createdAt")`,
  `CREATE INDEX "IDX_a0a7c9ffeb6102aae97c7a877d" ON "placement_visibility" ("placementId")`,
  `CREATE UNIQUE INDEX "IDX_f740ef3a66fa3749d86a5f3d56" ON "placement_visibility" ("organisationId", "placementId")`,
  `CREATE INDEX "IDX_5c5db5030d9b39b6583f647571" ON "claim" ("claimedById")`,
  `CREATE INDEX "IDX_40b197cf893ea102c8f975eeb7" ON "claim" ("participantId")`,
  `CREATE INDEX "IDX_f15ae603e8be5a8713a6657b1f" ON "claim" ("decidedById")`,
  `CREATE INDEX "IDX_3bc7b9b8da4405b6c7b4c880ed" ON "claim" ("organisationId", "status")`,
  `CREATE INDEX "IDX_29427cd09530fadf044780785d" ON "claim" ("placementId", "status")`,
  `CREATE INDEX "IDX_77da3eb5e3309ca353b3bc120d" ON "claim" ("status", "expiresAt")`,
];

const down = [
  `DROP TABLE "claim"`,
  `DROP TABLE "placement_visibility"`,
  `DROP TABLE "placement"`,
  `DROP TABLE "supervisor"`,
  `DROP TABLE "workplace"`,
  `DROP TABLE "participant"`,
  `DROP TABLE "session"`,
  `DROP TABLE "user"`,
  `DROP TABLE "occupation_field"`,
  `DROP TABLE "municipality"`,
  `DROP TABLE "organisation"`,
  `DROP TABLE "audit_entry"`,
];

export class InitialSchema1764150000000 implements MigrationInterface {
  name = "InitialSchema1764150000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
