import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { ChecklistKind, ValidationLevel } from "./checklist-kind.js";
import type { SkillsSummaryData } from "./validation.service.js";

export type SummaryLanguage = "sv" | "en";

const words = {
  sv: {
    title: "Kompetensintyg",
    person: "Deltagare",
    code: "Deltagarkod",
    issuedBy: "Utfärdat av",
    date: "Datum",
    where: "Plats",
    period: "Period",
    supervisor: "Handledare",
    none: "Inga bedömningar är registrerade ännu.",
    footer:
      "Intyget bygger på handledarens bedömningar under platsen, punkt för punkt. Det innehåller inget personnummer; deltagaren anges med namn bara när samordnaren skrev in det vid utskriften.",
    page: "Sida",
    kinds: { VOCATIONAL: "Yrkesvalidering", LANGUAGE: "Språkvalidering", ASSESSMENT: "Bedömning av arbetsförmåga" },
    levels: { NOT_YET: "Inte ännu", WITH_SUPPORT: "Med stöd", INDEPENDENTLY: "Självständigt" },
  },
  en: {
    title: "Skills summary",
    person: "Participant",
    code: "Participant code",
    issuedBy: "Issued by",
    date: "Date",
    where: "Placement",
    period: "Period",
    supervisor: "Supervisor",
    none: "No assessments have been recorded yet.",
    footer:
      "This summary rests on the supervisor's item-by-item assessments during the placement. It holds no personal identity number; the participant is named only when the coordinator typed the name when printing.",
    page: "Page",
    kinds: { VOCATIONAL: "Vocational validation", LANGUAGE: "Language validation", ASSESSMENT: "Work capacity assessment" },
    levels: { NOT_YET: "Not yet", WITH_SUPPORT: "With support", INDEPENDENTLY: "Independently" },
  },
} satisfies Record<
  SummaryLanguage,
  { kinds: Record<ChecklistKind, string>; levels: Record<ValidationLevel, string>; [key: string]: unknown }
>;

/**
 * The standard PDF fonts encode WinAnsi (Windows-1252): å, ä, ö, é, – and ” are in it, most other
 * scripts are not. A character outside it loses its accents if that makes it encodable, else
 * becomes "?" — better than refusing to print a name typed with, say, a Turkish ş.
 */
export function winAnsi(font: PDFFont, text: string): string {
  const encodable = new Set(font.getCharacterSet());
  return [...text]
    .map((char) => {
      if (char === "\n" || encodable.has(char.codePointAt(0)!)) return char;
      const bare = char.normalize("NFD").replace(/\p{M}/gu, "");
      return [...bare].every((c) => encodable.has(c.codePointAt(0)!)) && bare ? bare : "?";
    })
    .join("");
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

/**
 * The skills summary as a PDF, made with pdf-lib (no browser on the server). `name` is what the
 * coordinator typed at print time: it is used for this document only, never stored or logged.
 */
export async function skillsSummaryPdf(
  summary: SkillsSummaryData,
  options: { name?: string | null; lang?: SummaryLanguage } = {},
): Promise<Uint8Array> {
  const t = words[options.lang ?? "sv"];
  const doc = await PDFDocument.create();
  doc.setTitle(`${t.title} – ${options.name?.trim() || summary.participantCode}`);
  doc.setCreator("Praktikpool");
  doc.setProducer("Praktikpool (pdf-lib)");
  doc.setLanguage(options.lang === "en" ? "en" : "sv-SE");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = A4.width - 2 * MARGIN;
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;

  const newPage = () => {
    page = doc.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const lines = (text: string, font: PDFFont, size: number, maxWidth: number): string[] => {
    const out: string[] = [];
    for (const paragraph of winAnsi(font, text).split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= maxWidth || !line) line = candidate;
        else {
          out.push(line);
          line = word;
        }
      }
      out.push(line);
    }
    return out;
  };
  const write = (text: string, options: { font?: PDFFont; size?: number; indent?: number; gap?: number; color?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    for (const line of lines(text, font, size, width - indent)) {
      if (y - size < MARGIN + 20) newPage();
      y -= size * 1.35;
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: rgb(options.color ?? 0, options.color ?? 0, options.color ?? 0) });
    }
    y -= options.gap ?? 0;
  };
  /** An item's text on the left, its level and date on the right, on the same line. */
  const itemRow = (text: string, result: string) => {
    const size = 10;
    const resultWidth = 150;
    const textLines = lines(text, regular, size, width - resultWidth - 12 - 10);
    if (y - size * 1.35 * textLines.length < MARGIN + 20) newPage();
    textLines.forEach((line, index) => {
      y -= size * 1.35;
      page.drawText(line, { x: MARGIN + 12, y, size, font: regular });
      if (index === 0) page.drawText(winAnsi(bold, result), { x: A4.width - MARGIN - resultWidth, y, size, font: bold });
    });
    y -= 2;
  };

  write(t.title, { font: bold, size: 22, gap: 8 });
  const name = options.name?.trim();
  write(name ? `${t.person}: ${name}` : `${t.code}: ${summary.participantCode}`, { size: 12 });
  write(`${t.issuedBy}: ${summary.organisationName}`, { size: 12 });
  write(`${t.date}: ${summary.generatedOn}`, { size: 12, gap: 14 });

  if (summary.validations.length === 0) write(t.none, { gap: 10 });
  for (const validation of summary.validations) {
    if (y < MARGIN + 140) newPage();
    // The shipped names start with their kind ("Språkvalidering – …"); others get it in front.
    const kind = t.kinds[validation.kind];
    const heading = validation.checklistName.toLowerCase().startsWith(kind.toLowerCase())
      ? validation.checklistName
      : `${kind}: ${validation.checklistName}`;
    write(heading, { font: bold, size: 14, gap: 2 });
    write(
      `${t.where}: ${validation.placementTitle}, ${validation.workplaceName}, ${validation.municipalityName} (${validation.placementOrganisationName})`,
    );
    if (validation.firstObservedOn) write(`${t.period}: ${validation.firstObservedOn} – ${validation.lastObservedOn}`);
    const supervisor = [validation.supervisorName, validation.supervisorTitle].filter(Boolean).join(", ");
    if (supervisor) write(`${t.supervisor}: ${supervisor}`);
    y -= 6;
    let section: string | null = null;
    for (const item of validation.items) {
      if (item.section !== section) {
        section = item.section;
        write(section, { font: bold, size: 11, gap: 1 });
      }
      itemRow(item.text, `${t.levels[item.level]} (${item.observedOn})`);
    }
    y -= 14;
  }
  write(t.footer, { size: 8, color: 0.35 });

  const pages = doc.getPages();
  pages.forEach((each, index) => {
    const label = `${t.page} ${index + 1} / ${pages.length}`;
    each.drawText(label, {
      x: A4.width - MARGIN - regular.widthOfTextAtSize(label, 8),
      y: MARGIN / 2,
      size: 8,
      font: regular,
      color: rgb(0.35, 0.35, 0.35),
    });
  });
  return doc.save();
}
