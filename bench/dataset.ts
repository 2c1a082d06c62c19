import { createHmac } from "node:crypto";
import taxonomy from "../server/modules/reference/jobtech-taxonomy.json" with { type: "json" };

/**
 * A deterministic synthetic pool: organisations, workplaces, placements in every status and
 * about two claims per placement, with `seatsTaken` equal to the seats of live claims. The same
 * rows feed the benchmark's SQLite files (bench/generate-store.ts) and the index test.
 */

/** Password of every bench user; the bench logs in with it. */
export const BENCH_PASSWORD = "praktikpool-bench";
/** The user the bench reads the board as (a coordinator of the first organisation). */
export const BENCH_EMAIL = "bench@koping.bench";
/** A bearer token stored ready-made, so tests and the bench need no argon2 login. */
export const BENCH_TOKEN = "bench-token-0123456789abcdefghijklmnopqrstuvwxyz";

export const tokenHash = (tokenSecret: string, token = BENCH_TOKEN) => createHmac("sha256", tokenSecret).update(token).digest("hex");

/** 32-bit PRNG (mulberry32): the same size always gives the same store. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  /** Picks by weight: [[value, weight], …]. */
  const weighted = <T>(items: readonly (readonly [T, number])[]) => {
    let roll = next() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of items) if ((roll -= weight) < 0) return value;
    return items.at(-1)![0];
  };
  return { next, int, pick, weighted };
}

/** A v4-shaped UUID from the PRNG (ids must look like the server's own). */
function uuid(rnd: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** How TypeORM stores a Date on SQLite ("YYYY-MM-DD HH:MM:SS.SSS", UTC). */
export const sqliteDatetime = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const KINDS = ["INTERNSHIP", "WORK_TRAINING", "WORK_ASSESSMENT", "LANGUAGE_INTERNSHIP", "TRAINEE", "SUMMER_JOB"] as const;
const SWEDISH = ["NONE", "BASIC", "INTERMEDIATE", "FLUENT"] as const;
const LICENCES = ["", "", "", "DRIVING_B", "FORKLIFT", "DRIVING_B,FORKLIFT"] as const;
/**
 * Status mix of a pool that has run for a few years: most rows are history (CLOSED), a good
 * share is on the board. Documented in the README's Performance section.
 */
const STATUS_MIX = [
  ["OPEN", 45],
  ["PAUSED", 5],
  ["CLOSED", 45],
  ["DRAFT", 5],
] as const;
const LIVE = ["HELD", "CONFIRMED", "ACTIVE"];
const CLAIM_MIX = [
  ["HELD", 20],
  ["CONFIRMED", 20],
  ["ACTIVE", 15],
  ["COMPLETED", 20],
  ["DECLINED", 10],
  ["RELEASED", 5],
  ["EXPIRED", 5],
  ["ENDED_EARLY", 5],
] as const;
const TITLES = [
  "Barnskötare",
  "Lagerarbetare",
  "Kock",
  "Undersköterska",
  "Lokalvårdare",
  "Butiksbiträde",
  "Snickare",
  "Vaktmästare",
  "Trädgårdsarbetare",
  "Bibliotekspraktik",
  "Mekaniker",
  "Kontorsassistent",
  "Truckförare",
];
const PLACES = ["Förskolan", "Lagret", "Köket", "Boendet", "Verkstaden", "Butiken", "Kontoret", "Parken"];

export interface Dataset {
  organisation: Record<string, unknown>[];
  user: Record<string, unknown>[];
  session: Record<string, unknown>[];
  participant: Record<string, unknown>[];
  workplace: Record<string, unknown>[];
  placement: Record<string, unknown>[];
  placement_visibility: Record<string, unknown>[];
  claim: Record<string, unknown>[];
}

/** Tables in insert order (foreign keys). */
export const TABLES: (keyof Dataset)[] = [
  "organisation",
  "user",
  "session",
  "participant",
  "workplace",
  "placement",
  "placement_visibility",
  "claim",
];

export interface DatasetOptions {
  placements: number;
  /** Used for the ready-made session's token hash. */
  tokenSecret: string;
  /** argon2 hash of BENCH_PASSWORD (computed once by the caller; argon2 is slow on purpose). */
  passwordHash: string;
  /** Dates as Date objects (PostgreSQL via TypeORM) or as SQLite text. */
  dates: "sqlite" | "date";
  seed?: number;
}

export function buildDataset(options: DatasetOptions): Dataset {
  const endOf = (start: Date, status: string, weeks: number) => {
    const end = new Date(start.getTime() + weeks * 7 * 86_400_000);
    return (status === "OPEN" || status === "PAUSED") && end < now ? new Date(now.getTime() + weeks * 7 * 86_400_000) : end;
  };
  const { int, pick, weighted, next } = random(options.seed ?? 20261126);
  const stamp = (date: Date) => (options.dates === "sqlite" ? sqliteDatetime(date) : date);
  // Today at noon: the pool refuses claims on placements that have ended and leaves them off the
  // board (issue 11), so the dataset's open placements must still run on the day the bench runs.
  const now = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00.000Z`);
  const organisationCount = 20;
  const municipalities = taxonomy.municipalities.map((m) => m.code);
  const fields = taxonomy.occupationFields.map((f) => f.id);

  const organisation = Array.from({ length: organisationCount }, (_, i) => ({
    id: uuid(next),
    slug: i === 0 ? "koping" : `org-${String(i).padStart(2, "0")}`,
    name: i === 0 ? "Köpings kommun – Jobbcenter" : `Organisation ${i} – arbetsmarknadsenheten`,
    kind: i < 3 ? "MUNICIPALITY" : pick(["EMPLOYMENT_SERVICE", "SOCIAL_INSURANCE", "OTHER"]),
    municipalityCode: i < 3 ? municipalities[i % municipalities.length] : null,
  }));
  const orgIds = organisation.map((o) => o.id);

  const user = orgIds.map((organisationId, i) => ({
    id: uuid(next),
    email: i === 0 ? BENCH_EMAIL : `coordinator${i}@org.bench`,
    name: `Coordinator ${i}`,
    role: "COORDINATOR",
    organisationId,
    passwordHash: options.passwordHash,
    active: true,
    createdAt: stamp(now),
  }));
  const session = [
    {
      id: uuid(next),
      tokenHash: tokenHash(options.tokenSecret),
      userId: user[0]!.id,
      createdAt: stamp(now),
      expiresAt: stamp(new Date("2099-01-01T00:00:00.000Z")),
      revokedAt: null,
    },
  ];
  const participant = orgIds.map((organisationId, i) => ({
    id: uuid(next),
    code: `P-${i}`,
    organisationId,
    swedishLevel: "NONE",
    licences: "",
    createdAt: stamp(now),
  }));

  const workplaceCount = Math.max(30, Math.round(options.placements / 10));
  const workplace = Array.from({ length: workplaceCount }, (_, i) => ({
    id: uuid(next),
    name: `${pick(PLACES)} ${i + 1}`,
    sector: pick(["PUBLIC", "PRIVATE", "NON_PROFIT"]),
    municipalityCode: pick(municipalities),
    address: `Storgatan ${i + 1}`,
    organisationNumber: null,
    organisationId: pick(orgIds),
    createdAt: stamp(now),
  }));

  const placement: Record<string, unknown>[] = [];
  const placement_visibility: Record<string, unknown>[] = [];
  const claim: Record<string, unknown>[] = [];
  const threeYears = 3 * 365 * 86_400_000;
  for (let i = 0; i < options.placements; i++) {
    const place = pick(workplace);
    const id = uuid(next);
    const createdAt = new Date(now.getTime() - Math.floor(next() * threeYears));
    const start = new Date(createdAt.getTime() + int(0, 120) * 86_400_000);
    const capacity = weighted([
      [1, 30],
      [2, 30],
      [3, 20],
      [5, 15],
      [10, 5],
    ] as const);
    const status = weighted(STATUS_MIX);
    const visibility = next() < 0.1 ? "SELECTED" : "ALL_PARTNERS";
    const organisationId = pick(orgIds);
    if (visibility === "SELECTED") {
      for (const other of new Set([pick(orgIds), pick(orgIds)])) {
        if (other !== organisationId) placement_visibility.push({ id: uuid(next), placementId: id, organisationId: other });
      }
    }
    // About two claims per placement; live ones never hold more seats than the capacity.
    let seatsTaken = 0;
    const claims = status === "DRAFT" ? 0 : int(0, 4);
    for (let c = 0; c < claims; c++) {
      const seats = next() < 0.85 ? 1 : 2;
      let claimStatus: string = weighted(CLAIM_MIX);
      if (LIVE.includes(claimStatus) && seatsTaken + seats > capacity) claimStatus = "COMPLETED";
      if (LIVE.includes(claimStatus)) seatsTaken += seats;
      const claimedAt = new Date(createdAt.getTime() + int(1, 30) * 3_600_000);
      const claimant = user[int(0, user.length - 1)]!;
      claim.push({
        id: uuid(next),
        placementId: id,
        organisationId: claimant.organisationId,
        claimedById: claimant.id,
        participantId: null,
        seats,
        status: claimStatus,
        requestedStart: null,
        requestedEnd: null,
        reason: null,
        createdAt: stamp(claimedAt),
        expiresAt: claimStatus === "HELD" ? stamp(new Date("2099-01-01T00:00:00.000Z")) : null,
        updatedAt: stamp(claimedAt),
        decidedById: null,
      });
    }
    placement.push({
      id,
      title: `${pick(TITLES)} på ${place.name}`,
      description: "Syntetisk placering för prestandamätning.",
      kind: pick(KINDS),
      occupationFieldId: pick(fields),
      workplaceId: place.id,
      supervisorId: null,
      organisationId,
      municipalityCode: place.municipalityCode,
      capacity,
      seatsTaken,
      startDate: isoDate(start),
      // Open and paused placements end in the future (or never); closed and draft ones may have ended.
      endDate: next() < 0.2 ? null : isoDate(endOf(start, status, int(2, 26))),
      hoursPerWeek: int(10, 40),
      swedishLevel: pick(SWEDISH),
      licences: pick(LICENCES),
      otherRequirements: null,
      visibility,
      status,
      createdAt: stamp(createdAt),
      updatedAt: stamp(createdAt),
    });
  }
  return { organisation, user, session, participant, workplace, placement, placement_visibility, claim };
}

/**
 * Writes a dataset through a TypeORM data source (SQLite or PostgreSQL) in multi-row INSERTs.
 * Dates are given as "YYYY-MM-DD HH:MM:SS.SSS" (UTC), which both stores read as a timestamp.
 */
export async function insertDatasetThrough(
  dataSource: { options: { type: string }; query(sql: string, parameters?: unknown[]): Promise<unknown> },
  dataset: Dataset,
): Promise<void> {
  const postgres = dataSource.options.type === "postgres";
  for (const table of TABLES) {
    const rows = dataset[table];
    if (!rows.length) continue;
    const columns = Object.keys(rows[0]!);
    for (let start = 0; start < rows.length; start += 400) {
      const chunk = rows.slice(start, start + 400);
      const parameters: unknown[] = [];
      const values = chunk.map((row) => {
        const marks = columns.map((column) => {
          const value = row[column];
          parameters.push(typeof value === "boolean" && !postgres ? (value ? 1 : 0) : value);
          return postgres ? `$${parameters.length}` : "?";
        });
        return `(${marks.join(", ")})`;
      });
      await dataSource.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`, parameters);
    }
  }
}
