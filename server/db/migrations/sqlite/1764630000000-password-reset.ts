import type { MigrationInterface, QueryRunner } from "typeorm";

// One-time set-password tokens made by an admin's resetUserPassword (only their keyed hash).
// Generated from the entity with server/db/print-schema-sql.ts.
const up = [
  `CREATE TABLE "password_reset" ("id" varchar(36) PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar(36) NOT NULL, "createdBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "usedAt" datetime, "revokedAt" datetime, CONSTRAINT "FK_05baebe80e9f8fab8207eda250c" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a35dd30acb7a358ad6d65355222" FOREIGN KEY ("createdBy") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE UNIQUE INDEX "IDX_dc6908de54eb09f588adfdb285" ON "password_reset" ("tokenHash")`,
  `CREATE INDEX "IDX_05baebe80e9f8fab8207eda250" ON "password_reset" ("userId")`,
];

const down = [`DROP INDEX "IDX_05baebe80e9f8fab8207eda250"`, `DROP INDEX "IDX_dc6908de54eb09f588adfdb285"`, `DROP TABLE "password_reset"`];

export class PasswordReset1764630000000 implements MigrationInterface {
  name = "PasswordReset1764630000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
