import type { MigrationInterface, QueryRunner } from "typeorm";

// What placements lead to (issue 13): recorded follow-ups, outcomes at the end and after 90 days,
// absences per day for the report to Arbetsförmedlingen, each user's calendar feed (only the
// link's keyed hash), and the filters of each audited export. New tables only: nothing referenced is rebuilt.
const up = [
  `CREATE TABLE "absence" ("id" varchar(36) PRIMARY KEY NOT NULL, "claimId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "date" date NOT NULL, "minutes" integer NOT NULL, "reason" varchar(32) NOT NULL, "note" varchar(500) NOT NULL DEFAULT (''), "recordedById" varchar(36) NOT NULL, "recordedAt" datetime NOT NULL, CONSTRAINT "absence_minutes_in_day" CHECK ("minutes" >= 1 AND "minutes" <= 1440), CONSTRAINT "FK_a9c0b13f552a1e5a276a32abfeb" FOREIGN KEY ("claimId") REFERENCES "claim" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3227bd1e0ffca46b3d119bbfc3c" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8dfed525d69135efea5603332b7" FOREIGN KEY ("recordedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION);`,
  `CREATE TABLE "calendar_feed" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "revokedAt" datetime, CONSTRAINT "FK_f6779773c62bb47bf4001a69060" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION);`,
  `CREATE TABLE "follow_up" ("id" varchar(36) PRIMARY KEY NOT NULL, "claimId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "stage" varchar(32) NOT NULL, "dueOn" date NOT NULL, "heldOn" date NOT NULL, "attendance" varchar(32) NOT NULL, "tasks" varchar(2000) NOT NULL DEFAULT (''), "concerns" varchar(2000) NOT NULL DEFAULT (''), "nextStep" varchar(2000) NOT NULL DEFAULT (''), "notes" varchar(4000) NOT NULL DEFAULT (''), "recordedById" varchar(36) NOT NULL, "recordedAt" datetime NOT NULL, CONSTRAINT "FK_659fc2be697127b5db01407ca47" FOREIGN KEY ("claimId") REFERENCES "claim" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_eeef695dc7db37048484216f227" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_bb663df02496b9c34865e582d63" FOREIGN KEY ("recordedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION);`,
  `CREATE TABLE "outcome" ("id" varchar(36) PRIMARY KEY NOT NULL, "claimId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "stage" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "detail" varchar(32), "subsidised" boolean, "earlyEndReason" varchar(32), "recordedById" varchar(36) NOT NULL, "recordedAt" datetime NOT NULL, CONSTRAINT "FK_1680397ea2dc62e2d199235e969" FOREIGN KEY ("claimId") REFERENCES "claim" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_530b779147381495c0b08e9157d" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9c164d3e1d9ca24f38f1ce61146" FOREIGN KEY ("recordedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION);`,
  `CREATE TABLE "export_record" ("id" varchar(36) PRIMARY KEY NOT NULL, "organisationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "filters" varchar(2000) NOT NULL, "at" datetime NOT NULL, CONSTRAINT "FK_9a9db7264693e7d9e788f71c057" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0c00b8e549cd881ca3d466f7fca" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION);`,
  `CREATE INDEX "IDX_3227bd1e0ffca46b3d119bbfc3" ON "absence" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_d5e71e3f1640f38ccb52d2f0be" ON "absence" ("claimId", "date")`,
  `CREATE INDEX "IDX_f6779773c62bb47bf4001a6906" ON "calendar_feed" ("userId")`,
  `CREATE UNIQUE INDEX "IDX_21e336ad0937676891819f9b65" ON "calendar_feed" ("tokenHash")`,
  `CREATE INDEX "IDX_eeef695dc7db37048484216f22" ON "follow_up" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_9b82a1b4e1489cedceb591608b" ON "follow_up" ("claimId", "stage")`,
  `CREATE INDEX "IDX_530b779147381495c0b08e9157" ON "outcome" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_5cd73b389f1fe56f58440e3356" ON "outcome" ("claimId", "stage")`,
  `CREATE INDEX "IDX_9a9db7264693e7d9e788f71c05" ON "export_record" ("organisationId")`,
];

const down = [
  `DROP TABLE "export_record"`,
  `DROP TABLE "absence"`,
  `DROP TABLE "calendar_feed"`,
  `DROP TABLE "follow_up"`,
  `DROP TABLE "outcome"`,
];

export class FollowUpsOutcomesAbsences1764820000000 implements MigrationInterface {
  name = "FollowUpsOutcomesAbsences1764820000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
