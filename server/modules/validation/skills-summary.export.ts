import express, { type Request, type RequestHandler, type Router } from "express";
import { AppError, formattedRefusal } from "../../common/errors.js";
import { textProblem } from "../../common/validation.js";
import { createContext } from "../../context.js";
import type { Services } from "../../services.js";
import { Role, roleRank } from "../user/user.entity.js";
import { skillsSummaryPdf, type SummaryLanguage } from "./skills-summary.pdf.js";

const FILE = /^([0-9a-fA-F-]{36})\.pdf$/;

/**
 * `POST /exports/skills-summary/<participantId>.pdf` with a bearer token and a JSON body
 * `{ "name"?: string, "lang"?: "sv" | "en" }`: the participant's skills summary as a PDF, for
 * coordinators of the participant's own organisation. POST, because the name the coordinator may
 * type is personal data: it travels in the body (never in a URL, which logs and proxies keep),
 * is used for this one document and is neither stored nor logged. The read is audited.
 */
export function skillsSummaryRoutes(services: Services, maxBodyBytes: number): Router {
  const router = express.Router();
  const handler: RequestHandler = async (req: Request, res, next) => {
    try {
      res.setHeader("Cache-Control", "no-store");
      const context = await createContext(services, req.headers.authorization, req.ip ?? null);
      if (!context.viewer) return void res.status(401).json({ errors: [formattedRefusal("NOT_SIGNED_IN", {})] });
      if (roleRank[context.viewer.role] < roleRank[Role.COORDINATOR])
        return void res.status(403).json({ errors: [formattedRefusal("ROLE_REQUIRED", { roles: [Role.COORDINATOR] })] });
      const id = FILE.exec(String(req.params.file))?.[1]?.toLowerCase();
      if (!id) return void res.status(404).json({ errors: [formattedRefusal("RECORD_NOT_FOUND", { record: "Participant" })] });
      const body = (req.body ?? {}) as { name?: unknown; lang?: unknown };
      const problem = textProblem("name", body.name ?? null, { max: 200, optional: true, noIdentityNumber: true, min: 0 });
      if (problem) {
        const { extensions } = formattedRefusal(problem.reason, problem.params as never);
        return void res.status(400).json({ errors: [{ message: problem.message, extensions: { ...extensions, field: "name" } }] });
      }
      const lang: SummaryLanguage = body.lang === "en" ? "en" : "sv";
      const summary = await services.validations.skillsSummary({ viewer: context.viewer, ip: context.ip }, id);
      const pdf = await skillsSummaryPdf(summary, { name: typeof body.name === "string" ? body.name : null, lang });
      res.setHeader("Content-Disposition", `attachment; filename="kompetensintyg-${summary.participantCode}.pdf"`);
      res.type("application/pdf").send(Buffer.from(pdf));
    } catch (error) {
      if (error instanceof AppError && error.reason === "RECORD_NOT_FOUND")
        return void res.status(404).json({ errors: [formattedRefusal("RECORD_NOT_FOUND", { record: "Participant" })] });
      next(error);
    }
  };
  router.post("/exports/skills-summary/:file", express.json({ limit: maxBodyBytes }), handler);
  return router;
}
