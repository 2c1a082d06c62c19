import DataLoader from "dataloader";
import type { Viewer } from "../common/viewer.js";
import type { PlacementRelations } from "../modules/placement/placement-relations.js";
import type { Services } from "../services.js";
import { visibleToByPlacementId } from "./visible-to-by-placement-id.js";
import { claimsByPlacementId } from "./claims-by-placement-id.js";
import { consentedParticipantById } from "./consented-participant-by-id.js";
import { renewalsByClaimId } from "./renewals-by-claim-id.js";
import { waitingCountByPlacementId } from "./waiting-count-by-placement-id.js";
import { municipalityByCode } from "./municipality-by-code.js";
import { occupationFieldById } from "./occupation-field-by-id.js";
import { organisationById } from "./organisation-by-id.js";
import { ourClaimsByPlacementId } from "./our-claims-by-placement-id.js";
import { participantById } from "./participant-by-id.js";
import { placementById } from "./placement-by-id.js";
import { seatHoldingsByPlacementId } from "./seat-holdings-by-placement-id.js";
import { supervisorById } from "./supervisor-by-id.js";
import { supervisorsByWorkplaceId } from "./supervisors-by-workplace-id.js";
import { userById } from "./user-by-id.js";
import { workplaceById } from "./workplace-by-id.js";

/**
 * The loaders of one request, built fresh for each so one viewer's rows never reach another.
 * Each batches the keys asked for in one tick into one `IN (…)` query; all read from the store's
 * read side, which sees only committed data.
 */
export function createLoaders(services: Services, viewer: Viewer | null, ip: string | null) {
  const { reads } = services.store;
  return {
    organisationById: organisationById(reads),
    municipalityByCode: municipalityByCode(reads),
    occupationFieldById: occupationFieldById(reads),
    workplaceById: workplaceById(reads),
    supervisorById: supervisorById(reads),
    placementById: placementById(reads, viewer),
    participantById: participantById(reads),
    userById: userById(reads),
    supervisorsByWorkplaceId: supervisorsByWorkplaceId(reads),
    visibleToByPlacementId: visibleToByPlacementId(reads),
    seatHoldingsByPlacementId: seatHoldingsByPlacementId(reads),
    claimsByPlacementId: claimsByPlacementId(reads),
    ourClaimsByPlacementId: ourClaimsByPlacementId(reads, viewer),
    consentedParticipantById: consentedParticipantById(services.consents, viewer),
    renewalsByClaimId: renewalsByClaimId(reads),
    waitingCountByPlacementId: waitingCountByPlacementId(reads),
    /** Reads of another organisation's participant under its consent: audited as such, one insert per tick. */
    consentedParticipantReads: new DataLoader<string, string>(async (ids) => {
      if (viewer) await services.participants.logReads({ viewer, ip }, ids, "read:participant:consent");
      return ids;
    }),
    /** Batches "who read which participant" into one audit insert per tick. */
    participantReads: new DataLoader<string, string>(async (ids) => {
      if (viewer) await services.participants.logReads({ viewer, ip }, ids);
      return ids;
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Hands a board page's relations to the request's loaders, so its organisation, workplace,
 * municipality and seat-holding fields resolve at once, without another statement or tick.
 */
export function primeLoaders(loaders: Loaders, relations: PlacementRelations): void {
  for (const row of relations.organisations) loaders.organisationById.prime(row.id, row);
  for (const row of relations.workplaces) loaders.workplaceById.prime(row.id, row);
  for (const row of relations.municipalities) loaders.municipalityByCode.prime(row.code, row);
  for (const [placementId, holdings] of relations.seatHoldings) loaders.seatHoldingsByPlacementId.prime(placementId, holdings);
}
