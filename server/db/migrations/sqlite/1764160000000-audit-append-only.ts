import type { MigrationInterface, QueryRunner } from "typeorm";

// The audit log becomes append-only in the store itself: UPDATE and DELETE on audit_entry are
// refused whoever sends them. Plus the two indexes the sign-in throttle reads (per account, per address).
const up = [
  `CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`,
  `CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`,
  `CREATE INDEX "IDX_audit_entry_entity_at" ON "audit_entry" ("entityId", "at")`,
  `CREATE INDEX "IDX_audit_entry_ip_at" ON "audit_entry" ("ip", "at")`,
];

const down = [
  `DROP INDEX "IDX_audit_entry_ip_at"`,
  `DROP INDEX "IDX_audit_entry_entity_at"`,
  `DROP TRIGGER "audit_entry_no_delete"`,
  `DROP TRIGGER "audit_entry_no_update"`,
];

export class AuditAppendOnly1764160000000 implements MigrationInterface {
  name = "AuditAppendOnly1764160000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
