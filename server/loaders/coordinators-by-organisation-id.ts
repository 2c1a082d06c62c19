import { In, type EntityManager } from "typeorm";
import { Role, User } from "../modules/user/user.entity.js";
import { manyByKey } from "./batch.js";

/** Each organisation's active coordinators, longest-serving first: who to ask when a placement names nobody. */
export const coordinatorsByOrganisationId = (reads: EntityManager) =>
  manyByKey(
    (ids: string[]) =>
      reads.find(User, {
        where: { organisationId: In(ids), role: Role.COORDINATOR, active: true },
        order: { createdAt: "ASC", id: "ASC" },
      }),
    (row) => row.organisationId,
  );
