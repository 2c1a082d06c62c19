import ExcelJS from "exceljs";
import { refusal } from "../../common/errors.js";
import type { Municipality } from "../reference/municipality.entity.js";
import type { OccupationField } from "../reference/occupation-field.entity.js";
import {
  columnOfHeading,
  headerOf,
  importColumns,
  kindWords,
  licenceWords,
  requiredColumns,
  sectorWords,
  standingWords,
  swedishLevelWords,
  type ColumnKey,
} from "./import-columns.js";

/** A cell as the import reads it: text, a number, or a calendar date ("YYYY-MM-DD", from a date cell). */
export type CellValue = string | number | { date: string };

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  cells: Partial<Record<ColumnKey, CellValue>>;
}

export interface ReadSheet {
  /** The sheet's own heading for each column it has. */
  headings: Partial<Record<ColumnKey, string>>;
  /** Headings the import does not read. */
  ignored: string[];
  rows: SheetRow[];
}

/** Rows one import takes: a municipality's whole list fits many times over, and the preview stays readable. */
export const MAX_IMPORT_ROWS = 2000;
/** What a workbook may unpack to: thousands of rows are a few MB; more is a zip bomb, not a list of placements. */
export const MAX_UNPACKED_BYTES = 50 * 1_048_576;
/** How far down a sheet the header row may be (coordinators put a title above it). */
const HEADER_SEARCH_ROWS = 10;

/** A cell's value without Excel's wrappers (formulas, rich text, links); empty cells are undefined. */
function plain(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if ("result" in value) return plain(value.result as ExcelJS.CellValue);
  if ("richText" in value) return plain(value.richText.map((part) => part.text).join(""));
  if ("text" in value) return plain(value.text as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return undefined;
}

/**
 * The bytes an .xlsx (a zip) says its parts unpack to, from its central directory, read before
 * anything is unpacked; null when it is not a zip (the workbook reader then refuses it).
 * Zip64 entries (sizes over 4 GB) count as infinitely large.
 */
export function declaredUnpackedBytes(file: Buffer): number | null {
  const END_OF_DIRECTORY = 0x06054b50;
  const ENTRY = 0x02014b50;
  let end = -1;
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at--) {
    if (file.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== ENTRY) return null;
    const size = file.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return total;
}

/** The first sheet with a header row naming the required columns, read into rows; refuses anything else. */
export async function readSheet(file: Buffer): Promise<ReadSheet> {
  if ((declaredUnpackedBytes(file) ?? 0) > MAX_UNPACKED_BYTES) {
    throw refusal("IMPORT_WORKBOOK_TOO_LARGE", { maxBytes: MAX_UNPACKED_BYTES }, { field: "file" });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw refusal("IMPORT_FILE_UNREADABLE", {}, { field: "file" });
  }
  for (const worksheet of workbook.worksheets) {
    for (let headerRow = 1; headerRow <= Math.min(HEADER_SEARCH_ROWS, worksheet.rowCount); headerRow++) {
      const columns = new Map<number, ColumnKey>();
      const headings: Partial<Record<ColumnKey, string>> = {};
      const ignored: string[] = [];
      worksheet.getRow(headerRow).eachCell((cell, column) => {
        const heading = String(plain(cell.value) ?? "").trim();
        const key = columnOfHeading(heading);
        if (key && !headings[key]) {
          columns.set(column, key);
          headings[key] = heading;
        } else if (heading) ignored.push(heading);
      });
      if (!requiredColumns.every((key) => headings[key])) continue;
      if (worksheet.rowCount - headerRow > MAX_IMPORT_ROWS) {
        throw refusal("IMPORT_TOO_MANY_ROWS", { maxRows: MAX_IMPORT_ROWS }, { field: "file" });
      }
      const rows: SheetRow[] = [];
      for (let number = headerRow + 1; number <= worksheet.rowCount; number++) {
        const cells: SheetRow["cells"] = {};
        worksheet.getRow(number).eachCell((cell, column) => {
          const key = columns.get(column);
          const value = plain(cell.value);
          if (key && value !== undefined) cells[key] = value;
        });
        if (Object.keys(cells).length) rows.push({ row: number, cells });
      }
      if (!rows.length) throw refusal("IMPORT_NO_ROWS", {}, { field: "file" });
      return { headings, ignored, rows };
    }
  }
  throw refusal("IMPORT_COLUMNS_MISSING", { columns: requiredColumns.map(headerOf) }, { field: "file" });
}

const firstWords = (words: Record<string, string[]>) => Object.values(words).map((names) => names[0]);

/**
 * The template coordinators download: the sheet "Platser" with the headings (one row per
 * placement; a row without kind and start date adds only the workplace), an "Instruktioner"
 * sheet, and the values each reference column takes on "Värden".
 */
export async function templateWorkbook(municipalities: Municipality[], occupationFields: OccupationField[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Praktikpool";
  const sheet = workbook.addWorksheet("Platser", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = importColumns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.max(14, column.header.length + 4),
    style: column.key === "startDate" || column.key === "endDate" ? { numFmt: "yyyy-mm-dd" } : {},
  }));
  sheet.getRow(1).font = { bold: true };

  const instructions = workbook.addWorksheet("Instruktioner");
  instructions.columns = [{ width: 24 }, { width: 100 }];
  const notes: [string, string][] = [
    ["En rad", "En plats per rad. Arbetsplatsens uppgifter upprepas på varje rad; samma arbetsplats läggs bara upp en gång."],
    ["Bara arbetsplats", "Lämna Typ av plats och Startdatum tomma för att bara lägga upp arbetsplatsen."],
    ["Arbetsplats, Kommun", "Krävs. Kommun med namn (Köping) eller kod (1983)."],
    ["Organisationsnummer", "NNNNNN-NNNN (eller tio siffror). Samma nummer = samma arbetsplats."],
    ["Sektor", "Offentlig, Privat eller Ideell. Tom: räknas ut från organisationsnumret."],
    ["Titel", "Tom: typ av plats och arbetsplatsens namn, t.ex. ”Praktik – Ica Maxi”."],
    ["Typ av plats", firstWords(kindWords).join(", ")],
    ["Yrkesområde", "Namn eller begrepps-id från JobTech, se bladet Värden."],
    ["Antal platser", "Heltal, 1 om tomt."],
    ["Startdatum, Slutdatum", "Datum (ÅÅÅÅ-MM-DD). Tomt slutdatum eller ”Löpande”: platsen står öppen tills vidare."],
    ["Timmar per vecka", "Heltal."],
    ["Svenska", firstWords(swedishLevelWords).join(", ")],
    ["Körkort/certifikat", `Flera med kommatecken: ${firstWords(licenceWords).join(", ")}`],
    ["Två gånger", "Samma fil kan läsas in igen: platser som redan finns (samma arbetsplats, titel och startdatum) hoppas över."],
  ];
  instructions.addRow(["Så fyller du i bladet Platser", ""]).font = { bold: true };
  for (const note of notes) instructions.addRow(note);

  const values = workbook.addWorksheet("Värden");
  const lists: [string, string[]][] = [
    ["Kommun", municipalities.map((m) => `${m.name} (${m.code})`)],
    ["Typ av plats", firstWords(kindWords)],
    ["Yrkesområde", occupationFields.map((field) => field.label)],
    ["Svenska", firstWords(swedishLevelWords)],
    ["Körkort/certifikat", firstWords(licenceWords)],
    ["Sektor", firstWords(sectorWords)],
    ["Slutdatum utan slut", standingWords.slice(0, 2)],
  ];
  values.columns = lists.map(([header, items]) => ({ header, width: Math.max(18, ...items.map((item) => item.length + 2)) }));
  values.getRow(1).font = { bold: true };
  const longest = Math.max(...lists.map(([, items]) => items.length));
  for (let index = 0; index < longest; index++) values.addRow(lists.map(([, items]) => items[index] ?? null));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
