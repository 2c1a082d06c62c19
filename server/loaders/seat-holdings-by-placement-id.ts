import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { readPlacementRelations, type SeatHolding } from "../modules/placement/placement-relations.js";

/** Seats held by live claims on each placement, per organisation (with it), in one statement per batch. */
export const seatHoldingsByPlacementId = (reads: EntityManager) =>
  new DataLoader<string, SeatHolding[]>(async (ids) => {
    const { seatHoldings } = await readPlacementRelations(reads, [...ids]);
    return ids.map((id) => seatHoldings.get(id) ?? []);
  });
