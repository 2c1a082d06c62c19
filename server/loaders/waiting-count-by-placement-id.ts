import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { WaitingListEntry, WaitingListStatus } from "../modules/waiting-list/waiting-list-entry.entity.js";

/** How many entries wait in each placement's queue (one grouped query per batch). */
export const waitingCountByPlacementId = (reads: EntityManager) =>
  new DataLoader<string, number>(async (ids) => {
    const rows: { placementId: string; count: string | number }[] = await reads
      .getRepository(WaitingListEntry)
      .createQueryBuilder("entry")
      .select("entry.placementId", "placementId")
      .addSelect("COUNT(*)", "count")
      .where({ placementId: In([...ids]), status: WaitingListStatus.WAITING })
      .groupBy("entry.placementId")
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.placementId, Number(row.count)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
