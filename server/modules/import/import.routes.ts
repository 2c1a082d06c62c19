import express, { type ErrorRequestHandler, type Request, type Response, type Router } from "express";
import { AppError, formattedRefusal, type ParamsOf, type Reason } from "../../common/errors.js";
import type { Actor } from "../../common/viewer.js";
import type { Services } from "../../services.js";
import { Role, roleRank } from "../user/user.entity.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function refuse<R extends Reason>(res: Response, status: number, reasonName: R, params: ParamsOf<R>) {
  res.status(status).json({ errors: [formattedRefusal(reasonName, params)] });
}

/** The signed-in actor with at least `role`, or null after answering 401/403 in the API's error shape. */
async function actorOf(services: Services, req: Request, res: Response, role: Role): Promise<Actor | null> {
  const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  const viewer = token ? await services.auth.authenticate(token) : null;
  if (!viewer) {
    refuse(res, 401, "NOT_SIGNED_IN", {});
    return null;
  }
  if (roleRank[viewer.role] < roleRank[role]) {
    refuse(res, 403, "ROLE_REQUIRED", { roles: [Role.COORDINATOR, Role.ADMIN] });
    return null;
  }
  return { viewer, ip: req.ip ?? null };
}

/**
 * The Excel import over HTTP, beside /graphql because a workbook is a file:
 * - `GET /imports/template.xlsx` — the template (any signed-in user);
 * - `POST /imports/placements.xlsx?preview=true` — the workbook as the raw body: what importing it
 *   would do, row by row with every error; nothing is written;
 * - `POST /imports/placements.xlsx` — the same, written in one transaction when no row has an
 *   error (200, `written: true`); otherwise 422 with `IMPORT_HAS_ERRORS` and the rows, nothing written.
 * Coordinators and admins only. The body limit is the route's own, `maxImportBytes`.
 */
export function importRoutes(services: Services, options: { maxImportBytes: number }): Router {
  const router = express.Router();

  router.get("/template.xlsx", async (req, res) => {
    if (!(await actorOf(services, req, res, Role.VIEWER))) return;
    const file = await services.imports.template();
    res.setHeader("Content-Type", XLSX_TYPE);
    res.setHeader("Content-Disposition", 'attachment; filename="praktikpool-import.xlsx"');
    res.setHeader("Cache-Control", "no-store");
    res.send(file);
  });

  router.post("/placements.xlsx", express.raw({ type: () => true, limit: options.maxImportBytes }), async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    const actor = await actorOf(services, req, res, Role.COORDINATOR);
    if (!actor) return;
    const file = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      if (req.query.preview === "true") {
        res.json(await services.imports.preview(actor, file));
        return;
      }
      const result = await services.imports.import(actor, file);
      if (result.written) res.json(result);
      else
        res
          .status(422)
          .json({ errors: [formattedRefusal("IMPORT_HAS_ERRORS", { rowsWithErrors: result.summary.rowsWithErrors })], ...result });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  });

  // An oversized body is refused in the same shape as the API's other refusals, naming this route's limit.
  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    if (error?.status === 413) return refuse(res, 413, "BODY_TOO_LARGE", { maxBytes: options.maxImportBytes });
    next(error);
  };
  router.use(bodyErrors);
  return router;
}
