import { In, type EntityManager } from "typeorm";
import { Participant } from "../modules/participant/participant.entity.js";
import { oneByKey } from "./batch.js";

/** Participants by id; the resolver decides who may see one (Claim.participant). */
export const participantById = (reads: EntityManager) =>
  oneByKey(
    (ids: string[]) => reads.findBy(Participant, { id: In(ids) }),
    (row) => row.id,
  );
