import type { MigrationInterface, QueryRunner } from "typeorm";

// The audit log page filters an organisation's entries by action or by person, newest first.
const up = [
  `CREATE INDEX "IDX_audit_entry_org_action_at" ON "audit_entry" ("organisationId", "action", "at")`,
  `CREATE INDEX "IDX_audit_entry_org_user_at" ON "audit_entry" ("organisationId", "userId", "at")`,
];

const down = [`DROP INDEX "IDX_audit_entry_org_user_at"`, `DROP INDEX "IDX_audit_entry_org_action_at"`];

export class AuditFilterIndexes1764700000000 implements MigrationInterface {
  name = "AuditFilterIndexes1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
