import type { MigrationInterface, QueryRunner } from "typeorm";

// Checklist templates (versioned), placements' own copies of them, and people's validations with
// what was observed when (issue 14). New tables only; the starting templates come in the next migration.
const up = [
  `CREATE TABLE "checklist_template" ("id" character varying(36) NOT NULL, "kind" character varying(32) NOT NULL, "industry" character varying(32), "currentVersionId" character varying(36), "createdByOrganisationId" character varying(36), "createdAt" TIMESTAMP NOT NULL, "updatedAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_894b21b07d6fa016cfbf2dba947" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_4f1a669a36f8c561fdc33a5d96" ON "checklist_template" ("kind")`,
  `CREATE TABLE "checklist_template_version" ("id" character varying(36) NOT NULL, "templateId" character varying(36) NOT NULL, "number" integer NOT NULL, "name" character varying(200) NOT NULL, "description" character varying(1000) NOT NULL DEFAULT '', "createdAt" TIMESTAMP NOT NULL, "createdById" character varying(36), "createdByOrganisationId" character varying(36), CONSTRAINT "PK_642f5f908f1a9707cde1025a759" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "IDX_aceb6d94f99d22a915ca301f7a" ON "checklist_template_version" ("templateId", "number")`,
  `CREATE TABLE "checklist_template_item" ("id" character varying(36) NOT NULL, "versionId" character varying(36) NOT NULL, "section" character varying(200) NOT NULL, "position" integer NOT NULL, "text" character varying(500) NOT NULL, CONSTRAINT "PK_24d6a4e7828f5f29e005dd4f1a1" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_a3ab098cffabb5052924a8821b" ON "checklist_template_item" ("versionId", "position")`,
  `CREATE TABLE "placement_checklist" ("id" character varying(36) NOT NULL, "placementId" character varying(36) NOT NULL, "templateId" character varying(36) NOT NULL, "templateVersionId" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(32) NOT NULL, "createdAt" TIMESTAMP NOT NULL, "createdById" character varying(36) NOT NULL, "removedAt" TIMESTAMP, CONSTRAINT "PK_3cd0388d58649612ce2897869f7" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_ad1751f3a3ca50f269b9134fe7" ON "placement_checklist" ("placementId")`,
  `CREATE INDEX "IDX_8ef5621a587a6a38c6740f9b24" ON "placement_checklist" ("placementId", "templateId")`,
  `CREATE TABLE "placement_checklist_item" ("id" character varying(36) NOT NULL, "checklistId" character varying(36) NOT NULL, "section" character varying(200) NOT NULL, "position" integer NOT NULL, "text" character varying(500) NOT NULL, "templateItemId" character varying(36), "replacesId" character varying(36), "addedAt" TIMESTAMP NOT NULL, "removedAt" TIMESTAMP, CONSTRAINT "PK_f9a07d7c9ad3abf106f308d8b2b" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_916aef3d69bc255ec9277da54f" ON "placement_checklist_item" ("checklistId", "position")`,
  `CREATE TABLE "validation" ("id" character varying(36) NOT NULL, "claimId" character varying(36) NOT NULL, "checklistId" character varying(36) NOT NULL, "participantId" character varying(36), "organisationId" character varying(36) NOT NULL, "supervisorName" character varying(200), "supervisorTitle" character varying(200), "createdAt" TIMESTAMP NOT NULL, "createdById" character varying(36) NOT NULL, CONSTRAINT "PK_03284e4f9952ce64ddc0e64bcad" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_f6f133dd9b859b147007982bde" ON "validation" ("checklistId")`,
  `CREATE INDEX "IDX_669b8680a3a6c67e2970078cbd" ON "validation" ("participantId")`,
  `CREATE INDEX "IDX_6d9fd40a8dbe99bf58e20588c9" ON "validation" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_ab35b0e5d15b25dac31dfcf878" ON "validation" ("claimId", "checklistId")`,
  `CREATE TABLE "validation_record" ("id" character varying(36) NOT NULL, "validationId" character varying(36) NOT NULL, "itemId" character varying(36) NOT NULL, "level" character varying(32) NOT NULL, "observedOn" date NOT NULL, "observer" character varying(200) NOT NULL, "recordedAt" TIMESTAMP NOT NULL, "recordedById" character varying(36) NOT NULL, CONSTRAINT "PK_948e5f6c573c6c13c402df4a30a" PRIMARY KEY ("id"))`,
  `CREATE INDEX "IDX_7a8a8bd7f2a7c634804b4cd7dc" ON "validation_record" ("itemId")`,
  `CREATE INDEX "IDX_3bcd21ef089f20c0b5ec60e7ef" ON "validation_record" ("validationId", "itemId")`,
  `ALTER TABLE "checklist_template" ADD CONSTRAINT "FK_44f06ef3f3165382de8d0420d27" FOREIGN KEY ("createdByOrganisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "checklist_template_version" ADD CONSTRAINT "FK_bac499424e910c315333ff89912" FOREIGN KEY ("templateId") REFERENCES "checklist_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "checklist_template_version" ADD CONSTRAINT "FK_262b67eb95ecfcd8bc800ad2d7c" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "checklist_template_version" ADD CONSTRAINT "FK_3f6ab8bd8f2a6fb71efb7dacd1e" FOREIGN KEY ("createdByOrganisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "checklist_template_item" ADD CONSTRAINT "FK_6f21322ac586bc668785828e612" FOREIGN KEY ("versionId") REFERENCES "checklist_template_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_checklist" ADD CONSTRAINT "FK_ad1751f3a3ca50f269b9134fe76" FOREIGN KEY ("placementId") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_checklist" ADD CONSTRAINT "FK_79af194b242646eadd85d45ceea" FOREIGN KEY ("templateId") REFERENCES "checklist_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_checklist" ADD CONSTRAINT "FK_640551a797488d361f3d7d232d0" FOREIGN KEY ("templateVersionId") REFERENCES "checklist_template_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_checklist" ADD CONSTRAINT "FK_002f7058f092f22d32b37d5168b" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_checklist_item" ADD CONSTRAINT "FK_3a31e7c5067d78f3fca3cff06bc" FOREIGN KEY ("checklistId") REFERENCES "placement_checklist"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "placement_checklist_item" ADD CONSTRAINT "FK_c85341902da6a73421ce6cb6a28" FOREIGN KEY ("templateItemId") REFERENCES "checklist_template_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation" ADD CONSTRAINT "FK_e18588577a4274b9ec3ba7dc27a" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation" ADD CONSTRAINT "FK_f6f133dd9b859b147007982bde4" FOREIGN KEY ("checklistId") REFERENCES "placement_checklist"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation" ADD CONSTRAINT "FK_669b8680a3a6c67e2970078cbda" FOREIGN KEY ("participantId") REFERENCES "participant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation" ADD CONSTRAINT "FK_6d9fd40a8dbe99bf58e20588c97" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation" ADD CONSTRAINT "FK_eeccce19459056daa9dcd82f792" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation_record" ADD CONSTRAINT "FK_70b1c75f8ed26a172a12272d724" FOREIGN KEY ("validationId") REFERENCES "validation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation_record" ADD CONSTRAINT "FK_7a8a8bd7f2a7c634804b4cd7dc0" FOREIGN KEY ("itemId") REFERENCES "placement_checklist_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "validation_record" ADD CONSTRAINT "FK_794c2c3f060dc79e7aac84fa508" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

const down = [
  `DROP TABLE "validation_record"`,
  `DROP TABLE "validation"`,
  `DROP TABLE "placement_checklist_item"`,
  `DROP TABLE "placement_checklist"`,
  `DROP TABLE "checklist_template_item"`,
  `DROP TABLE "checklist_template_version"`,
  `DROP TABLE "checklist_template"`,
];

export class ValidationChecklists1764831000000 implements MigrationInterface {
  name = "ValidationChecklists1764831000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of down) await queryRunner.query(statement);
  }
}
