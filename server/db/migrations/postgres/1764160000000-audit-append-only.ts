import type { MigrationInterface, QueryRunner } from "typeorm";

// The audit log becomes append-only in the store itself: UPDATE, DELETE and TRUNCATE on audit_entry
// are refused whoever sends them (a superuser can still drop the trigger: run the server as a role
// that does not own the table to close that too). Plus the two indexes the sign-in throttle reads.
const up = [
  `CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`,
  `CREATE TRIGGER "audit_entry_no_change" BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"()`,
  `CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"()`,
  `CREATE INDEX "IDX_audit_entry_entity_at" ON "audit_entry" ("entityId", "at")`,
  `CREATE INDEX "IDX_audit_entry_ip_at" ON "audit_entry" ("ip", "at")`,
];

const down = [
  `DROP INDEX "IDX_audit_entry_ip_at"`,
  `DROP INDEX "IDX_audit_entry_entity_at"`,
  `DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"`,
  `DROP TRIGGER "audit_entry_no_change" ON "audit_entry"`,
  `DROP FUNCTION "audit_entry_append_only"()`,
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
