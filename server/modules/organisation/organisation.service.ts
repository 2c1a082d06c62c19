import type { EntityManager } from "typeorm";
import { Organisation } from "./organisation.entity.js";

export class OrganisationService {
  constructor(private readonly reads: EntityManager) {}

  /** The partner organisations of the pool, by name: every signed-in user may see them. */
  all(): Promise<Organisation[]> {
    return this.reads.getRepository(Organisation).find({ order: { name: "ASC" } });
  }
}
