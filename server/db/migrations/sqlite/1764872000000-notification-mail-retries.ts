import type { MigrationInterface, QueryRunner } from "typeorm";

// Retries of notification e-mail (NotificationMailRetry): how many times each mail was taken, whether it
// belongs to a digest, and when it was given up. A mail left unsent before this release is given up
// at once rather than retried: it may be weeks old, and a stale notice would only confuse.
const up = [
  `ALTER TABLE "notification_mail" ADD COLUMN "attempts" integer NOT NULL DEFAULT (1)`,
  `ALTER TABLE "notification_mail" ADD COLUMN "digest" boolean NOT NULL DEFAULT (0)`,
  `ALTER TABLE "notification_mail" ADD COLUMN "gaveUpAt" datetime`,
  `UPDATE "notification_mail" SET "gaveUpAt" = "claimedAt" WHERE "sentAt" IS NULL`,
  // What the retry looks for: unsent mails not given up, oldest claim first.
  `CREATE INDEX "IDX_notification_mail_unsent" ON "notification_mail" ("claimedAt") WHERE "sentAt" IS NULL AND "gaveUpAt" IS NULL`,
];

const down = [
  `DROP INDEX "IDX_notification_mail_unsent"`,
  `ALTER TABLE "notification_mail" DROP COLUMN "gaveUpAt"`,
  `ALTER TABLE "notification_mail" DROP COLUMN "digest"`,
  `ALTER TABLE "notification_mail" DROP COLUMN "attempts"`,
];

export class NotificationMailRetries1764872000000 implements MigrationInterface {
  name = "NotificationMailRetries1764872000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
