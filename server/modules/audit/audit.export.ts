import ExcelJS from "exceljs";
import { Router, type Request, type Response } from "express";
import { AppError, ErrorCode, formattedRefusal } from "../../common/errors.js";
import type { Logger } from "../../common/logger.js";
import type { Actor } from "../../common/viewer.js";
import type { Services } from "../../services.js";
import { Role, roleRank } from "../user/user.entity.js";
import { auditCursor, MAX_AUDIT_PAGE, type AuditFilter } from "./audit.service.js";

/** The export's columns: Swedish headers, since the file is read by the organisation's own staff. */
export const AUDIT_EXPORT_COLUMNS = [
  { header: "Tidpunkt (UTC)", key: "at", width: 22, style: { numFmt: "yyyy-mm-dd hh:mm:ss" } },
  { header: "Användare", key: "user", width: 28 },
  { header: "Användar-id", key: "userId", width: 38 },
  { header: "Händelse", key: "action", width: 26 },
  { header: "Posttyp", key: "entity", width: 18 },
  { header: "Post-id", key: "entityId", width: 38 },
  { header: "IP-adress", key: "ip", width: 18 },
];

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** A query parameter as one string; repeated or empty parameters are refused or absent. */
function param(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") throw new AppError("INVALID_VALUE", {}, { field: name });
  return value;
}

function instant(req: Request, name: string): Date | null {
  const text = param(req, name);
  if (text === null) return null;
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(date.getTime())) throw new AppError("INVALID_VALUE", {}, { field: name });
  return date;
}

/** The filter of the audit log page, from the same names as query parameters. */
function filterOf(req: Request): AuditFilter {
  return {
    userId: param(req, "userId"),
    action: param(req, "action"),
    entity: param(req, "entity"),
    entityId: param(req, "entityId"),
    from: instant(req, "from"),
    until: instant(req, "until"),
  };
}

function refuse(res: Response, error: AppError): void {
  const extensions = error.extensions as { code: ErrorCode };
  const { http: _http, ...shown } = error.extensions as Record<string, unknown>;
  res.status(STATUS[extensions.code] ?? 400).json({ errors: [{ message: error.message, extensions: shown }] });
}

/**
 * `GET /exports/audit.xlsx`: the organisation's audit log as an Excel workbook, filtered like the
 * auditLog query, for admins. Written row by row while it is read, a page of the log at a time, so
 * a long log never sits in memory whole.
 */
export function auditExportRoute(services: Services, logger: Logger): Router {
  const router = Router();
  router.get("/exports/audit.xlsx", async (req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    let actor: Actor;
    let filter: AuditFilter;
    try {
      const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
      const viewer = token ? await services.auth.authenticate(token) : null;
      if (!viewer) return void res.status(401).json({ errors: [formattedRefusal("NOT_SIGNED_IN", {})] });
      if (roleRank[viewer.role] < roleRank[Role.ADMIN])
        return void res.status(403).json({ errors: [formattedRefusal("ROLE_REQUIRED", { roles: [Role.ADMIN] })] });
      actor = { viewer, ip: req.ip ?? null };
      filter = filterOf(req);
      // Refuses a bad filter before the file starts.
      await services.audit.entries(actor, 1, filter);
    } catch (error) {
      if (error instanceof AppError) return refuse(res, error);
      return next(error);
    }
    try {
      await services.store.transact((manager) => services.audit.record(manager, actor, { action: "exportAuditLog", entity: "AuditEntry" }));
      const names = new Map((await services.users.ours(actor)).map((user) => [user.id, `${user.name} <${user.email}>`]));
      res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      res.setHeader("Content-Disposition", 'attachment; filename="granskningslogg.xlsx"');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
      const sheet = workbook.addWorksheet("Granskningslogg");
      sheet.columns = AUDIT_EXPORT_COLUMNS;
      let after: string | null = null;
      for (;;) {
        const page = await services.audit.entries(actor, MAX_AUDIT_PAGE, filter, after);
        for (const entry of page) {
          sheet
            .addRow({
              at: entry.at,
              user: entry.userId ? (names.get(entry.userId) ?? "") : "",
              userId: entry.userId ?? "",
              action: entry.action,
              entity: entry.entity ?? "",
              entityId: entry.entityId ?? "",
              ip: entry.ip ?? "",
            })
            .commit();
        }
        if (page.length < MAX_AUDIT_PAGE) break;
        after = auditCursor(page[page.length - 1]);
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      if (!res.headersSent) return next(error);
      logger.error({ err: error }, "audit export failed after it started");
      res.destroy(error as Error);
    }
  });
  return router;
}
