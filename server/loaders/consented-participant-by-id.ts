import DataLoader from "dataloader";
import type { Viewer } from "../common/viewer.js";
import type { ConsentService } from "../modules/consent/consent.service.js";

/** Whether a valid consent lets the viewer's organisation see each participant (ConsentService's one rule, batched). */
export const consentedParticipantById = (consents: ConsentService, viewer: Viewer | null) =>
  new DataLoader<string, boolean>(async (ids) => {
    if (!viewer) return ids.map(() => false);
    const allowed = await consents.consentedParticipantIds(viewer.organisationId, ids);
    return ids.map((id) => allowed.has(id));
  });
