import type { DataSource, EntityManager } from "typeorm";
import { luhnValid } from "../common/identity-number.js";
import { newId } from "../common/columns.js";
import { AuditEntry } from "../modules/audit/audit-entry.entity.js";
import { defaultPasswordHashing, type PasswordHashingOptions } from "../config.js";
import { PasswordHasher } from "../modules/auth/passwords.js";
import { ClaimStatus, LIVE_STATUSES } from "../modules/claim/claim-status.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { FeedbackKind, FeedbackTag, PlacementFeedback } from "../modules/feedback/feedback.entity.js";
import { Consent, ConsentOrganisation } from "../modules/consent/consent.entity.js";
import { Organisation, OrganisationKind } from "../modules/organisation/organisation.entity.js";
import { Participant } from "../modules/participant/participant.entity.js";
import { Licence, PlacementKind, PlacementStatus, SwedishLevel, Visibility } from "../modules/placement/placement-kind.js";
import { Placement, PlacementVisibility } from "../modules/placement/placement.entity.js";
import { Role, User } from "../modules/user/user.entity.js";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { Sector, Workplace } from "../modules/workplace/workplace.entity.js";
import { seedDemoHistory } from "./demo-history.js";

/** The public password of every demo account. Demo data is never loaded in production unless SEED_DEMO=true. */
export const DEMO_PASSWORD = "praktikpool";

const KOPING = "1983";
const ARBOGA = "1984";
const KUNGSOR = "1960";

const organisations = [
  { slug: "koping", name: "Köpings kommun – Jobbcenter", kind: OrganisationKind.MUNICIPALITY, municipalityCode: KOPING },
  { slug: "arboga", name: "Arboga kommun – Arbetsmarknadsenheten", kind: OrganisationKind.MUNICIPALITY, municipalityCode: ARBOGA },
  { slug: "kungsor", name: "Kungsörs kommun – Arbetsmarknadsenheten", kind: OrganisationKind.MUNICIPALITY, municipalityCode: KUNGSOR },
  { slug: "arbetsformedlingen", name: "Arbetsförmedlingen", kind: OrganisationKind.EMPLOYMENT_SERVICE, municipalityCode: null },
  { slug: "forsakringskassan", name: "Försäkringskassan", kind: OrganisationKind.SOCIAL_INSURANCE, municipalityCode: null },
] as const;

type Slug = (typeof organisations)[number]["slug"];

/** [name, sector, municipality, registered by, occupation field, address] */
const workplaces: [string, Sector, string, Slug, string, string][] = [
  ["Förskolan Solrosen", Sector.PUBLIC, KOPING, "koping", "MVqp_eS8_kDZ", "Glasgatan 4"],
  ["Karlbergsskolan, köket", Sector.PUBLIC, KOPING, "koping", "ScKy_FHB_7wT", "Skolgatan 12"],
  ["Äldreboendet Tallgården", Sector.PUBLIC, KOPING, "koping", "GazW_2TU_kJw", "Tallvägen 2"],
  ["Köpings arbetsträningsverkstad", Sector.PUBLIC, KOPING, "koping", "PaxQ_o1G_wWH", "Verkstadsgatan 8"],
  ["Kommunens fastighetsservice Köping", Sector.PUBLIC, KOPING, "koping", "yhCP_AqT_tns", "Ringvägen 30"],
  ["Mälarhamnens lager AB", Sector.PRIVATE, KOPING, "arbetsformedlingen", "ASGV_zcE_bWf", "Hamnvägen 11"],
  ["ICA Kvantum Köping", Sector.PRIVATE, KOPING, "koping", "RPTn_bxG_ExZ", "Torggatan 1"],
  ["Köpings Mekaniska Verkstad", Sector.PRIVATE, KOPING, "arbetsformedlingen", "wTEr_CBC_bqh", "Industrigatan 5"],
  ["Städservice i Köping AB", Sector.PRIVATE, KOPING, "koping", "whao_Q6A_ScE", "Norra Allén 3"],
  ["Second hand Återbruket", Sector.NON_PROFIT, KOPING, "koping", "RPTn_bxG_ExZ", "Östra Långgatan 20"],
  ["Köpings bibliotek", Sector.PUBLIC, KOPING, "koping", "9puE_nYg_crq", "Barnhemsgatan 2"],
  ["Förskolan Humlan", Sector.PUBLIC, ARBOGA, "arboga", "MVqp_eS8_kDZ", "Humlegatan 6"],
  ["Arboga AME – snickeriet", Sector.PUBLIC, ARBOGA, "arboga", "PaxQ_o1G_wWH", "Jäders bruk 1"],
  ["Arboga AME – utredningsplatsen", Sector.PUBLIC, ARBOGA, "arboga", "X82t_awd_Qyc", "Jäders bruk 1"],
  ["Hemtjänsten Arboga norra", Sector.PUBLIC, ARBOGA, "arboga", "GazW_2TU_kJw", "Nygatan 40"],
  ["Arboga lasarettsköket", Sector.PUBLIC, ARBOGA, "arboga", "ScKy_FHB_7wT", "Lasarettsvägen 2"],
  ["Arboga Byggservice AB", Sector.PRIVATE, ARBOGA, "arbetsformedlingen", "j7Cq_ZJe_GkT", "Sätravägen 15"],
  ["Logistikcenter Arboga", Sector.PRIVATE, ARBOGA, "arbetsformedlingen", "ASGV_zcE_bWf", "Logistikvägen 9"],
  ["Coop Arboga", Sector.PRIVATE, ARBOGA, "arboga", "RPTn_bxG_ExZ", "Storgatan 25"],
  ["Arboga Kyrkans Second hand", Sector.NON_PROFIT, ARBOGA, "arboga", "RPTn_bxG_ExZ", "Kapellgatan 3"],
  ["Vård- och omsorgsboendet Ekbacken", Sector.PUBLIC, ARBOGA, "forsakringskassan", "NYW6_mP6_vwf", "Ekbacksvägen 7"],
  ["Förskolan Ängen", Sector.PUBLIC, KUNGSOR, "kungsor", "MVqp_eS8_kDZ", "Ängsgatan 2"],
  ["Kungsörs kommun – parkförvaltningen", Sector.PUBLIC, KUNGSOR, "kungsor", "VuuL_7CH_adj", "Drottninggatan 14"],
  ["Kung Karls skola, köket", Sector.PUBLIC, KUNGSOR, "kungsor", "ScKy_FHB_7wT", "Skolgatan 3"],
  ["Kungsörs äldreboende Kung Karl", Sector.PUBLIC, KUNGSOR, "kungsor", "GazW_2TU_kJw", "Kungsgatan 30"],
  ["Kungsörs Plåt & Ventilation AB", Sector.PRIVATE, KUNGSOR, "arbetsformedlingen", "yhCP_AqT_tns", "Fabriksgatan 6"],
  ["Kungsörs Livs", Sector.PRIVATE, KUNGSOR, "kungsor", "RPTn_bxG_ExZ", "Torget 2"],
  ["Kungsörs Bil & Däck", Sector.PRIVATE, KUNGSOR, "arbetsformedlingen", "ASGV_zcE_bWf", "Verkstadsvägen 1"],
  ["Kungsörs idrottsförening", Sector.NON_PROFIT, KUNGSOR, "kungsor", "GazW_2TU_kJw", "Idrottsvägen 5"],
  ["Kungsörs återvinningscentral", Sector.PUBLIC, KUNGSOR, "kungsor", "whao_Q6A_ScE", "Tippvägen 1"],
];

const supervisorNames = [
  "Anna Lindqvist",
  "Erik Johansson",
  "Maria Nilsson",
  "Johan Karlsson",
  "Sara Andersson",
  "Ahmed Hassan",
  "Lena Berg",
  "Mikael Persson",
  "Fatima Ali",
  "Per Svensson",
  "Karin Holm",
  "Ali Yusuf",
  "Eva Sjöberg",
  "Nils Ek",
  "Ingrid Lund",
];

interface PlacementSeed {
  title: string;
  kind: PlacementKind;
  description: string;
  capacity: number;
  weeks: number | null;
  hours: number;
  swedish: SwedishLevel;
  licences?: Licence[];
  other?: string;
  /** Only at workplaces whose name matches: a seed that fits a care home does not fit a sports club. */
  at?: RegExp;
}

/**
 * Titles and demands per occupation field, written for the demo in the coordinators' own words.
 * Each kind sits where it is believable: feriejobb where work goes on in summer (care, parks, a
 * hospital kitchen, a sports club's summer camps — not a school kitchen), internal trainee jobs at
 * municipal employers and external ones at private firms.
 */
const placementsByField: Record<string, PlacementSeed[]> = {
  MVqp_eS8_kDZ: [
    {
      title: "Barnskötare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Stötta pedagogerna i vardagen: måltider, utevistelse och lek.",
      capacity: 2,
      weeks: 12,
      hours: 30,
      swedish: SwedishLevel.INTERMEDIATE,
    },
    {
      title: "Språkpraktik i förskola",
      kind: PlacementKind.LANGUAGE_INTERNSHIP,
      description: "Två dagar i veckan bredvid SFI. Vardagssvenska med barn och kollegor.",
      capacity: 3,
      weeks: 16,
      hours: 16,
      swedish: SwedishLevel.BASIC,
    },
  ],
  ScKy_FHB_7wT: [
    {
      title: "Köksbiträde, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Disk, förberedelser och servering i ett storkök.",
      capacity: 2,
      weeks: 24,
      hours: 25,
      swedish: SwedishLevel.BASIC,
      licences: [Licence.HYGIENE],
    },
    {
      title: "Feriejobb i lasarettsköket",
      kind: PlacementKind.SUMMER_JOB,
      description: "Tre sommarveckor i sjukhusets storkök: disk, kall mat och brickor till avdelningarna.",
      capacity: 4,
      weeks: 3,
      hours: 30,
      swedish: SwedishLevel.BASIC,
      at: /lasarett/i,
    },
    {
      title: "Skolmåltider, språkpraktik",
      kind: PlacementKind.LANGUAGE_INTERNSHIP,
      description: "Servering och disk i skolmatsalen två dagar i veckan bredvid SFI.",
      capacity: 2,
      weeks: 12,
      hours: 16,
      swedish: SwedishLevel.BASIC,
      at: /skola/i,
    },
  ],
  GazW_2TU_kJw: [
    {
      title: "Vårdbiträde, internt traineejobb",
      kind: PlacementKind.TRAINEE,
      description: "Internt traineejobb i kommunens äldreomsorg med uppföljning var tredje månad.",
      capacity: 2,
      weeks: 52,
      hours: 40,
      swedish: SwedishLevel.INTERMEDIATE,
      other: "Tunga lyft förekommer.",
      at: /äldre|hemtjänst/i,
    },
    {
      title: "Feriejobb i äldreomsorgen",
      kind: PlacementKind.SUMMER_JOB,
      description: "Sällskap, promenader och enklare sysslor.",
      capacity: 6,
      weeks: 3,
      hours: 30,
      swedish: SwedishLevel.INTERMEDIATE,
      at: /äldre|hemtjänst/i,
    },
    {
      title: "Fritidsledare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Träningspass för barn och unga, kiosk och skötsel av klubbstugan.",
      capacity: 2,
      weeks: 10,
      hours: 20,
      swedish: SwedishLevel.BASIC,
      at: /idrott/i,
    },
    {
      title: "Feriejobb på sommarlägret",
      kind: PlacementKind.SUMMER_JOB,
      description: "Hjälpledare på föreningens sommarläger för barn: aktiviteter, måltider och ordning.",
      capacity: 4,
      weeks: 3,
      hours: 30,
      swedish: SwedishLevel.INTERMEDIATE,
      at: /idrott/i,
    },
  ],
  PaxQ_o1G_wWH: [
    {
      title: "Snickeri, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Enklare snickeriarbeten i egen takt med handledare.",
      capacity: 4,
      weeks: null,
      hours: 20,
      swedish: SwedishLevel.NONE,
    },
    {
      title: "Cykelverkstad, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Laga och rusta begagnade cyklar i verkstadens arbetslag.",
      capacity: 3,
      weeks: 26,
      hours: 20,
      swedish: SwedishLevel.NONE,
      at: /verkstad/i,
    },
    {
      title: "Möbelrenovering, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Slipa, laga och måla om skänkta möbler till second hand-butikerna.",
      capacity: 3,
      weeks: 26,
      hours: 20,
      swedish: SwedishLevel.NONE,
      at: /snickeri/i,
    },
  ],
  yhCP_AqT_tns: [
    {
      title: "Fastighetsskötare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Felanmälningar, enklare reparationer och utemiljö.",
      capacity: 1,
      weeks: 12,
      hours: 40,
      swedish: SwedishLevel.BASIC,
      licences: [Licence.DRIVING_B],
      at: /fastighet/i,
    },
    {
      title: "Fastighetsservice, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Snöskottning, sandning och enklare underhåll tillsammans med fastighetsskötare.",
      capacity: 2,
      weeks: null,
      hours: 25,
      swedish: SwedishLevel.NONE,
      other: "Utomhusarbete året runt.",
      at: /fastighet/i,
    },
    {
      title: "Plåtslagare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Följ med montörerna: bocka plåt, montera stuprör och hjälpa till på tak.",
      capacity: 1,
      weeks: 12,
      hours: 40,
      swedish: SwedishLevel.BASIC,
      other: "Arbete på höjd.",
      at: /plåt/i,
    },
    {
      title: "Ventilationsmontör, externt traineejobb",
      kind: PlacementKind.TRAINEE,
      description: "Externt traineejobb, förlängs tre månader i taget efter uppföljning.",
      capacity: 1,
      weeks: 26,
      hours: 40,
      swedish: SwedishLevel.INTERMEDIATE,
      licences: [Licence.DRIVING_B],
      at: /plåt/i,
    },
  ],
  ASGV_zcE_bWf: [
    {
      title: "Lagerarbetare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Plock, pack och inleveranser. Stående praktikplats.",
      capacity: 3,
      weeks: null,
      hours: 40,
      swedish: SwedishLevel.BASIC,
      licences: [Licence.FORKLIFT],
      other: "Skiftarbete.",
      at: /lager|logistik/i,
    },
    {
      title: "Truckförare, externt traineejobb",
      kind: PlacementKind.TRAINEE,
      description: "Externt traineejobb, förlängs tre månader i taget.",
      capacity: 1,
      weeks: 52,
      hours: 40,
      swedish: SwedishLevel.INTERMEDIATE,
      licences: [Licence.FORKLIFT, Licence.DRIVING_B],
      at: /lager|logistik/i,
    },
    {
      title: "Däckskifte, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Däckbyten, hjulförvaring och enklare service i verkstaden under säsong.",
      capacity: 2,
      weeks: 8,
      hours: 40,
      swedish: SwedishLevel.BASIC,
      licences: [Licence.DRIVING_B],
      at: /däck/i,
    },
    {
      title: "Bilvård, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Tvätt och invändig rengöring av bilar i egen takt.",
      capacity: 2,
      weeks: 16,
      hours: 20,
      swedish: SwedishLevel.NONE,
      at: /däck/i,
    },
  ],
  RPTn_bxG_ExZ: [
    {
      title: "Butiksmedarbetare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Varupåfyllning, kassa och kundbemötande.",
      capacity: 2,
      weeks: 8,
      hours: 30,
      swedish: SwedishLevel.INTERMEDIATE,
    },
    {
      title: "Språkpraktik i butik",
      kind: PlacementKind.LANGUAGE_INTERNSHIP,
      description: "Sortering och prismärkning; svenska i vardagen.",
      capacity: 2,
      weeks: 12,
      hours: 16,
      swedish: SwedishLevel.BASIC,
    },
  ],
  wTEr_CBC_bqh: [
    {
      title: "Maskinoperatör, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Prova på CNC-bearbetning och montering.",
      capacity: 2,
      weeks: 12,
      hours: 40,
      swedish: SwedishLevel.BASIC,
      other: "Skyddsskor tillhandahålls.",
    },
    {
      title: "Montör, externt traineejobb",
      kind: PlacementKind.TRAINEE,
      description: "Externt traineejobb i monteringen; arbetsgivaren intervjuar flera kandidater.",
      capacity: 1,
      weeks: 26,
      hours: 40,
      swedish: SwedishLevel.INTERMEDIATE,
    },
  ],
  whao_Q6A_ScE: [
    {
      title: "Lokalvårdare, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Städning av kontor och skolor, i lugn takt.",
      capacity: 3,
      weeks: 24,
      hours: 20,
      swedish: SwedishLevel.NONE,
      at: /städ/i,
    },
    {
      title: "Lokalvårdare, externt traineejobb",
      kind: PlacementKind.TRAINEE,
      description: "Externt traineejobb i städfirmans arbetslag, förlängs tre månader i taget.",
      capacity: 1,
      weeks: 26,
      hours: 40,
      swedish: SwedishLevel.BASIC,
      licences: [Licence.DRIVING_B],
      at: /städ/i,
    },
    {
      title: "Återvinning och sortering, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Hjälpa besökare att sortera rätt och hålla ordning på stationen.",
      capacity: 2,
      weeks: 8,
      hours: 30,
      swedish: SwedishLevel.BASIC,
      at: /återvinning/i,
    },
    {
      title: "Sortering, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Sortera inlämnat material i containrar, i lugn takt och utomhus.",
      capacity: 2,
      weeks: null,
      hours: 20,
      swedish: SwedishLevel.NONE,
      at: /återvinning/i,
    },
  ],
  X82t_awd_Qyc: [
    {
      title: "Arbetsprövning, kontor och service",
      kind: PlacementKind.WORK_ASSESSMENT,
      description: "Utredningsplats: bedömning av arbetsförmåga i varierade uppgifter.",
      capacity: 3,
      weeks: 2,
      hours: 15,
      swedish: SwedishLevel.BASIC,
      other: "Ska vara beviljad av Försäkringskassan innan start.",
    },
    {
      title: "Arbetsprövning, praktiskt arbete",
      kind: PlacementKind.WORK_ASSESSMENT,
      description: "Utredningsplats i verkstad med bedömning av uthållighet och samarbete.",
      capacity: 2,
      weeks: 4,
      hours: 10,
      swedish: SwedishLevel.NONE,
      other: "Ska vara beviljad av Försäkringskassan innan start.",
    },
  ],
  NYW6_mP6_vwf: [
    {
      title: "Arbetsprövning i vården",
      kind: PlacementKind.WORK_ASSESSMENT,
      description: "Två veckors arbetsprövning med frågeställningar från handläggaren.",
      capacity: 1,
      weeks: 2,
      hours: 20,
      swedish: SwedishLevel.INTERMEDIATE,
    },
    {
      title: "Språkpraktik i vården",
      kind: PlacementKind.LANGUAGE_INTERNSHIP,
      description: "Två dagar i veckan bredvid SFI, med vårdens vanligaste ord och rutiner.",
      capacity: 2,
      weeks: 12,
      hours: 16,
      swedish: SwedishLevel.BASIC,
    },
  ],
  j7Cq_ZJe_GkT: [
    {
      title: "Byggarbetare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Rivning, bärning och enklare byggmoment.",
      capacity: 2,
      weeks: 12,
      hours: 40,
      swedish: SwedishLevel.BASIC,
      licences: [Licence.DRIVING_B],
      other: "Fysiskt krävande.",
    },
    {
      title: "Målare, praktik",
      kind: PlacementKind.INTERNSHIP,
      description: "Förarbete, spackling och målning inomhus.",
      capacity: 1,
      weeks: 8,
      hours: 40,
      swedish: SwedishLevel.BASIC,
    },
  ],
  VuuL_7CH_adj: [
    {
      title: "Parkarbetare, feriejobb",
      kind: PlacementKind.SUMMER_JOB,
      description: "Ogräs, gräsklippning och skräpplockning.",
      capacity: 5,
      weeks: 3,
      hours: 30,
      swedish: SwedishLevel.NONE,
    },
    {
      title: "Grönyteskötsel, arbetsträning",
      kind: PlacementKind.WORK_TRAINING,
      description: "Utomhusarbete i arbetslag.",
      capacity: 3,
      weeks: null,
      hours: 20,
      swedish: SwedishLevel.NONE,
    },
  ],
  "9puE_nYg_crq": [
    {
      title: "Biblioteksassistent, språkpraktik",
      kind: PlacementKind.LANGUAGE_INTERNSHIP,
      description: "Sortering, hylluppställning och läsfrämjande.",
      capacity: 1,
      weeks: 12,
      hours: 16,
      swedish: SwedishLevel.BASIC,
    },
  ],
};

/**
 * The period of one demo placement, valid under the kind rules (kind-rules.json): a feriejobb in
 * next summer's June–August, everything else starting between two weeks ago and ten weeks ahead
 * and never already ended.
 */
function demoPeriod(seed: PlacementSeed, index: number, today: Date): { start: Date; end: Date | null } {
  if (seed.kind === PlacementKind.SUMMER_JOB) {
    const year = today.getUTCMonth() >= 5 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
    const start = new Date(Date.UTC(year, 5, 7 + (index % 4) * 7));
    return { start, end: addDays(start, (seed.weeks ?? 3) * 7 - 3) };
  }
  let start = addDays(today, ((index * 5) % 70) - 14);
  if (seed.weeks !== null && addDays(start, seed.weeks * 7 - 3) < addDays(today, 7)) start = addDays(today, index % 7);
  return { start, end: seed.weeks === null ? null : addDays(start, seed.weeks * 7 - 3) };
}

/** Occupation fields demo participants are interested in (JobTech ids, DOMAIN.md). */
const demoInterests = ["ScKy_FHB_7wT", "GazW_2TU_kJw", "ASGV_zcE_bWf", "RPTn_bxG_ExZ", "whao_Q6A_ScE", "PaxQ_o1G_wWH", "VuuL_7CH_adj"];

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** NNNNNN-NNNC from nine digits, with the Luhn digit the server checks. */
function withCheckDigit(nine: string): string {
  const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((digit) => luhnValid(`${nine}${digit}`))!;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
}

/**
 * Loads the demo world: five partners with their accounts, 30 workplaces across Köping, Arboga
 * and Kungsör, about 60 placements of every kind, participants and claims in every status.
 * Dates are relative to today so the board always looks current.
 */
export async function seedDemoData(
  dataSource: DataSource,
  today = new Date(),
  passwordHashing: PasswordHashingOptions = defaultPasswordHashing,
): Promise<void> {
  const passwordHash = await new PasswordHasher(passwordHashing).hash(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const orgs = new Map<Slug, Organisation>();
    for (const org of organisations) {
      const row = manager.create(Organisation, { id: newId(), ...org });
      await manager.insert(Organisation, row);
      orgs.set(org.slug, row);
    }
    const users = new Map<Slug, User>();
    for (const [slug, org] of orgs) {
      for (const role of [Role.COORDINATOR, Role.ADMIN, Role.VIEWER]) {
        const user = manager.create(User, {
          id: newId(),
          email: `${role.toLowerCase()}@${slug}.demo`,
          name: `${role === Role.ADMIN ? "Administratör" : role === Role.VIEWER ? "Läsare" : "Samordnare"} ${org.name.split(" – ")[0]}`,
          role,
          organisationId: org.id,
          passwordHash,
          active: true,
          createdAt: today,
        });
        await manager.insert(User, user);
        if (role === Role.COORDINATOR) users.set(slug, user);
      }
    }

    const participants = new Map<Slug, Participant[]>();
    for (const [slug, org] of orgs) {
      const list: Participant[] = [];
      for (let n = 1; n <= 6; n++) {
        const participant = manager.create(Participant, {
          id: newId(),
          code: `${slug.slice(0, 3).toUpperCase()}-${String(100 + n)}`,
          organisationId: org.id,
          swedishLevel: [SwedishLevel.BASIC, SwedishLevel.INTERMEDIATE, SwedishLevel.NONE, SwedishLevel.FLUENT][n % 4],
          licences: [n % 3 === 0 ? Licence.DRIVING_B : null, n === 4 ? Licence.FORKLIFT : null, n === 2 ? Licence.HYGIENE : null]
            .filter(Boolean)
            .join(","),
          // What matching ranks by: one or two occupation interests, where the person lives, when they can start.
          occupationFieldIds: [demoInterests[(n - 1) % demoInterests.length], n % 2 ? demoInterests[(n + 2) % demoInterests.length] : null]
            .filter(Boolean)
            .join(","),
          homeMunicipalityCode: org.municipalityCode ?? [KOPING, ARBOGA, KUNGSOR][n % 3],
          availableFrom: isoDate(addDays(today, (n - 1) * 14)),
          // The municipalities' sixth participant is an upper-secondary student under 18, looking for a feriejobb.
          minor: n === 6 && org.kind === OrganisationKind.MUNICIPALITY,
          createdAt: today,
        });
        await manager.insert(Participant, participant);
        list.push(participant);
      }
      participants.set(slug, list);
    }

    let supervisorIndex = 0;
    let placementIndex = 0;
    const placements: Placement[] = [];
    for (const [name, sector, municipalityCode, slug, fieldId, address] of workplaces) {
      const workplace = manager.create(Workplace, {
        id: newId(),
        name,
        sector,
        municipalityCode,
        address,
        organisationNumber:
          sector === Sector.PRIVATE
            ? withCheckDigit(`55${String(6000 + supervisorIndex * 37).padStart(4, "0")}${String(100 + supervisorIndex * 13).slice(0, 3)}`)
            : null,
        organisationId: orgs.get(slug)!.id,
        createdAt: today,
      });
      await manager.insert(Workplace, workplace);
      const supervisor = manager.create(Supervisor, {
        id: newId(),
        workplaceId: workplace.id,
        name: supervisorNames[supervisorIndex % supervisorNames.length],
        email: `handledare${supervisorIndex + 1}@example.se`,
        phone: `0221-${String(10000 + supervisorIndex * 211).slice(0, 5)}`,
        // Every third has no training, and a few trained over three years ago are due again.
        trainedOn:
          supervisorIndex % 3 === 0 ? null : isoDate(addDays(today, supervisorIndex % 7 === 2 ? -1200 : -90 - supervisorIndex * 20)),
        trainingCourse:
          supervisorIndex % 3 === 0
            ? null
            : supervisorIndex % 2
              ? "Handledarutbildning, Arbetsförmedlingen"
              : "Handledarskap på arbetsplatsen, KAK",
      });
      supervisorIndex++;
      await manager.insert(Supervisor, supervisor);

      for (const seed of (placementsByField[fieldId] ?? []).filter((candidate) => !candidate.at || candidate.at.test(name))) {
        const { start, end } = demoPeriod(seed, placementIndex, today);
        const status =
          placementIndex % 17 === 5
            ? PlacementStatus.PAUSED
            : placementIndex % 19 === 7
              ? PlacementStatus.DRAFT
              : placementIndex % 23 === 11
                ? PlacementStatus.CLOSED
                : PlacementStatus.OPEN;
        const placement = manager.create(Placement, {
          id: newId(),
          title: `${seed.title} – ${name}`,
          description: seed.description,
          kind: seed.kind,
          occupationFieldId: fieldId,
          workplaceId: workplace.id,
          supervisorId: supervisor.id,
          organisationId: orgs.get(slug)!.id,
          municipalityCode,
          capacity: seed.capacity,
          seatsTaken: 0,
          startDate: isoDate(start),
          endDate: end === null ? null : isoDate(end),
          hoursPerWeek: seed.hours,
          swedishLevel: seed.swedish,
          licences: (seed.licences ?? []).join(","),
          otherRequirements: seed.other ?? null,
          // Försäkringskassan's work-assessment seats are shown to the agencies only.
          visibility: seed.kind === PlacementKind.WORK_ASSESSMENT ? Visibility.SELECTED : Visibility.ALL_PARTNERS,
          status,
          createdAt: addDays(today, -placementIndex),
          updatedAt: addDays(today, -placementIndex),
        });
        await manager.insert(Placement, placement);
        if (placement.visibility === Visibility.SELECTED) {
          for (const audience of ["arbetsformedlingen", "forsakringskassan"] as const) {
            if (orgs.get(audience)!.id !== placement.organisationId) {
              await manager.insert(PlacementVisibility, { id: newId(), placementId: placement.id, organisationId: orgs.get(audience)!.id });
            }
          }
        }
        placements.push(placement);
        placementIndex++;
      }
    }

    await seedClaims(manager, today, placements, orgs, users, participants);
    await seedFeedback(manager, today, placements, orgs, users);
    await seedDemoHistory(manager, today);
  });
}

/**
 * A few recommendations and warnings between the municipalities, as coordinators write them: about
 * the workplace, never about a person. One warning answered, one resolved, one recommendation.
 */
async function seedFeedback(
  manager: EntityManager,
  today: Date,
  placements: Placement[],
  orgs: Map<Slug, Organisation>,
  users: Map<Slug, User>,
) {
  const shared = (owner: Slug) =>
    placements.find(
      (p) => p.organisationId === orgs.get(owner)!.id && p.status === PlacementStatus.OPEN && p.visibility === Visibility.ALL_PARTNERS,
    )!;
  const admins = new Map<Slug, User>();
  for (const slug of orgs.keys()) admins.set(slug, await manager.findOneByOrFail(User, { email: `admin@${slug}.demo` }));
  const notes: [Slug, Slug, FeedbackKind, FeedbackTag[], string, string | null, boolean][] = [
    [
      "arboga",
      "koping",
      FeedbackKind.WARNING,
      [FeedbackTag.SUPERVISION],
      "Handledaren var på semester de två första veckorna och ingen annan hade fått veta att en praktikant skulle börja.",
      "Tack för att ni sa till. Vi har nu en ersättare för handledaren vid semestrar.",
      false,
    ],
    [
      "kungsor",
      "arboga",
      FeedbackKind.RECOMMENDATION,
      [FeedbackTag.TASKS, FeedbackTag.ATTITUDE],
      "Varierade uppgifter och ett mycket bra bemötande. Handledaren tar sig tid att visa och följa upp varje vecka.",
      null,
      false,
    ],
    [
      "arbetsformedlingen",
      "kungsor",
      FeedbackKind.WARNING,
      [FeedbackTag.SAFETY],
      "Skyddsskor och handskar saknades den första veckan.",
      "Skyddsutrustning finns nu i alla storlekar från första dagen.",
      true,
    ],
  ];
  let n = 0;
  for (const [author, owner, kind, tags, text, answer, resolved] of notes) {
    const placement = shared(owner);
    const createdAt = addDays(today, -10 + n++);
    await manager.insert(PlacementFeedback, {
      id: newId(),
      placementId: placement.id,
      organisationId: orgs.get(author)!.id,
      authorId: users.get(author)!.id,
      kind,
      text,
      tagCodes: tags.join(","),
      basedOnClaim: await manager.existsBy(Claim, { placementId: placement.id, organisationId: orgs.get(author)!.id }),
      createdAt,
      answer,
      answeredAt: answer ? addDays(createdAt, 1) : null,
      answeredById: answer ? users.get(owner)!.id : null,
      resolvedAt: resolved ? addDays(createdAt, 2) : null,
      resolvedById: resolved ? admins.get(owner)!.id : null,
      withdrawnAt: null,
    });
  }
}

/** Claims in every status, spread over the partners, keeping seatsTaken equal to live seats. */
async function seedClaims(
  manager: EntityManager,
  today: Date,
  placements: Placement[],
  orgs: Map<Slug, Organisation>,
  users: Map<Slug, User>,
  participants: Map<Slug, Participant[]>,
) {
  const statuses = Object.values(ClaimStatus);
  const slugs = [...orgs.keys()];
  const open = placements.filter((p) => p.status !== PlacementStatus.DRAFT && p.visibility === Visibility.ALL_PARTNERS);
  let n = 0;
  for (const placement of open.slice(0, 36)) {
    const slug = slugs[(n + 1) % slugs.length];
    const status = statuses[n % statuses.length];
    const live = LIVE_STATUSES.includes(status);
    if (live && placement.seatsTaken + 1 > placement.capacity) continue;
    const createdAt = addDays(today, -(n % 10) - 1);
    const claim = manager.create(Claim, {
      id: newId(),
      placementId: placement.id,
      organisationId: orgs.get(slug)!.id,
      claimedById: users.get(slug)!.id,
      participantId: participants.get(slug)![n % 6].id,
      seats: 1,
      status,
      requestedStart: placement.startDate,
      requestedEnd: placement.endDate,
      reason:
        status === ClaimStatus.DECLINED
          ? "Arbetsgivaren valde en annan kandidat."
          : status === ClaimStatus.ENDED_EARLY
            ? "Deltagaren fick ett jobb på annat håll."
            : null,
      createdAt,
      updatedAt: createdAt,
      // Some holds run out in hours, so "about to expire" has something to show.
      expiresAt: status === ClaimStatus.HELD ? new Date(today.getTime() + ((n % 3) + 1) * 6 * 3600_000) : null,
      decidedById: null,
    });
    await manager.insert(Claim, claim);
    // Some claims' participants (the fourth of each organisation) consented to the placement's organisation seeing their details.
    if (n % 6 === 3 && placement.organisationId !== claim.organisationId) {
      const participant = participants.get(slug)![n % 6];
      const consent = manager.create(Consent, {
        id: newId(),
        participantId: participant.id,
        organisationId: claim.organisationId,
        validUntil: isoDate(addDays(today, 180)),
        revokedAt: null,
        revokedById: null,
        documentReference: `Dnr ${today.getUTCFullYear()}/${String(100 + n)}`,
        guardianAgreed: participant.minor,
        recordedById: users.get(slug)!.id,
        recordedAt: createdAt,
      });
      await manager.insert(Consent, consent);
      await manager.insert(ConsentOrganisation, { id: newId(), consentId: consent.id, organisationId: placement.organisationId });
    }
    if (live) {
      placement.seatsTaken += 1;
      await manager.update(Placement, { id: placement.id }, { seatsTaken: placement.seatsTaken });
    }
    n++;
  }
  await manager.insert(AuditEntry, {
    id: newId(),
    at: today,
    userId: null,
    organisationId: null,
    action: "seedDemoData",
    entity: null,
    entityId: null,
    ip: null,
  });
}
