import { Router, type Request, type RequestHandler } from "express";
import { AppError } from "../../common/errors.js";
import type { Logger } from "../../common/logger.js";
import { checkText } from "../../common/validation.js";
import type { Actor } from "../../common/viewer.js";
import type { Services } from "../../services.js";
import { ClaimStatus } from "../claim/claim-status.js";
import { BoardSort, type BoardFilter } from "../placement/board.args.js";
import { PlacementKind } from "../placement/placement-kind.js";
import { PeriodUnit } from "../statistics/statistics.types.js";
import { Role } from "../user/user.entity.js";
import { actorOf, listParam, param, refuseHttp, sendWorkbook } from "./workbook.js";
import type ExcelJS from "exceljs";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateParam(req: Request, name: string): string | null {
  const value = param(req, name);
  if (value === null) return null;
  if (
    !DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    throw new AppError("INVALID_DATE", {}, { field: name });
  return value;
}

function enumList<E extends string>(req: Request, name: string, values: readonly E[]): E[] | null {
  const list = listParam(req, name);
  if (list === null) return null;
  if (list.length > 300) throw new AppError("LIST_TOO_LONG", { maxItems: 300 }, { field: name });
  if (list.some((item) => !values.includes(item as E))) throw new AppError("INVALID_VALUE", {}, { field: name });
  return list as E[];
}

/**
 * The board's filter from query parameters named as BoardFilter's fields
 * (`municipalityCodes=1983,1984&kinds=INTERNSHIP&freeSeatsOnly=true&text=kök&from=…&to=…&ownOnly=true`),
 * checked as the GraphQL input is.
 */
export function boardFilterOf(req: Request): { filter: BoardFilter; sort: BoardSort } {
  const filter: BoardFilter = {};
  const municipalityCodes = listParam(req, "municipalityCodes");
  if (municipalityCodes) {
    if (municipalityCodes.length > 300) throw new AppError("LIST_TOO_LONG", { maxItems: 300 }, { field: "municipalityCodes" });
    if (municipalityCodes.some((code) => !/^\d{4}$/.test(code))) throw new AppError("INVALID_VALUE", {}, { field: "municipalityCodes" });
    filter.municipalityCodes = municipalityCodes;
  }
  const kinds = enumList(req, "kinds", Object.values(PlacementKind));
  if (kinds) filter.kinds = [...new Set(kinds)];
  const fields = listParam(req, "occupationFieldIds");
  if (fields) {
    if (fields.length > 100) throw new AppError("LIST_TOO_LONG", { maxItems: 100 }, { field: "occupationFieldIds" });
    if (fields.some((id) => !/^[\w-]{1,20}$/.test(id))) throw new AppError("INVALID_VALUE", {}, { field: "occupationFieldIds" });
    filter.occupationFieldIds = fields;
  }
  for (const flag of ["freeSeatsOnly", "ownOnly"] as const) {
    const value = param(req, flag);
    if (value !== null && value !== "true" && value !== "false") throw new AppError("INVALID_VALUE", {}, { field: flag });
    if (value === "true") filter[flag] = true;
  }
  const text = param(req, "text");
  if (text !== null) {
    checkText("text", text, { min: 0, max: 100 });
    filter.text = text;
  }
  const from = dateParam(req, "from");
  const to = dateParam(req, "to");
  if (from) filter.from = from;
  if (to) filter.to = to;
  const sort = param(req, "sort") ?? BoardSort.NEWEST;
  if (!Object.values(BoardSort).includes(sort as BoardSort)) throw new AppError("INVALID_VALUE", {}, { field: "sort" });
  return { filter, sort: sort as BoardSort };
}

/**
 * The Excel exports, one click from each list: `GET /exports/<name>.xlsx` with a bearer token;
 * 401 without one. Each writes an audit entry (`export:<name>`, entity Export) whose record keeps
 * the filters used. Refusals have the GraphQL errors' shape.
 */
export function exportRoutes(services: Services, logger: Logger): Router {
  const router = Router();
  const route = (
    name: string,
    least: Role,
    build: (
      actor: Actor,
      req: Request,
    ) => Promise<{ filters: Record<string, unknown>; filename: string; workbook: () => Promise<ExcelJS.Workbook> }>,
  ): RequestHandler => {
    return async (req, res, next) => {
      try {
        const actor = await actorOf(services, req, res, least);
        if (!actor) return;
        const { filters, filename, workbook } = await build(actor, req);
        const book = await workbook();
        await services.exports.logExport(actor, `export:${name}`, filters);
        await sendWorkbook(res, filename, book);
      } catch (error) {
        if (error instanceof AppError) return refuseHttp(res, error);
        logger.error({ err: error }, `export ${name} failed`);
        next(error);
      }
    };
  };

  router.get(
    "/exports/board.xlsx",
    route("board", Role.VIEWER, async (actor, req) => {
      const { filter, sort } = boardFilterOf(req);
      return {
        filters: { ...filter, sort },
        filename: "anslagstavla.xlsx",
        workbook: () => services.exports.boardWorkbook(actor, filter, sort),
      };
    }),
  );
  router.get(
    "/exports/claims.xlsx",
    route("claims", Role.VIEWER, async (actor, req) => {
      const statuses = enumList(req, "statuses", Object.values(ClaimStatus));
      return {
        filters: { statuses },
        filename: "vara-reservationer.xlsx",
        workbook: () => services.exports.claimsWorkbook(actor, statuses),
      };
    }),
  );
  router.get(
    "/exports/placements.xlsx",
    route("placements", Role.VIEWER, async (actor) => ({
      filters: {},
      filename: "vara-platser.xlsx",
      workbook: () => services.exports.placementsWorkbook(actor),
    })),
  );
  router.get(
    "/exports/outcomes.xlsx",
    route("outcomes", Role.VIEWER, async (actor) => ({
      filters: {},
      filename: "utfall.xlsx",
      workbook: () => services.exports.outcomesWorkbook(actor),
    })),
  );
  router.get(
    "/exports/statistics.xlsx",
    route("statistics", Role.VIEWER, async (_actor, req) => {
      const unit = param(req, "unit") ?? PeriodUnit.MONTH;
      if (!Object.values(PeriodUnit).includes(unit as PeriodUnit)) throw new AppError("INVALID_VALUE", {}, { field: "unit" });
      const start = dateParam(req, "start");
      if (!start) throw new AppError("VALUE_REQUIRED", {}, { field: "start" });
      const countText = param(req, "count") ?? "1";
      if (!/^\d{1,2}$/.test(countText)) throw new AppError("INVALID_VALUE", {}, { field: "count" });
      const period = { unit: unit as PeriodUnit, start, count: Number(countText) };
      const workbook = await services.exports.statisticsWorkbook(period);
      return { filters: period, filename: "statistik.xlsx", workbook: async () => workbook };
    }),
  );
  router.get(
    "/exports/af-report.xlsx",
    route("afReport", Role.COORDINATOR, async (actor, req) => {
      const month = param(req, "month");
      if (!month) throw new AppError("VALUE_REQUIRED", {}, { field: "month" });
      const workbook = await services.exports.afReportWorkbook(actor, month);
      return { filters: { month }, filename: `af-rapport-${month}.xlsx`, workbook: async () => workbook };
    }),
  );
  return router;
}
