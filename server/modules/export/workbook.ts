import ExcelJS from "exceljs";
import type { Request, Response } from "express";
import { AppError, ErrorCode, formattedRefusal } from "../../common/errors.js";
import type { Actor } from "../../common/viewer.js";
import type { Services } from "../../services.js";
import { Role, roleRank } from "../user/user.entity.js";

/** A column of an exported table: a Swedish header and how a row gives its cell. */
export interface ExportColumn<T> {
  header: string;
  width?: number;
  kind?: "text" | "number" | "date" | "percent" | "instant";
  value: (row: T) => string | number | Date | null;
}

const FORMATS = { date: "yyyy-mm-dd", instant: "yyyy-mm-dd hh:mm", percent: "0.0%", number: undefined, text: undefined } as const;

/** "YYYY-MM-DD" as a date cell (Excel's dates have no zone: midnight UTC reads back as that day). */
export const dateCell = (date: string | null): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

/**
 * One sheet of a table as the exports write them: Swedish headers in bold, real date cells,
 * the header row frozen and filters on, so the sheet opens ready to sort and filter in Excel.
 */
export function addTable<T>(workbook: ExcelJS.Workbook, name: string, columns: ExportColumn<T>[], rows: Iterable<T>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: FORMATS[column.kind ?? "text"] ? { numFmt: FORMATS[column.kind ?? "text"] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row) ?? null));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export async function sendWorkbook(res: Response, filename: string, workbook: ExcelJS.Workbook): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.send(Buffer.from(buffer));
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Praktikpool";
  workbook.created = new Date();
  return workbook;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

/** A refusal answered in the GraphQL errors' shape, with the HTTP status of its code. */
export function refuseHttp(res: Response, error: AppError): void {
  const { http: _http, ...shown } = error.extensions as Record<string, unknown>;
  res
    .status(STATUS[(error.extensions as { code: ErrorCode }).code] ?? 400)
    .json({ errors: [{ message: error.message, extensions: shown }] });
}

/** The signed-in actor of a file request (bearer token), or null after answering 401/403. */
export async function actorOf(services: Services, req: Request, res: Response, least: Role = Role.VIEWER): Promise<Actor | null> {
  res.setHeader("Cache-Control", "no-store");
  const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  const viewer = token ? await services.auth.authenticate(token) : null;
  if (!viewer) {
    res.status(401).json({ errors: [formattedRefusal("NOT_SIGNED_IN", {})] });
    return null;
  }
  if (roleRank[viewer.role] < roleRank[least]) {
    res.status(403).json({ errors: [formattedRefusal("ROLE_REQUIRED", { roles: [least] })] });
    return null;
  }
  return { viewer, ip: req.ip ?? null };
}

/** A query parameter as one string, or null; a repeated one is refused. */
export function param(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") throw new AppError("INVALID_VALUE", {}, { field: name });
  return value;
}

export const listParam = (req: Request, name: string): string[] | null => param(req, name)?.split(",").filter(Boolean) ?? null;
