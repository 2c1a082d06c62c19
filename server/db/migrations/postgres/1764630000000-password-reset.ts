import type { MigrationInterface, QueryRunner } from "typeorm";

// One-time set-password tokens made by an admin's resetUserPassword (only their keyed hash).
// Generated from the entity with server/db/print-schema-sql.ts.
const up = [
  `CREATE TABLE "password_reset" ("id" character varying(36) NOT NULL, "tokenHash" character varying(64) NOT NULL, "userId" character varying(36) NOT NULL, "createdBy" character varying(36) NOT NULL, "createdAt" TIMESTAMP NOT NULL, "expiresAt" TIMESTAMP NOT NULL, "usedAt" TIMESTAMP, "revokedAt" TIMESTAMP, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "IDX_dc6908de54eb09f588adfdb285" ON "password_reset" ("tokenHash")`,
  `CREATE INDEX "IDX_05baebe80e9f8fab8207eda250" ON "password_reset" ("userId")`,
  `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_05baebe80e9f8fab8207eda250c" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_a35dd30acb7a358ad6d65355222" FOREIGN KEY ("createdBy") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

const down = [`DROP TABLE "password_reset"`];

export class PasswordReset1764630000000 implements MigrationInterface {
  name = "PasswordReset1764630000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
