import { validate } from "class-validator";
import type { EntityManager } from "typeorm";
import { AppError, type ParamValue, type Reason } from "../../common/errors.js";
import { violationOf } from "../../common/format-error.js";
import { LocalDate } from "../../common/scalars.js";
import type { Actor } from "../../common/viewer.js";
import { serialiseOn } from "../../db/serialise.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { Licence, PlacementKind, PlacementStatus, SwedishLevel, Visibility } from "../placement/placement-kind.js";
import { Placement } from "../placement/placement.entity.js";
import { PostPlacementInput, RequirementsInput } from "../placement/placement.input.js";
import type { PlacementService, PreparedPlacement } from "../placement/placement.service.js";
import { Municipality } from "../reference/municipality.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { CreateWorkplaceInput } from "../workplace/workplace.input.js";
import type { WorkplaceService } from "../workplace/workplace.service.js";
import {
  headerOf,
  kindWords,
  licenceWords,
  normalised,
  sectorOfOrganisationNumber,
  sectorWords,
  standingWords,
  swedishLevelWords,
  valueOfWord,
  type ColumnKey,
} from "./import-columns.js";
import { readSheet, templateWorkbook, type CellValue, type ReadSheet, type SheetRow } from "./import-sheet.js";

/** One thing wrong with one row: the row Excel shows, the column (its key and the sheet's heading) and a catalogue reason. */
export interface ImportProblem {
  row: number;
  column: ColumnKey | null;
  heading: string | null;
  reason: Reason;
  params: Record<string, ParamValue>;
}

export type RecordStatus = "NEW" | "EXISTING";

export interface ImportRow {
  row: number;
  workplace: { name: string; status: RecordStatus } | null;
  /** Null for a row that adds only its workplace; kind and dates are null where their cells have errors. */
  placement: {
    title: string;
    kind: PlacementKind | null;
    startDate: string | null;
    endDate: string | null;
    capacity: number;
    status: RecordStatus;
  } | null;
  errors: ImportProblem[];
}

/** What a sheet holds and what importing it does (preview) or did. */
export interface ImportResult {
  /** True once the import's one transaction committed; a preview and a refused import write nothing. */
  written: boolean;
  summary: {
    rows: number;
    rowsWithErrors: number;
    newWorkplaces: number;
    existingWorkplaces: number;
    newPlacements: number;
    existingPlacements: number;
  };
  /** Headings of the sheet the import does not read. */
  ignoredColumns: string[];
  rows: ImportRow[];
}

/** Input fields (as the API names them) → the sheet's columns. */
const columnOfField: Record<string, ColumnKey> = {
  name: "workplace",
  municipalityCode: "municipality",
  organisationNumber: "organisationNumber",
  address: "address",
  sector: "sector",
  title: "title",
  description: "description",
  kind: "kind",
  occupationFieldId: "occupationField",
  capacity: "capacity",
  startDate: "startDate",
  endDate: "endDate",
  hoursPerWeek: "hoursPerWeek",
  "requirements.swedishLevel": "swedishLevel",
  "requirements.licences": "licences",
};

const PLACEMENT_COLUMNS: ColumnKey[] = [
  "title",
  "kind",
  "occupationField",
  "capacity",
  "startDate",
  "endDate",
  "hoursPerWeek",
  "swedishLevel",
  "licences",
  "description",
];

/** A row after every check that does not depend on what the store already holds. */
interface CheckedRow {
  row: number;
  errors: ImportProblem[];
  workplaceName: string;
  workplaceKey: { organisationNumber: string | null; name: string; municipalityCode: string | null };
  /** The workplace this row would create; null when its columns have errors. */
  newWorkplace: Workplace | null;
  placement: PreparedPlacement | null;
  /** Shown in the preview even when the placement has errors. */
  summary: ImportRow["placement"];
}

interface Existing {
  workplaces: Workplace[];
  placementKeys: Set<string>;
}

interface Plan {
  rows: ImportRow[];
  /** Ids of the organisation's workplaces that rows land at. */
  existingWorkplaceIds: Set<string>;
  newWorkplaces: Workplace[];
  newPlacements: PreparedPlacement[];
}

const placementKey = (workplaceId: string, title: string, startDate: string) => `${workplaceId}|${normalised(title)}|${startDate}`;
const nameKey = (name: string, municipalityCode: string | null) => `${normalised(name)}|${municipalityCode ?? ""}`;

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01: dates typed into a cell without a date format arrive as such numbers. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * Workplaces and placements from an Excel sheet laid out like the lists coordinators keep. Every
 * row goes through the same input classes (class-validator) and the same service checks as
 * createWorkplace and postPlacement; a preview writes nothing, and an import writes everything in
 * one transaction or nothing. Importing a sheet again adds nothing: workplaces are matched within
 * the importer's organisation by organisation number, else by name and municipality; placements by
 * workplace, title and start date.
 */
export class ImportService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly workplaces: WorkplaceService,
    private readonly placements: PlacementService,
  ) {}

  async template(): Promise<Buffer> {
    const [municipalities, fields] = await Promise.all([
      this.reads.getRepository(Municipality).find({ order: { kak: "DESC", name: "ASC" } }),
      this.reads.getRepository(OccupationField).find({ order: { label: "ASC" } }),
    ]);
    return templateWorkbook(municipalities, fields);
  }

  async preview(actor: Actor, file: Buffer): Promise<ImportResult> {
    const sheet = await readSheet(file);
    const checked = await this.check(actor, sheet);
    const plan = planImport(checked, await this.existing(this.reads, actor));
    return result(sheet, plan, false);
  }

  /** Writes the sheet when no row has an error; otherwise returns the preview with written: false. */
  async import(actor: Actor, file: Buffer): Promise<ImportResult> {
    const sheet = await readSheet(file);
    const checked = await this.check(actor, sheet);
    if (checked.some((row) => row.errors.length)) {
      return result(sheet, planImport(checked, await this.existing(this.reads, actor)), false);
    }
    return this.transact(async (manager) => {
      // Two imports of one organisation take turns, so the second sees the first's rows and adds none of them again.
      await serialiseOn(manager, [`import:${actor.viewer.organisationId}`]);
      const plan = planImport(checked, await this.existing(manager, actor));
      if (plan.rows.some((row) => row.errors.length)) return result(sheet, plan, false);
      await this.workplaces.insert(manager, actor, plan.newWorkplaces, "importWorkplace");
      await this.placements.insert(manager, actor, plan.newPlacements, "importPlacement");
      await this.audit.record(manager, actor, { action: "importPlacements", entity: "Import" });
      return result(sheet, plan, true);
    });
  }

  private async existing(manager: EntityManager, actor: Actor): Promise<Existing> {
    const organisationId = actor.viewer.organisationId;
    const [workplaces, placements] = await Promise.all([
      manager.getRepository(Workplace).findBy({ organisationId }),
      manager
        .getRepository(Placement)
        .find({ select: { id: true, workplaceId: true, title: true, startDate: true }, where: { organisationId } }),
    ]);
    return {
      workplaces,
      placementKeys: new Set(placements.map((placement) => placementKey(placement.workplaceId, placement.title, placement.startDate))),
    };
  }

  /** Every row through the input classes and the services' checks; nothing is written. */
  private async check(actor: Actor, sheet: ReadSheet): Promise<CheckedRow[]> {
    const [municipalities, fields] = await Promise.all([
      this.reads.getRepository(Municipality).find(),
      this.reads.getRepository(OccupationField).find(),
    ]);
    const municipalityOf = (cell: string) => {
      const wanted = normalised(cell).replace(/kommun$/, "");
      return municipalities.find((m) => m.code === cell.trim() || [normalised(m.name), `${normalised(m.name)}s`].includes(wanted)) ?? null;
    };
    const fieldOf = (cell: string) =>
      fields.find((field) => field.id === cell.trim() || normalised(field.label) === normalised(cell)) ?? null;

    const checked: CheckedRow[] = [];
    for (const sheetRow of sheet.rows) {
      const errors: ImportProblem[] = [];
      const problem = (column: ColumnKey | null, reason: Reason, params: Record<string, ParamValue> = {}) =>
        errors.push({ row: sheetRow.row, column, heading: column ? (sheet.headings[column] ?? headerOf(column)) : null, reason, params });
      const cells = new Cells(sheetRow);

      // The workplace, as createWorkplace would take it.
      const municipalityText = cells.text("municipality");
      const municipality = municipalityText === undefined ? null : municipalityOf(municipalityText);
      if (municipalityText === undefined) problem("municipality", "VALUE_REQUIRED");
      else if (!municipality) problem("municipality", "IMPORT_UNKNOWN_VALUE", { value: municipalityText });
      const organisationNumber = organisationNumberOf(cells.text("organisationNumber"));
      const sectorText = cells.text("sector");
      const sector =
        sectorText === undefined
          ? organisationNumber
            ? sectorOfOrganisationNumber(organisationNumber)
            : null
          : valueOfWord(sectorWords, sectorText);
      if (sectorText !== undefined && !sector) problem("sector", "IMPORT_UNKNOWN_VALUE", { value: sectorText });
      else if (!sector) problem("sector", "VALUE_REQUIRED");
      const workplaceInput = Object.assign(new CreateWorkplaceInput(), {
        name: cells.text("workplace"),
        sector: sector ?? undefined,
        municipalityCode: municipality?.code,
        address: cells.text("address") ?? null,
        organisationNumber,
      });
      const workplaceName = workplaceInput.name?.trim() ?? "";
      let newWorkplace: Workplace | null = null;
      if ((await this.inputProblems(workplaceInput, problem)) && municipality && sector) {
        newWorkplace = await this.serviceCheck(() => this.workplaces.prepare(actor, workplaceInput), problem);
      }

      // The placement, as postPlacement would take it; a row without placement columns adds only its workplace.
      let placement: PreparedPlacement | null = null;
      let summary: ImportRow["placement"] = null;
      if (PLACEMENT_COLUMNS.some((column) => sheetRow.cells[column] !== undefined)) {
        const kindText = cells.text("kind");
        const kind = kindText === undefined ? null : valueOfWord(kindWords, kindText);
        if (kindText === undefined) problem("kind", "VALUE_REQUIRED");
        else if (!kind) problem("kind", "IMPORT_UNKNOWN_VALUE", { value: kindText });
        const startDate = cells.date("startDate", problem, true);
        const endDate = cells.date("endDate", problem, false);
        const swedishText = cells.text("swedishLevel");
        const swedishLevel = swedishText === undefined ? SwedishLevel.NONE : valueOfWord(swedishLevelWords, swedishText);
        if (swedishText !== undefined && !swedishLevel) problem("swedishLevel", "IMPORT_UNKNOWN_VALUE", { value: swedishText });
        const licences: Licence[] = [];
        for (const part of (cells.text("licences") ?? "").split(/[,;\n]|\boch\b/).map((word) => word.trim())) {
          if (!part) continue;
          const licence = valueOfWord(licenceWords, part);
          if (licence) licences.push(licence);
          else problem("licences", "IMPORT_UNKNOWN_VALUE", { value: part });
        }
        const fieldText = cells.text("occupationField");
        const field = fieldText === undefined ? null : fieldOf(fieldText);
        if (fieldText !== undefined && !field) problem("occupationField", "IMPORT_UNKNOWN_VALUE", { value: fieldText });

        const title = cells.text("title") ?? `${kind ? kindWords[kind][0] : (kindText ?? "")} – ${workplaceName}`.slice(0, 200);
        const placementInput = Object.assign(new PostPlacementInput(), {
          title,
          description: cells.text("description") ?? null,
          kind: kind ?? undefined,
          workplaceId: newWorkplace?.id ?? "",
          occupationFieldId: field?.id ?? null,
          capacity: cells.whole("capacity") ?? 1,
          startDate: startDate ?? undefined,
          endDate: endDate ?? null,
          hoursPerWeek: cells.whole("hoursPerWeek") ?? null,
          requirements: Object.assign(new RequirementsInput(), { swedishLevel: swedishLevel ?? SwedishLevel.NONE, licences, other: null }),
          visibility: Visibility.ALL_PARTNERS,
          status: PlacementStatus.OPEN,
        });
        const valid = await this.inputProblems(placementInput, problem);
        if (valid && kind && startDate && endDate !== false) {
          // The workplace may not be stored yet; planImport points the placement at the one it lands at.
          const at =
            newWorkplace ??
            Object.assign(new Workplace(), {
              id: "",
              municipalityCode: municipality?.code ?? "",
              organisationId: actor.viewer.organisationId,
              archivedAt: null,
            });
          placement = await this.serviceCheck(() => this.placements.prepare(actor, placementInput, at), problem);
        }
        summary = {
          title: String(title),
          kind,
          startDate: startDate || null,
          endDate: endDate || null,
          capacity: typeof placementInput.capacity === "number" ? placementInput.capacity : 0,
          status: "NEW",
        };
      }
      checked.push({
        row: sheetRow.row,
        errors,
        workplaceName,
        workplaceKey: { organisationNumber, name: workplaceName, municipalityCode: municipality?.code ?? null },
        newWorkplace,
        placement,
        summary,
      });
    }
    return checked;
  }

  /** class-validator on an input class, each failing field as a problem of its column; true when none failed. */
  private async inputProblems(
    input: object,
    problem: (column: ColumnKey | null, reason: Reason, params?: Record<string, ParamValue>) => void,
  ) {
    const failures = await validate(input, { forbidUnknownValues: false });
    for (const failure of failures) {
      const violation = violationOf([failure], "");
      problem(columnOfField[violation.field] ?? null, violation.reason, violation.params);
    }
    return failures.length === 0;
  }

  /** A service's own checks (prepare), its refusal as a problem of the column its field names. */
  private async serviceCheck<T>(
    check: () => Promise<T>,
    problem: (column: ColumnKey | null, reason: Reason, params?: Record<string, ParamValue>) => void,
  ): Promise<T | null> {
    try {
      return await check();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const field = String(error.extensions.field ?? "").replace(/^input\./, "");
      problem(columnOfField[field] ?? null, error.reason, (error.extensions.params ?? {}) as Record<string, ParamValue>);
      return null;
    }
  }
}

/** A row's cells as the input classes want them. */
class Cells {
  constructor(private readonly sheetRow: SheetRow) {}

  private cell(key: ColumnKey): CellValue | undefined {
    return this.sheetRow.cells[key];
  }

  text(key: ColumnKey): string | undefined {
    const value = this.cell(key);
    if (value === undefined) return undefined;
    if (typeof value === "object") return value.date;
    return String(value);
  }

  /** A whole number when the cell holds one; otherwise the cell as it is, for the input class to refuse. */
  whole(key: ColumnKey): number | undefined {
    const value = this.cell(key);
    if (value === undefined) return undefined;
    if (typeof value === "number") return value;
    const text = this.text(key)!.trim();
    return (/^\d+$/.test(text) ? Number(text) : text) as number;
  }

  /**
   * "YYYY-MM-DD" from a date cell, a date serial or a text, checked by the API's LocalDate scalar;
   * null when empty (or a word for "no end"), false when it is not a date (the problem is recorded).
   */
  date(key: ColumnKey, problem: (column: ColumnKey, reason: Reason) => void, required: boolean): string | null | false {
    const value = this.cell(key);
    if (
      value === undefined ||
      (typeof value === "string" && standingWords.some((word) => normalised(word) === normalised(value)) && !required)
    ) {
      if (required) problem(key, "VALUE_REQUIRED");
      return null;
    }
    let text: string;
    if (typeof value === "object") text = value.date;
    else if (typeof value === "number") {
      // Only serials of 1990–2099 are taken for dates: a bare 2027 or 40 is a typing slip, not a day in 1905.
      text =
        value >= 32_874 && value < 73_051 ? new Date(Math.round((value - EXCEL_EPOCH_DAYS) * 86_400_000)).toISOString().slice(0, 10) : "";
    } else text = value.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(:\d{2})?$/, "$1");
    try {
      return String(LocalDate.parseValue(text));
    } catch {
      problem(key, "INVALID_DATE");
      return false;
    }
  }
}

/** "556677-8899", also from "5566778899", "55 66 77-8899" or twelve digits with the century; anything else as written. */
function organisationNumberOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const compact = text.replace(/\s+/g, "");
  const digits = compact.replace(/-/g, "");
  if (/^\d{10}$/.test(digits) && /^\d{6}-?\d{4}$/.test(compact)) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  if (/^(16|19|20)\d{10}$/.test(digits)) return `${digits.slice(2, 8)}-${digits.slice(8)}`;
  return text.trim();
}

/**
 * Where each row lands, given what the store holds: a workplace matches one of the organisation's
 * own by organisation number, else by name and municipality (an earlier row's new workplace
 * likewise); a placement already there (same workplace, title and start date) is left as it is.
 */
function planImport(checked: CheckedRow[], existing: Existing): Plan {
  const byNumber = new Map<string, { workplace: Workplace; status: RecordStatus }>();
  const byName = new Map<string, { workplace: Workplace; status: RecordStatus }>();
  for (const workplace of existing.workplaces) {
    if (workplace.organisationNumber && !byNumber.has(workplace.organisationNumber)) {
      byNumber.set(workplace.organisationNumber, { workplace, status: "EXISTING" });
    }
    if (!byName.has(nameKey(workplace.name, workplace.municipalityCode))) {
      byName.set(nameKey(workplace.name, workplace.municipalityCode), { workplace, status: "EXISTING" });
    }
  }
  const sheetPlacements = new Map<string, number>();
  const plan: Plan = { rows: [], existingWorkplaceIds: new Set(), newWorkplaces: [], newPlacements: [] };

  for (const row of checked) {
    const errors = [...row.errors];
    const { organisationNumber, name, municipalityCode } = row.workplaceKey;
    let landing = (organisationNumber ? byNumber.get(organisationNumber) : undefined) ?? byName.get(nameKey(name, municipalityCode));
    if (!landing && row.newWorkplace) {
      landing = { workplace: row.newWorkplace, status: "NEW" };
      plan.newWorkplaces.push(row.newWorkplace);
      if (organisationNumber) byNumber.set(organisationNumber, landing);
      byName.set(nameKey(name, municipalityCode), landing);
    }

    if (landing?.status === "EXISTING") plan.existingWorkplaceIds.add(landing.workplace.id);
    let placementStatus: RecordStatus = "NEW";
    if (landing && row.summary?.startDate) {
      const key = placementKey(landing.workplace.id, row.summary.title, row.summary.startDate);
      const earlier = sheetPlacements.get(key);
      if (existing.placementKeys.has(key)) placementStatus = "EXISTING";
      else if (earlier !== undefined) {
        errors.push({ row: row.row, column: "title", heading: null, reason: "IMPORT_DUPLICATE_ROW", params: { firstRow: earlier } });
      } else {
        sheetPlacements.set(key, row.row);
        if (row.placement) {
          row.placement.placement.workplaceId = landing.workplace.id;
          row.placement.placement.municipalityCode = landing.workplace.municipalityCode;
          plan.newPlacements.push(row.placement);
        }
      }
    }
    plan.rows.push({
      row: row.row,
      workplace: landing
        ? { name: landing.workplace.name, status: landing.status }
        : row.workplaceName
          ? { name: row.workplaceName, status: "NEW" }
          : null,
      placement: row.summary ? { ...row.summary, status: placementStatus } : null,
      errors,
    });
  }
  return plan;
}

function result(sheet: ReadSheet, plan: Plan, written: boolean): ImportResult {
  return {
    written,
    summary: {
      rows: plan.rows.length,
      rowsWithErrors: plan.rows.filter((row) => row.errors.length).length,
      newWorkplaces: plan.newWorkplaces.length,
      existingWorkplaces: plan.existingWorkplaceIds.size,
      newPlacements: plan.newPlacements.length,
      existingPlacements: plan.rows.filter((row) => row.placement?.status === "EXISTING").length,
    },
    ignoredColumns: sheet.ignored,
    rows: plan.rows,
  };
}
