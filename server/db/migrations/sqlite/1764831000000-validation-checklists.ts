import type { MigrationInterface, QueryRunner } from "typeorm";

// Checklist templates (versioned), placements' own copies of them, and people's validations with
// what was observed when (issue 14). New tables only; the starting templates come in the next migration.
const up = [
  `CREATE TABLE "checklist_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "industry" varchar(32), "currentVersionId" varchar(36), "createdByOrganisationId" varchar(36), "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, CONSTRAINT "FK_44f06ef3f3165382de8d0420d27" FOREIGN KEY ("createdByOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "checklist_template_version" ("id" varchar(36) PRIMARY KEY NOT NULL, "templateId" varchar(36) NOT NULL, "number" integer NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(1000) NOT NULL DEFAULT (''), "createdAt" datetime NOT NULL, "createdById" varchar(36), "createdByOrganisationId" varchar(36), CONSTRAINT "FK_bac499424e910c315333ff89912" FOREIGN KEY ("templateId") REFERENCES "checklist_template" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_262b67eb95ecfcd8bc800ad2d7c" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3f6ab8bd8f2a6fb71efb7dacd1e" FOREIGN KEY ("createdByOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "checklist_template_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "versionId" varchar(36) NOT NULL, "section" varchar(200) NOT NULL, "position" integer NOT NULL, "text" varchar(500) NOT NULL, CONSTRAINT "FK_6f21322ac586bc668785828e612" FOREIGN KEY ("versionId") REFERENCES "checklist_template_version" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "placement_checklist" ("id" varchar(36) PRIMARY KEY NOT NULL, "placementId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "createdAt" datetime NOT NULL, "createdById" varchar(36) NOT NULL, "removedAt" datetime, CONSTRAINT "FK_ad1751f3a3ca50f269b9134fe76" FOREIGN KEY ("placementId") REFERENCES "placement" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79af194b242646eadd85d45ceea" FOREIGN KEY ("templateId") REFERENCES "checklist_template" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_640551a797488d361f3d7d232d0" FOREIGN KEY ("templateVersionId") REFERENCES "checklist_template_version" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_002f7058f092f22d32b37d5168b" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "placement_checklist_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "checklistId" varchar(36) NOT NULL, "section" varchar(200) NOT NULL, "position" integer NOT NULL, "text" varchar(500) NOT NULL, "templateItemId" varchar(36), "replacesId" varchar(36), "addedAt" datetime NOT NULL, "removedAt" datetime, CONSTRAINT "FK_3a31e7c5067d78f3fca3cff06bc" FOREIGN KEY ("checklistId") REFERENCES "placement_checklist" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c85341902da6a73421ce6cb6a28" FOREIGN KEY ("templateItemId") REFERENCES "checklist_template_item" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "validation" ("id" varchar(36) PRIMARY KEY NOT NULL, "claimId" varchar(36) NOT NULL, "checklistId" varchar(36) NOT NULL, "participantId" varchar(36), "organisationId" varchar(36) NOT NULL, "supervisorName" varchar(200), "supervisorTitle" varchar(200), "createdAt" datetime NOT NULL, "createdById" varchar(36) NOT NULL, CONSTRAINT "FK_e18588577a4274b9ec3ba7dc27a" FOREIGN KEY ("claimId") REFERENCES "claim" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f6f133dd9b859b147007982bde4" FOREIGN KEY ("checklistId") REFERENCES "placement_checklist" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_669b8680a3a6c67e2970078cbda" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6d9fd40a8dbe99bf58e20588c97" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_eeccce19459056daa9dcd82f792" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "validation_record" ("id" varchar(36) PRIMARY KEY NOT NULL, "validationId" varchar(36) NOT NULL, "itemId" varchar(36) NOT NULL, "level" varchar(32) NOT NULL, "observedOn" date NOT NULL, "observer" varchar(200) NOT NULL, "recordedAt" datetime NOT NULL, "recordedById" varchar(36) NOT NULL, CONSTRAINT "FK_70b1c75f8ed26a172a12272d724" FOREIGN KEY ("validationId") REFERENCES "validation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7a8a8bd7f2a7c634804b4cd7dc0" FOREIGN KEY ("itemId") REFERENCES "placement_checklist_item" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_794c2c3f060dc79e7aac84fa508" FOREIGN KEY ("recordedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_4f1a669a36f8c561fdc33a5d96" ON "checklist_template" ("kind")`,
  `CREATE UNIQUE INDEX "IDX_aceb6d94f99d22a915ca301f7a" ON "checklist_template_version" ("templateId", "number")`,
  `CREATE INDEX "IDX_a3ab098cffabb5052924a8821b" ON "checklist_template_item" ("versionId", "position")`,
  `CREATE INDEX "IDX_ad1751f3a3ca50f269b9134fe7" ON "placement_checklist" ("placementId")`,
  `CREATE INDEX "IDX_8ef5621a587a6a38c6740f9b24" ON "placement_checklist" ("placementId", "templateId")`,
  `CREATE INDEX "IDX_916aef3d69bc255ec9277da54f" ON "placement_checklist_item" ("checklistId", "position")`,
  `CREATE INDEX "IDX_f6f133dd9b859b147007982bde" ON "validation" ("checklistId")`,
  `CREATE INDEX "IDX_669b8680a3a6c67e2970078cbd" ON "validation" ("participantId")`,
  `CREATE INDEX "IDX_6d9fd40a8dbe99bf58e20588c9" ON "validation" ("organisationId")`,
  `CREATE UNIQUE INDEX "IDX_ab35b0e5d15b25dac31dfcf878" ON "validation" ("claimId", "checklistId")`,
  `CREATE INDEX "IDX_7a8a8bd7f2a7c634804b4cd7dc" ON "validation_record" ("itemId")`,
  `CREATE INDEX "IDX_3bcd21ef089f20c0b5ec60e7ef" ON "validation_record" ("validationId", "itemId")`,
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
