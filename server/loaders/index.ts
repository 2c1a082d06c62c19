import DataLoader from "dataloader";
import type { Viewer } from "../common/viewer.js";
import type { Organisation } from "../modules/organisation/organisation.entity.js";
import type { PlacementRelations, SeatHolding } from "../modules/placement/placement-relations.js";
import type { Municipality } from "../modules/reference/municipality.entity.js";
import type { Workplace } from "../modules/workplace/workplace.entity.js";
import type { Services } from "../services.js";
import { visibleToByPlacementId } from "./visible-to-by-placement-id.js";
import { claimsByPlacementId } from "./claims-by-placement-id.js";
import { consentedParticipantById } from "./consented-participant-by-id.js";
import { renewalsByClaimId } from "./renewals-by-claim-id.js";
import { waitingCountByPlacementId } from "./waiting-count-by-placement-id.js";
import { coordinatorsByOrganisationId } from "./coordinators-by-organisation-id.js";
import { feedbackByPlacementId } from "./feedback-by-placement-id.js";
import { checklistItemsByVersionId } from "./checklist-items-by-version-id.js";
import { checklistVersionById } from "./checklist-version-by-id.js";
import { placementChecklistById } from "./placement-checklist-by-id.js";
import { placementChecklistItemsByChecklistId } from "./placement-checklist-items-by-checklist-id.js";
import { placementChecklistsByPlacementId } from "./placement-checklists-by-placement-id.js";
import { validationRecordsByValidationId } from "./validation-records-by-validation-id.js";
import { validationsByClaimId } from "./validations-by-claim-id.js";
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
    coordinatorsByOrganisationId: coordinatorsByOrganisationId(reads),
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
    /** Rows this request already read (a board page's relations): answered at once, without a promise. */
    known: {
      organisations: new Map<string, Organisation>(),
      workplaces: new Map<string, Workplace>(),
      municipalities: new Map<string, Municipality>(),
      seatHoldings: new Map<string, SeatHolding[]>(),
    },
    feedbackByPlacementId: feedbackByPlacementId(reads),
    checklistVersionById: checklistVersionById(reads),
    checklistItemsByVersionId: checklistItemsByVersionId(reads),
    placementChecklistById: placementChecklistById(reads),
    placementChecklistsByPlacementId: placementChecklistsByPlacementId(reads),
    placementChecklistItemsByChecklistId: placementChecklistItemsByChecklistId(reads),
    validationsByClaimId: validationsByClaimId(reads),
    validationRecordsByValidationId: validationRecordsByValidationId(reads),
    /** Batches "who read which participant" into one audit insert per tick. */
    participantReads: new DataLoader<string, string>(async (ids) => {
      if (viewer) await services.participants.logReads({ viewer, ip }, ids);
      return ids;
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Hands a board page's relations to the request: its organisation, workplace, municipality and
 * seat-holding fields then resolve synchronously from `known` (about 200 promises fewer per page
 * of 50), and the loaders are primed for any other path that asks for the same rows.
 */
export function primeLoaders(loaders: Loaders, relations: PlacementRelations): void {
  const { known } = loaders;
  for (const row of relations.organisations) {
    known.organisations.set(row.id, row);
    loaders.organisationById.prime(row.id, row);
  }
  for (const row of relations.workplaces) {
    known.workplaces.set(row.id, row);
    loaders.workplaceById.prime(row.id, row);
  }
  for (const row of relations.municipalities) {
    known.municipalities.set(row.code, row);
    loaders.municipalityByCode.prime(row.code, row);
  }
  for (const [placementId, holdings] of relations.seatHoldings) {
    known.seatHoldings.set(placementId, holdings);
    loaders.seatHoldingsByPlacementId.prime(placementId, holdings);
  }
}
