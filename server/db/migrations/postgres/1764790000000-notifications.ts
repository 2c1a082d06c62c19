import type { MigrationInterface, QueryRunner } from "typeorm";

// One row per notification per recipient user (server/modules/notification/notification.entity.ts).
// (userId, dedupeKey) is unique so a reminder is recorded once per due item, whichever process runs it;
// NULL keys never collide.
const up = [
  `CREATE TABLE "notification" ("id" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "event" character varying(32) NOT NULL, "placementId" character varying(36), "claimId" character varying(36), "counterpartOrganisationId" character varying(36), "seats" integer, "dueAt" TIMESTAMP, "dedupeKey" character varying(200), "createdAt" TIMESTAMP NOT NULL, "readAt" TIMESTAMP, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_97126a31324808bf06f1026d13" ON "notification" ("placementId")`,
  `CREATE UNIQUE INDEX "IDX_f260e755ecee379407534d15ae" ON "notification" ("userId", "dedupeKey")`,
  `CREATE INDEX "IDX_039c7fcba309434f48b3ffaa58" ON "notification" ("userId", "createdAt")`,
  `ALTER TABLE "notification" ADD CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "notification" ADD CONSTRAINT "FK_a6ca887facb74307596b676efa6" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
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
