import type { MigrationInterface, QueryRunner } from "typeorm";

// What placements lead to (issue 13): recorded follow-ups, outcomes at the end and after 90 days,
// absences per day for the report to Arbetsförmedlingen, each user's calendar feed (only the
// link's keyed hash), and the filters of each audited export. New tables only: nothing referenced is rebuilt.
const up = [
  `CREATE TABLE "absence" ("id" character varying(36) NOT NULL, "claimId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "date" date NOT NULL, "minutes" integer NOT NULL, "reason" character varying(32) NOT NULL, "note" character varying(500) NOT NULL DEFAULT '', "recordedById" character varying(36) NOT NULL, "recordedAt" TIMESTAMP NOT NULL, CONSTRAINT "absence_minutes_in_day" CHECK ("minutes" >= 1 AND "minutes" <= 1440), CONSTRAINT "PK_30089b15c0f880f026581218c16" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_3227bd1e0ffca46b3d119bbfc3" ON "absence" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_d5e71e3f1640f38ccb52d2f0be" ON "absence" ("claimId", "date")`,
  `CREATE TABLE "calendar_feed" ("id" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "tokenHash" character varying(64) NOT NULL, "createdAt" TIMESTAMP NOT NULL, "revokedAt" TIMESTAMP, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_f6779773c62bb47bf4001a6906" ON "calendar_feed" ("userId")`,
  `CREATE UNIQUE INDEX "IDX_21e336ad0937676891819f9b65" ON "calendar_feed" ("tokenHash")`,
  `CREATE TABLE "follow_up" ("id" character varying(36) NOT NULL, "claimId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "stage" character varying(32) NOT NULL, "dueOn" date NOT NULL, "heldOn" date NOT NULL, "attendance" character varying(32) NOT NULL, "tasks" character varying(2000) NOT NULL DEFAULT '', "concerns" character varying(2000) NOT NULL DEFAULT '', "nextStep" character varying(2000) NOT NULL DEFAULT '', "notes" character varying(4000) NOT NULL DEFAULT '', "recordedById" character varying(36) NOT NULL, "recordedAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_eeef695dc7db37048484216f22" ON "follow_up" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_9b82a1b4e1489cedceb591608b" ON "follow_up" ("claimId", "stage")`,
  `CREATE TABLE "outcome" ("id" character varying(36) NOT NULL, "claimId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "stage" character varying(32) NOT NULL, "category" character varying(32) NOT NULL, "detail" character varying(32), "subsidised" boolean, "earlyEndReason" character varying(32), "recordedById" character varying(36) NOT NULL, "recordedAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_d721e56b4240f79aaa14cb54775" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_530b779147381495c0b08e9157" ON "outcome" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_5cd73b389f1fe56f58440e3356" ON "outcome" ("claimId", "stage")`,
  `CREATE TABLE "export_record" ("id" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "kind" character varying(32) NOT NULL, "filters" character varying(2000) NOT NULL, "at" TIMESTAMP NOT NULL, CONSTRAINT "PK_64cb9e435d4d136b4a64325de66" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_9a9db7264693e7d9e788f71c05" ON "export_record" ("organisationId")`,
  `ALTER TABLE "absence" ADD CONSTRAINT "FK_a9c0b13f552a1e5a276a32abfeb" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "absence" ADD CONSTRAINT "FK_3227bd1e0ffca46b3d119bbfc3c" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "absence" ADD CONSTRAINT "FK_8dfed525d69135efea5603332b7" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_f6779773c62bb47bf4001a69060" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_659fc2be697127b5db01407ca47" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_eeef695dc7db37048484216f227" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_bb663df02496b9c34865e582d63" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "outcome" ADD CONSTRAINT "FK_1680397ea2dc62e2d199235e969" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "outcome" ADD CONSTRAINT "FK_530b779147381495c0b08e9157d" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "outcome" ADD CONSTRAINT "FK_9c164d3e1d9ca24f38f1ce61146" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "export_record" ADD CONSTRAINT "FK_9a9db7264693e7d9e788f71c057" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "export_record" ADD CONSTRAINT "FK_0c00b8e549cd881ca3d466f7fca" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
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
