import { In, IsNull, type EntityManager } from "typeorm";
import { PlacementFeedback } from "../modules/feedback/feedback.entity.js";
import { manyByKey } from "./batch.js";

/** Each placement's recommendations and warnings that are not withdrawn, newest first: one statement per board page. */
export const feedbackByPlacementId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) =>
      reads.find(PlacementFeedback, {
        where: { placementId: In(ids), withdrawnAt: IsNull() },
        order: { createdAt: "DESC", id: "DESC" },
      }),
    (row) => row.placementId,
  );
