import type { MigrationInterface, QueryRunner } from "typeorm";

// Recommendations and warnings between coordinators about placements (issue 14). A new table only.
const up = [
  `CREATE TABLE "placement_feedback" ("id" character varying(36) NOT NULL, "placementId" character varying(36) NOT NULL, "organisationId" character varying(36) NOT NULL, "authorId" character varying(36) NOT NULL, "kind" character varying(32) NOT NULL, "text" character varying(2000) NOT NULL, "tagCodes" character varying(100) NOT NULL DEFAULT '', "basedOnClaim" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP NOT NULL, "answer" character varying(2000), "answeredAt" TIMESTAMP, "answeredById" character varying(36), "resolvedAt" TIMESTAMP, "resolvedById" character varying(36), "withdrawnAt" TIMESTAMP, CONSTRAINT "PK_9c5f29c295219a1dedda20b044f" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_3a7d1caa9e5fbcfa8925fda2b2" ON "placement_feedback" ("organisationId")`,
  `CREATE INDEX "IDX_7bd1c588bb99447bcb7ae8b9ca" ON "placement_feedback" ("authorId")`,
  `CREATE INDEX "IDX_4079d13f1c4ef4e9ca16c51ad6" ON "placement_feedback" ("placementId", "createdAt")`,
  `ALTER TABLE "placement_feedback" ADD CONSTRAINT "FK_42e2e416618bcff08218ab4f11c" FOREIGN KEY ("placementId") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_feedback" ADD CONSTRAINT "FK_3a7d1caa9e5fbcfa8925fda2b2e" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_feedback" ADD CONSTRAINT "FK_7bd1c588bb99447bcb7ae8b9ca9" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_feedback" ADD CONSTRAINT "FK_ea1357d716f1a9fc81b69b8e426" FOREIGN KEY ("answeredById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_feedback" ADD CONSTRAINT "FK_f23d0b7eed549bf3e1bbd317d0f" FOREIGN KEY ("resolvedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

const down = [`DROP TABLE "placement_feedback"`];

export class PlacementFeedback1764830000000 implements MigrationInterface {
  name = "PlacementFeedback1764830000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
