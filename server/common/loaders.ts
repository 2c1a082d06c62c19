import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import { LIVE_STATUSES } from "../modules/claim/claim-status.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { Participant } from "../modules/participant/participant.entity.js";
import { Placement, PlacementVisibility } from "../modules/placement/placement.entity.js";
import { Municipality } from "../modules/reference/municipality.entity.js";
import { OccupationField } from "../modules/reference/occupation-field.entity.js";
import { User } from "../modules/user/user.entity.js";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { Workplace } from "../modules/workplace/workplace.entity.js";
import type { Viewer } from "./viewer.js";

/** One `IN (…)` query per batch; results come back in key order, null where a row is missing. */
function rowBy<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, column: keyof T & string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await dataSource.getRepository(target).findBy({ [column]: In([...keys]) } as never);
    const byKey = new Map(rows.map((row) => [row[column] as string, row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** One `IN (…)` query per batch, grouped into a list per key. */
function rowsBy<T extends ObjectLiteral>(load: (keys: string[]) => Promise<T[]>, column: keyof T & string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await load([...keys])) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

export interface SeatHoldingRow {
  placementId: string;
  organisationId: string;
  seats: number;
}

/** Per-request loaders (never shared between requests, so one viewer's data never reaches another). */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    organisationById: rowBy(dataSource, Organisation, "id"),
    municipalityByCode: rowBy(dataSource, Municipality, "code"),
    occupationFieldById: rowBy(dataSource, OccupationField, "id"),
    workplaceById: rowBy(dataSource, Workplace, "id"),
    supervisorById: rowBy(dataSource, Supervisor, "id"),
    placementById: rowBy(dataSource, Placement, "id"),
    participantById: rowBy(dataSource, Participant, "id"),
    userById: rowBy(dataSource, User, "id"),
    supervisorsByWorkplaceId: rowsBy(
      (ids) => dataSource.getRepository(Supervisor).find({ where: { workplaceId: In(ids) }, order: { name: "ASC" } }),
      "workplaceId",
    ),
    visibleToByPlacementId: rowsBy(
      (ids) => dataSource.getRepository(PlacementVisibility).findBy({ placementId: In(ids) }),
      "placementId",
    ),
    /** Seats held by live claims, summed per organisation: what everyone may see. */
    seatHoldingsByPlacementId: rowsBy<SeatHoldingRow>(
      async (ids) =>
        (
          await dataSource
            .getRepository(Claim)
            .createQueryBuilder("claim")
            .select("claim.placementId", "placementId")
            .addSelect("claim.organisationId", "organisationId")
            .addSelect("SUM(claim.seats)", "seats")
            .where({ placementId: In(ids), status: In(LIVE_STATUSES) })
            .groupBy("claim.placementId")
            .addGroupBy("claim.organisationId")
            .orderBy("claim.organisationId")
            .getRawMany<SeatHoldingRow>()
        ).map((row) => ({ ...row, seats: Number(row.seats) })),
      "placementId",
    ),
    /** Every claim on each placement, newest first; the resolver shows them to the placement's owner only. */
    claimsByPlacementId: rowsBy(
      (ids) => dataSource.getRepository(Claim).find({ where: { placementId: In(ids) }, order: { createdAt: "DESC" } }),
      "placementId",
    ),
    /** The viewer's own organisation's claims on each placement, newest first. */
    ourClaimsByPlacementId: rowsBy(
      (ids) =>
        viewer
          ? dataSource.getRepository(Claim).find({
              where: { placementId: In(ids), organisationId: viewer.organisationId },
              order: { createdAt: "DESC" },
            })
          : Promise.resolve([]),
      "placementId",
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
