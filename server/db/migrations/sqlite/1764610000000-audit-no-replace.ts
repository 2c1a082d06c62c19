import type { MigrationInterface, QueryRunner } from "typeorm";

// REPLACE (INSERT OR REPLACE, REPLACE INTO) resolves a key conflict by deleting the old row, and
// SQLite fires no delete trigger for that delete, so the append-only triggers let it rewrite an
// entry. A BEFORE INSERT trigger runs before the conflict is resolved: it refuses any insert whose
// id, or forged rowid, is already taken (an upsert's DO UPDATE and INSERT OR IGNORE included).
// PostgreSQL needs nothing here: its upsert fires the UPDATE trigger, and it has no REPLACE.
const up = [
  `CREATE TRIGGER "audit_entry_no_replace" BEFORE INSERT ON "audit_entry"
WHEN EXISTS (SELECT 1 FROM "audit_entry" WHERE "id" = NEW."id" OR rowid = NEW.rowid)
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`,
];

const down = [`DROP TRIGGER "audit_entry_no_replace"`];

export class AuditNoReplace1764610000000 implements MigrationInterface {
  name = "AuditNoReplace1764610000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
