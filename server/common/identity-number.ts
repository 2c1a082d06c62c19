/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer: the day plus 60) inside any text, so none is stored where it does not belong.
 *
 * A number is recognised by its grouping: a date written YYMMDD, YYYYMMDD, YY-MM-DD or YYYY-MM-DD
 * (or with `.` or `/`), then up to three of `-`, `+`, `.`, `/` or spaces, then four digits,
 * optionally split 12-34, with
 * no digit directly before or after. The date must exist. Letters may touch it (`PNR-19900101…`,
 * `…1234-A`), and so may the separators people use to slip a number past a simpler check.
 *
 * The check digit is not required for these shapes: a number with a wrong last digit is most
 * often a real number mistyped, and still identifies the person. It is required where spaces
 * take part in the grouping (`1990 01 01 1234`, `2027-01-11 10.30`), because dates and times
 * written that way are common in free text and only one in ten passes the Luhn test by chance.
 * Phone numbers in their usual Swedish groupings (`070-123 45 67`, `0221-123 45`,
 * `+46 70 123 45 67`) never have the shape, whatever their digits.
 */

const DASH = "[-\\u2010-\\u2015\\u2212]";
const SPACE = "[\\s\\u00A0\\u2007\\u202F]";
const SEP = `(?:${DASH}|${SPACE}|[./])`;
const SHAPE = `(?<!\\d)(\\d{2})?(\\d{2})(${SEP})?(\\d{2})(${SEP})?(\\d{2})((?:${SEP}|\\+){0,3})(\\d{2})(${SEP})?(\\d{2})(?!\\d)`;

/** Characters that show nothing and would otherwise split a number unseen. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const spaceLike = new RegExp(SPACE, "u");
const continues = new RegExp(`^(?:${DASH}|[./])\\d`, "u");
const continuesLoosely = new RegExp(`^${SEP}\\d`, "u");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDate(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  if (century !== undefined && century !== "19" && century !== "20") return false;
  // Without a century the year may be 19YY or 20YY; 29 February counts if either is a leap year.
  const years = century ? [Number(century + yy)] : [1900 + Number(yy), 2000 + Number(yy)];
  return years.some((year) => day <= daysInMonth(year, month));
}

/** The Luhn test on the ten digits YYMMDDNNNC, as the Swedish Tax Agency computes the check digit. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let index = 0; index < tenDigits.length; index++) {
    let digit = Number(tenDigits[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The identity numbers found in `text`, as their digits (for tests and logs, never shown to users). */
export function findIdentityNumbers(text: string): string[] {
  const plain = text.normalize("NFKC").replace(INVISIBLE, "");
  const pattern = new RegExp(SHAPE, "uy");
  const found = new Set<string>();
  // Each start of a run of digits is tried on its own, so a candidate that fails never hides the next one.
  // Groups have fixed lengths, so at one start there is at most one reading of the digits.
  for (let start = 0; start < plain.length; start++) {
    if (!isDigit(plain[start]) || (start > 0 && isDigit(plain[start - 1]))) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(plain);
    if (!match) continue;
    const [, century, yy, dateSep1, mm, dateSep2, dd, numberSep, first, splitSep, last] = match;
    if (!isValidDate(century, yy, mm, dd)) continue;
    const digits = `${yy}${mm}${dd}${first}${last}`;
    const spaced = [dateSep1, dateSep2, numberSep, splitSep].some((sep) => sep !== undefined && spaceLike.test(sep));
    if (spaced && !luhnValid(digits)) continue;
    // "2027-01-11–2027-06-30": four digits that open another group are a year, not the end of a number.
    if ((spaced ? continuesLoosely : continues).test(plain.slice(start + match[0].length))) continue;
    found.add(`${century ?? ""}${digits}`);
  }
  return [...found];
}

const isDigit = (character: string) => character >= "0" && character <= "9";

export function containsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(text).length > 0;
}
