import type { MigrationInterface, QueryRunner } from "typeorm";

// Recommendations and warnings between coordinators about placements (issue 14). A new table only.
const up = [
  `CREATE TABLE "placement_feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "placementId" varchar(36) NOT NULL, "organisationId" varchar(36) NOT NULL, "authorId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "text" varchar(2000) NOT NULL, "tagCodes" varchar(100) NOT NULL DEFAULT (''), "basedOnClaim" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL, "answer" varchar(2000), "answeredAt" datetime, "answeredById" varchar(36), "resolvedAt" datetime, "resolvedById" varchar(36), "withdrawnAt" datetime, CONSTRAINT "FK_42e2e416618bcff08218ab4f11c" FOREIGN KEY ("placementId") REFERENCES "placement" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3a7d1caa9e5fbcfa8925fda2b2e" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7bd1c588bb99447bcb7ae8b9ca9" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ea1357d716f1a9fc81b69b8e426" FOREIGN KEY ("answeredById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f23d0b7eed549bf3e1bbd317d0f" FOREIGN KEY ("resolvedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_3a7d1caa9e5fbcfa8925fda2b2" ON "placement_feedback" ("organisationId")`,
  `CREATE INDEX "IDX_7bd1c588bb99447bcb7ae8b9ca" ON "placement_feedback" ("authorId")`,
  `CREATE INDEX "IDX_4079d13f1c4ef4e9ca16c51ad6" ON "placement_feedback" ("placementId", "createdAt")`,
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
