import type { MigrationInterface, QueryRunner } from "typeorm";

// One row per notification per recipient user (server/modules/notification/notification.entity.ts).
// (userId, dedupeKey) is unique so a reminder is recorded once per due item, whichever process runs it;
// NULL keys never collide.
const up = [
  `CREATE TABLE "notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "event" varchar(32) NOT NULL, "placementId" varchar(36), "claimId" varchar(36), "counterpartOrganisationId" varchar(36), "seats" integer, "dueAt" datetime, "dedupeKey" varchar(200), "createdAt" datetime NOT NULL, "readAt" datetime, CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_a6ca887facb74307596b676efa6" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_97126a31324808bf06f1026d13" ON "notification" ("placementId")`,
  `CREATE UNIQUE INDEX "IDX_f260e755ecee379407534d15ae" ON "notification" ("userId", "dedupeKey")`,
  `CREATE INDEX "IDX_039c7fcba309434f48b3ffaa58" ON "notification" ("userId", "createdAt")`,
];

const down = [`DROP TABLE "notification"`];

export class Notifications1764790000000 implements MigrationInterface {
  name = "Notifications1764790000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
