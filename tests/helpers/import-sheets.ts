import ExcelJS from "exceljs";

/** A row as a coordinator types it: Swedish headings to cell values (text, numbers, dates). */
export type SheetRow = Record<string, string | number | Date | undefined>;

export const HEADINGS = [
  "Arbetsplats",
  "Kommun",
  "Organisationsnummer",
  "Adress",
  "Typ av plats",
  "Titel",
  "Yrkesområde",
  "Antal platser",
  "Startdatum",
  "Slutdatum",
  "Timmar per vecka",
  "Svenska",
  "Körkort/certifikat",
  "Beskrivning",
];

/** An .xlsx with a title line above the headings, as coordinators' own lists often have. */
export async function workbookOf(rows: SheetRow[], options: { headings?: string[]; titleRow?: boolean } = {}): Promise<Buffer> {
  const headings = options.headings ?? HEADINGS;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Praktikplatser");
  if (options.titleRow ?? true) sheet.addRow(["Lediga platser hösten, uppdaterad av samordnarna"]);
  sheet.addRow(headings);
  for (const row of rows) sheet.addRow(headings.map((heading) => row[heading] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Organisation numbers with a correct check digit (Luhn), distinct per index; prefix 2… is a public body, 55… a company. */
export function organisationNumber(index: number, prefix = "5569"): string {
  const base = `${prefix}${String(index).padStart(9 - prefix.length, "0")}`;
  const digits = base.split("").map(Number);
  const sum = digits.reduce((total, digit, position) => {
    const value = position % 2 === 0 ? digit * 2 : digit;
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  const check = (10 - (sum % 10)) % 10;
  return `${base.slice(0, 6)}-${base.slice(6)}${check}`;
}

const kinds = ["Praktik", "Arbetsträning", "Språkpraktik", "Arbetsprövning", "Traineejobb"];
const fields = [
  "Transport, distribution, lager",
  "Hotell, restaurang, storhushåll",
  "Pedagogik",
  "Sanering och renhållning",
  "ASGV_zcE_bWf",
];
const towns = ["Köping", "Arboga", "Kungsör", "1983"];

/** `workplaces` workplaces with `perWorkplace` placements each, every reference value written by name (or code). */
export function largeSheet(prefix: string, workplaces: number, perWorkplace: number): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let w = 0; w < workplaces; w++) {
    for (let p = 0; p < perWorkplace; p++) {
      rows.push({
        Arbetsplats: `${prefix} arbetsplats ${w + 1}`,
        Kommun: towns[w % towns.length],
        Organisationsnummer: organisationNumber(w + 1),
        Adress: `Storgatan ${w + 1}`,
        "Typ av plats": kinds[(w + p) % kinds.length],
        Titel: `Plats ${p + 1}`,
        Yrkesområde: fields[p % fields.length],
        "Antal platser": 1 + (p % 4),
        Startdatum: new Date(Date.UTC(2027, p % 12, 1 + (w % 28))),
        Slutdatum: new Date(Date.UTC(2027, p % 12, 1 + (w % 28) + 14)),
        "Timmar per vecka": 20 + (p % 3) * 10,
        Svenska: ["Inga krav", "Grundläggande", "God"][p % 3],
        "Körkort/certifikat": p % 5 === 0 ? "B-körkort, Truckkort" : undefined,
        Beskrivning: "Arbetsuppgifter enligt överenskommelse med handledaren.",
      });
    }
  }
  return rows;
}
