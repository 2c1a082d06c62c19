/** The variants the hardening probe got past the first check (issue 8, item 6), and more of the same kind. */
export const IDENTITY_NUMBER_VARIANTS = [
  "PNR-199001011234",
  "199001011234-A",
  "X9001011234",
  "19900101--1234",
  "1990-01-01-1234",
  "900101-12-34",
  "-900101-1234",
  "9001011234",
  "19900101-1234",
  "900161-1234",
  "900101+1234",
  "20050228-5678",
];

/** Participant codes coordinators really use. */
export const LEGITIMATE_CODES = ["ARB-104", "KOP-2027-17", "SFI-88", "KUN-2026-0412", "AF-19831", "FK-77-12"];

/** Phone numbers in common Swedish forms; the last one's ten digits form a valid date and check digit. */
export const PHONE_NUMBERS = ["070-123 45 67", "0221-123 45", "+46 70 123 45 67", "070-123 45 69"];
