import type { EntityManager } from "typeorm";
import type { Viewer } from "../common/viewer.js";
import type { Placement } from "../modules/placement/placement.entity.js";
import { visiblePlacements } from "../modules/placement/placement.visibility.js";
import { oneByKey } from "./batch.js";

/** Placements by id as the viewer may see them (placement.visibility.ts): null for one they may not. */
export const placementById = (reads: EntityManager, viewer: Viewer | null) =>
  oneByKey(
    (ids: string[]): Promise<Placement[]> =>
      viewer ? visiblePlacements(reads, viewer).andWhere("placement.id IN (:...ids)", { ids }).getMany() : Promise.resolve([]),
    (row) => row.id,
  );
