import type { MigrationInterface, QueryRunner } from "typeorm";

// Saved board searches (bevakningar), each user's e-mail choice per notification event, and which
// notifications have been taken on for e-mail — its key is the notification, so each is mailed once
// whichever process sends it (server/modules/notification/).
const up = [
  `CREATE TABLE "saved_search" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "name" varchar(100) NOT NULL, "filterJson" text NOT NULL, "createdAt" datetime NOT NULL, CONSTRAINT "FK_397e5fcfff614ace7edf6831d5b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_397e5fcfff614ace7edf6831d5" ON "saved_search" ("userId")`,
  `CREATE TABLE "notification_preference" ("userId" varchar(36) NOT NULL, "event" varchar(32) NOT NULL, "delivery" varchar(32) NOT NULL, CONSTRAINT "FK_c8721bd56ae600308745ad49744" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("userId", "event"))`,
  `CREATE TABLE "notification_mail" ("notificationId" varchar(36) PRIMARY KEY NOT NULL, "batch" varchar(36) NOT NULL, "claimedAt" datetime NOT NULL, "sentAt" datetime, CONSTRAINT "FK_d4544b213f81df4c2ac3caa71ea" FOREIGN KEY ("notificationId") REFERENCES "notification" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_9cae6b5cfc6cf808b4ca6abb6c" ON "notification_mail" ("batch")`,
];

const down = [`DROP TABLE "notification_mail"`, `DROP TABLE "notification_preference"`, `DROP TABLE "saved_search"`];

export class SavedSearchesAndMail1764810000000 implements MigrationInterface {
  name = "SavedSearchesAndMail1764810000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
