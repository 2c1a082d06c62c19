import type { DataSource } from "typeorm";
import { Organisation } from "./organisation.entity.js";

export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The partner organisations of the pool, by name: every signed-in user may see them. */
  all(): Promise<Organisation[]> {
    return this.dataSource.getRepository(Organisation).find({ order: { name: "ASC" } });
  }
}
