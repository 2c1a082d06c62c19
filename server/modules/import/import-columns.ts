import { Licence, PlacementKind, SwedishLevel } from "../placement/placement-kind.js";
import { Sector } from "../workplace/workplace.entity.js";

/** The columns the import reads, by key; `header` is the template's (Swedish) heading. */
export const importColumns = [
  { key: "workplace", header: "Arbetsplats", aliases: ["workplace", "arbetsgivare", "företag", "verksamhet"] },
  { key: "municipality", header: "Kommun", aliases: ["municipality"] },
  { key: "organisationNumber", header: "Organisationsnummer", aliases: ["organisation number", "orgnr", "org nr", "organisationsnr"] },
  { key: "address", header: "Adress", aliases: ["address", "besöksadress", "gatuadress"] },
  { key: "sector", header: "Sektor", aliases: ["sector"] },
  { key: "title", header: "Titel", aliases: ["title", "benämning", "befattning", "uppgift"] },
  { key: "kind", header: "Typ av plats", aliases: ["kind", "typ", "platstyp", "insats"] },
  { key: "occupationField", header: "Yrkesområde", aliases: ["occupation field", "bransch"] },
  { key: "capacity", header: "Antal platser", aliases: ["seats", "capacity", "platser", "antal"] },
  { key: "startDate", header: "Startdatum", aliases: ["start date", "start", "från", "från och med"] },
  { key: "endDate", header: "Slutdatum", aliases: ["end date", "slut", "till", "till och med"] },
  { key: "hoursPerWeek", header: "Timmar per vecka", aliases: ["hours per week", "timmar", "tim/v", "timmar/vecka", "h/v"] },
  { key: "swedishLevel", header: "Svenska", aliases: ["swedish", "svenskkrav", "svenska krav", "språkkrav"] },
  { key: "licences", header: "Körkort/certifikat", aliases: ["licences", "körkort", "certifikat", "körkort och certifikat"] },
  { key: "description", header: "Beskrivning", aliases: ["description", "arbetsuppgifter", "om platsen"] },
] as const;

export type ColumnKey = (typeof importColumns)[number]["key"];

/** A workplace row needs these; a placement row also needs the kind and a start date. */
export const requiredColumns: readonly ColumnKey[] = ["workplace", "municipality"];

export const headerOf = (key: ColumnKey) => importColumns.find((column) => column.key === key)!.header;

/** Case, spaces, punctuation and Unicode form do not matter when names are compared; å, ä and ö stay letters. */
export const normalised = (text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** The column a heading names, or null: by the template's heading, an alias, or the English heading. */
export function columnOfHeading(heading: string): ColumnKey | null {
  const wanted = normalised(heading);
  if (!wanted) return null;
  const column = importColumns.find((candidate) => [candidate.header, ...candidate.aliases].some((name) => normalised(name) === wanted));
  return column?.key ?? null;
}

/**
 * The words coordinators write for each value, Swedish first; the code itself (INTERNSHIP) is
 * accepted too. The template's "Värden" sheet lists the first word of each.
 */
export const kindWords: Record<PlacementKind, string[]> = {
  [PlacementKind.INTERNSHIP]: ["Praktik", "Arbetspraktik", "Internship"],
  [PlacementKind.WORK_TRAINING]: ["Arbetsträning", "Work training"],
  [PlacementKind.WORK_ASSESSMENT]: ["Arbetsprövning", "Utredningsplats", "Utredning", "Work assessment"],
  [PlacementKind.LANGUAGE_INTERNSHIP]: ["Språkpraktik", "Language internship"],
  [PlacementKind.TRAINEE]: ["Traineejobb", "Trainee", "Traineeplats"],
  [PlacementKind.SUMMER_JOB]: ["Feriejobb", "Sommarjobb", "Summer job"],
};

export const swedishLevelWords: Record<SwedishLevel, string[]> = {
  [SwedishLevel.NONE]: ["Inga krav", "Ingen", "Inget krav", "None"],
  [SwedishLevel.BASIC]: ["Grundläggande", "Grund", "Enkel", "Basic"],
  [SwedishLevel.INTERMEDIATE]: ["God", "Mellan", "Medel", "Intermediate"],
  [SwedishLevel.FLUENT]: ["Flytande", "Mycket god", "Fluent"],
};

export const licenceWords: Record<Licence, string[]> = {
  [Licence.DRIVING_B]: ["B-körkort", "Körkort B", "B", "Driving licence B"],
  [Licence.DRIVING_C]: ["C-körkort", "Körkort C", "C", "Driving licence C"],
  [Licence.FORKLIFT]: ["Truckkort", "Truck", "Forklift"],
  [Licence.WHEEL_LOADER]: ["Hjullastare", "Hjullastarkort", "Wheel loader"],
  [Licence.HYGIENE]: ["Livsmedelshygien", "Hygienintyg", "Hygien", "Hygiene"],
};

export const sectorWords: Record<Sector, string[]> = {
  [Sector.PUBLIC]: ["Offentlig", "Kommunal", "Statlig", "Region", "Public"],
  [Sector.PRIVATE]: ["Privat", "Företag", "Private"],
  [Sector.NON_PROFIT]: ["Ideell", "Idéburen", "Förening", "Non-profit"],
};

/** The value a cell names by one of its words or its code, or null. */
export function valueOfWord<V extends string>(words: Record<V, string[]>, cell: string): V | null {
  const wanted = normalised(cell);
  for (const [value, names] of Object.entries(words) as [V, string[]][]) {
    if (normalised(value) === wanted || names.some((name) => normalised(name) === wanted)) return value;
  }
  return null;
}

/** End dates meaning "no end": a standing placement. */
export const standingWords = ["Löpande", "Tillsvidare", "Stående", "Standing"];

/**
 * The sector an organisation number's first digit implies (Bolagsverket's groups): 2 is the state,
 * regions and municipalities, 8 non-profit associations and foundations, the other groups companies.
 */
export function sectorOfOrganisationNumber(organisationNumber: string): Sector | null {
  const first = organisationNumber[0];
  if (!first || !/\d/.test(first)) return null;
  if (first === "2") return Sector.PUBLIC;
  if (first === "8") return Sector.NON_PROFIT;
  return Sector.PRIVATE;
}
