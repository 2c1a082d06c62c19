import type { MigrationInterface, QueryRunner } from "typeorm";

// Saved board searches (bevakningar), each user's e-mail choice per notification event, and which
// notifications have been taken on for e-mail — its key is the notification, so each is mailed once
// whichever process sends it (server/modules/notification/).
const up = [
  `CREATE TABLE "saved_search" ("id" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "name" character varying(100) NOT NULL, "filterJson" text NOT NULL, "createdAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_563b338d8b4878fa46697c8f3f2" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_397e5fcfff614ace7edf6831d5" ON "saved_search" ("userId")`,
  `CREATE TABLE "notification_preference" ("userId" character varying(36) NOT NULL, "event" character varying(32) NOT NULL, "delivery" character varying(32) NOT NULL, CONSTRAINT "PK_7694646846b795f8715446f0ca4" PRIMARY KEY ("userId", "event"))`,
  `CREATE TABLE "notification_mail" ("notificationId" character varying(36) NOT NULL, "batch" character varying(36) NOT NULL, "claimedAt" TIMESTAMP NOT NULL, "sentAt" TIMESTAMP, CONSTRAINT "PK_d4544b213f81df4c2ac3caa71ea" PRIMARY KEY ("notificationId"))`,
  `CREATE INDEX "IDX_9cae6b5cfc6cf808b4ca6abb6c" ON "notification_mail" ("batch")`,
  `ALTER TABLE "notification_mail" ADD CONSTRAINT "FK_d4544b213f81df4c2ac3caa71ea" FOREIGN KEY ("notificationId") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_c8721bd56ae600308745ad49744" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "saved_search" ADD CONSTRAINT "FK_397e5fcfff614ace7edf6831d5b" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
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
