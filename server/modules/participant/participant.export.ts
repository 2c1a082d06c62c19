import type { Request, RequestHandler } from "express";
import { AppError, formattedRefusal } from "../../common/errors.js";
import { createContext } from "../../context.js";
import type { Services } from "../../services.js";
import { Role, roleRank } from "../user/user.entity.js";

const FILE = /^([0-9a-fA-F-]{36})\.json$/;

/**
 * `GET /exports/participants/:id.json` with a bearer token: the extract of everything held about
 * one participant (GDPR art. 15) as a file, for coordinators of the participant's own organisation.
 * Refusals have the GraphQL errors' shape; another organisation's participant is "not found".
 */
export function participantExportRoute(services: Services): RequestHandler {
  return async (req: Request, res, next) => {
    try {
      res.setHeader("Cache-Control", "no-store");
      const context = await createContext(services, req.headers.authorization, req.ip ?? null);
      if (!context.viewer) return void res.status(401).json({ errors: [formattedRefusal("NOT_SIGNED_IN", {})] });
      if (roleRank[context.viewer.role] < roleRank[Role.COORDINATOR])
        return void res.status(403).json({ errors: [formattedRefusal("ROLE_REQUIRED", { roles: [Role.COORDINATOR] })] });
      const id = FILE.exec(String(req.params.file))?.[1]?.toLowerCase();
      if (!id) return void res.status(404).json({ errors: [formattedRefusal("RECORD_NOT_FOUND", { record: "Participant" })] });
      const extract = await services.participants.extract({ viewer: context.viewer, ip: context.ip }, id);
      res.setHeader("Content-Disposition", `attachment; filename="deltagare-${extract.participant.code}.json"`);
      res.type("application/json").send(JSON.stringify(extract, null, 2));
    } catch (error) {
      if (error instanceof AppError && error.reason === "RECORD_NOT_FOUND")
        return void res.status(404).json({ errors: [formattedRefusal("RECORD_NOT_FOUND", { record: "Participant" })] });
      next(error);
    }
  };
}
