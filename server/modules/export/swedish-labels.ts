import { AbsenceReason } from "../absence/absence.entity.js";
import { ClaimStatus } from "../claim/claim-status.js";
import { kindWords } from "../import/import-columns.js";
import { EarlyEndReason, OutcomeCategory, OutcomeDetail } from "../outcome/outcome-kind.js";
import { PlacementStatus, type PlacementKind } from "../placement/placement-kind.js";
import { NOT_RECORDED, NOT_YET_DUE } from "../statistics/statistics.service.js";

/** The words the exports write, Swedish only: the files are read by the organisations' staff. */
export const kindLabel = (kind: PlacementKind) => kindWords[kind][0];

export const claimStatusLabel: Record<ClaimStatus, string> = {
  HELD: "Reserverad",
  CONFIRMED: "Bekräftad",
  DECLINED: "Nekad",
  RELEASED: "Återlämnad",
  EXPIRED: "Förfallen",
  ACTIVE: "Pågår",
  COMPLETED: "Avslutad",
  ENDED_EARLY: "Avbruten",
};

export const placementStatusLabel: Record<PlacementStatus, string> = {
  [PlacementStatus.DRAFT]: "Utkast",
  [PlacementStatus.OPEN]: "Öppen",
  [PlacementStatus.PAUSED]: "Pausad",
  [PlacementStatus.CLOSED]: "Stängd",
};

export const categoryLabel: Record<string, string> = {
  [OutcomeCategory.WORK]: "Arbete",
  [OutcomeCategory.STUDIES]: "Studier",
  [OutcomeCategory.PROGRAMME]: "Annan insats",
  [OutcomeCategory.CONTINUED_PLACEMENT]: "Fortsatt praktik",
  [OutcomeCategory.SICK_LEAVE]: "Sjukskrivning",
  [OutcomeCategory.PARENTAL_LEAVE]: "Föräldraledighet",
  [OutcomeCategory.ENDED_EARLY]: "Avbrott",
  [OutcomeCategory.NOT_REACHABLE]: "Ej nåbar",
  [EarlyEndReason.GOT_WORK_OR_STUDIES]: "Fick arbete eller studier",
  [EarlyEndReason.HEALTH]: "Hälsa",
  [EarlyEndReason.ABSENCE]: "Frånvaro",
  [EarlyEndReason.MISMATCH]: "Uppgifterna passade inte",
  [EarlyEndReason.WORKPLACE]: "Arbetsplatsen",
  [EarlyEndReason.PERSONAL]: "Personliga skäl",
  [EarlyEndReason.OTHER]: "Annat",
  [NOT_RECORDED]: "Ej registrerat",
  [NOT_YET_DUE]: "Ej aktuellt än",
};

export const detailLabel: Record<OutcomeDetail, string> = {
  PERMANENT: "Tillsvidare",
  FIXED_TERM: "Visstid",
  HOURLY: "Timanställning",
  SELF_EMPLOYED: "Eget företag",
  SFI: "SFI",
  ADULT_EDUCATION: "Komvux",
  FOLK_HIGH_SCHOOL: "Folkhögskola",
  VOCATIONAL: "Yrkesutbildning",
  VIA_MUNICIPALITY: "Via kommunen",
  VIA_EMPLOYMENT_SERVICE: "Via Arbetsförmedlingen",
};

export const absenceReasonLabel: Record<AbsenceReason, string> = {
  SICK: "Sjuk",
  CARE_OF_CHILD: "Vård av barn",
  APPOINTMENT: "Besök vård eller myndighet",
  LATE: "Sen ankomst eller gick tidigt",
  UNEXCUSED: "Ogiltig frånvaro",
  OTHER: "Annat",
};

/** What a suppressed cell says, in the page and in the export alike. */
export const SUPPRESSED = "färre än 5";
