import { registerEnumType } from "type-graphql";

/** When an outcome is recorded: as the claim ends, and again 90 days after (the state's measure for work placements). */
export enum OutcomeStage {
  AT_END = "AT_END",
  DAYS_90 = "DAYS_90",
}
registerEnumType(OutcomeStage, {
  name: "OutcomeStage",
  description: "When an outcome is recorded.",
  valuesConfig: {
    AT_END: { description: "When the claim ended (completed or ended early)." },
    DAYS_90: { description: "90 days after the claim ended." },
  },
});

/** What a placement led to: the fixed list the steering group counts (DOMAIN.md, "Outcomes"). */
export enum OutcomeCategory {
  WORK = "WORK",
  STUDIES = "STUDIES",
  PROGRAMME = "PROGRAMME",
  CONTINUED_PLACEMENT = "CONTINUED_PLACEMENT",
  SICK_LEAVE = "SICK_LEAVE",
  PARENTAL_LEAVE = "PARENTAL_LEAVE",
  ENDED_EARLY = "ENDED_EARLY",
  NOT_REACHABLE = "NOT_REACHABLE",
}
registerEnumType(OutcomeCategory, {
  name: "OutcomeCategory",
  description: "What came of a placement, from a fixed list.",
  valuesConfig: {
    WORK: { description: "Work, with or without subsidy (detail: the kind of employment)." },
    STUDIES: { description: "Studies (detail: SFI, adult education, folk high school or vocational)." },
    PROGRAMME: { description: "Another programme (detail: via the municipality or via Arbetsförmedlingen)." },
    CONTINUED_PLACEMENT: { description: "The placement continues (a new period or another placement)." },
    SICK_LEAVE: { description: "Sick leave." },
    PARENTAL_LEAVE: { description: "Parental leave." },
    ENDED_EARLY: { description: "Ended early with nothing else to follow (earlyEndReason says why)." },
    NOT_REACHABLE: { description: "Not reachable (ej avhörd)." },
  },
});

/** The detail a category takes; each belongs to exactly one category (outcomeDetails). */
export enum OutcomeDetail {
  PERMANENT = "PERMANENT",
  FIXED_TERM = "FIXED_TERM",
  HOURLY = "HOURLY",
  SELF_EMPLOYED = "SELF_EMPLOYED",
  SFI = "SFI",
  ADULT_EDUCATION = "ADULT_EDUCATION",
  FOLK_HIGH_SCHOOL = "FOLK_HIGH_SCHOOL",
  VOCATIONAL = "VOCATIONAL",
  VIA_MUNICIPALITY = "VIA_MUNICIPALITY",
  VIA_EMPLOYMENT_SERVICE = "VIA_EMPLOYMENT_SERVICE",
}
registerEnumType(OutcomeDetail, {
  name: "OutcomeDetail",
  description: "The kind of work, studies or programme; WORK, STUDIES and PROGRAMME each take one of theirs.",
  valuesConfig: {
    PERMANENT: { description: "WORK: permanent employment (tillsvidare)." },
    FIXED_TERM: { description: "WORK: fixed-term employment (visstid)." },
    HOURLY: { description: "WORK: hourly employment (timanställning)." },
    SELF_EMPLOYED: { description: "WORK: own business." },
    SFI: { description: "STUDIES: Swedish for immigrants." },
    ADULT_EDUCATION: { description: "STUDIES: municipal adult education (komvux)." },
    FOLK_HIGH_SCHOOL: { description: "STUDIES: folk high school." },
    VOCATIONAL: { description: "STUDIES: vocational education (yrkesutbildning)." },
    VIA_MUNICIPALITY: { description: "PROGRAMME: via the municipality's labour-market unit." },
    VIA_EMPLOYMENT_SERVICE: { description: "PROGRAMME: via Arbetsförmedlingen." },
  },
});

export const outcomeDetails: Partial<Record<OutcomeCategory, readonly OutcomeDetail[]>> = {
  [OutcomeCategory.WORK]: [OutcomeDetail.PERMANENT, OutcomeDetail.FIXED_TERM, OutcomeDetail.HOURLY, OutcomeDetail.SELF_EMPLOYED],
  [OutcomeCategory.STUDIES]: [OutcomeDetail.SFI, OutcomeDetail.ADULT_EDUCATION, OutcomeDetail.FOLK_HIGH_SCHOOL, OutcomeDetail.VOCATIONAL],
  [OutcomeCategory.PROGRAMME]: [OutcomeDetail.VIA_MUNICIPALITY, OutcomeDetail.VIA_EMPLOYMENT_SERVICE],
};

/** Why a claim ended early (avbrott), as a category the statistics count; the claim's own reason stays free text. */
export enum EarlyEndReason {
  GOT_WORK_OR_STUDIES = "GOT_WORK_OR_STUDIES",
  HEALTH = "HEALTH",
  ABSENCE = "ABSENCE",
  MISMATCH = "MISMATCH",
  WORKPLACE = "WORKPLACE",
  PERSONAL = "PERSONAL",
  OTHER = "OTHER",
}
registerEnumType(EarlyEndReason, {
  name: "EarlyEndReason",
  description: "Why a claim ended early, as a category.",
  valuesConfig: {
    GOT_WORK_OR_STUDIES: { description: "Left for work or studies." },
    HEALTH: { description: "Health." },
    ABSENCE: { description: "Too much absence." },
    MISMATCH: { description: "The tasks did not match the person." },
    WORKPLACE: { description: "Something at the workplace (supervisor, conditions)." },
    PERSONAL: { description: "Personal circumstances." },
    OTHER: { description: "Anything else." },
  },
});
