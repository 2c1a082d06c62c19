import type { MigrationInterface, QueryRunner } from "typeorm";

// The contact details a user shares with other organisations (Contact.email, Contact.phone), kept
// apart from the sign-in address, which other organisations no longer see. Null shares nothing.
const up = [
  `ALTER TABLE "user" ADD COLUMN "contactEmail" character varying(254)`,
  `ALTER TABLE "user" ADD COLUMN "contactPhone" character varying(40)`,
];

const down = [`ALTER TABLE "user" DROP COLUMN "contactPhone"`, `ALTER TABLE "user" DROP COLUMN "contactEmail"`];

export class UserContactDetails1764620000000 implements MigrationInterface {
  name = "UserContactDetails1764620000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
