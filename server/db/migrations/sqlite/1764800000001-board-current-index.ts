import type { MigrationInterface, QueryRunner } from "typeorm";

// Issue 11: the board leaves out ended placements and stale standing ones (endDate, updatedAt), so
// the index that covers the visibility rule also carries those columns: the board's COUNT is still
// answered from an index alone.
export class BoardCurrentIndex1764800000001 implements MigrationInterface {
  name = "BoardCurrentIndex1764800000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_placement_board_visible_current" ON "placement" ("status", "visibility", "organisationId", "endDate", "updatedAt", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_placement_board_visible_current"`);
  }
}
