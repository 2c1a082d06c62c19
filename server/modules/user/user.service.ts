import type { DataSource } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, isUniqueViolation, notFound } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor } from "../../common/viewer.js";
import type { Transact } from "../../db/data-source.js";
import type { AuditService } from "../audit/audit.service.js";
import { hashPassword } from "../auth/auth.service.js";
import { User } from "./user.entity.js";
import type { CreateUserInput } from "./user.input.js";

/** Admins manage the users of their own organisation, never another's. */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  byId(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  ours(actor: Actor): Promise<User[]> {
    return this.dataSource.getRepository(User).find({
      where: { organisationId: actor.viewer.organisationId },
      order: { name: "ASC" },
    });
  }

  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const taken = () => badInput("input.email", "EMAIL_TAKEN", {});
    return this.transact(async (manager) => {
      if (await manager.existsBy(User, { email })) throw taken();
      const user = manager.create(User, {
        id: newId(),
        email,
        name: input.name.trim(),
        role: input.role,
        organisationId: actor.viewer.organisationId,
        passwordHash,
        active: true,
        createdAt: new Date(),
      });
      await manager.insert(User, user);
      await this.audit.record(manager, actor, { action: "createUser", entity: "User", entityId: user.id });
      return user;
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken() : error;
    });
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<User> {
    const user = await this.byId(id);
    if (!user) throw notFound("User", "id");
    requireOwnOrganisation(actor.viewer, user.organisationId, "user");
    if (user.id === actor.viewer.userId && !active) throw badInput("id", "CANNOT_DEACTIVATE_SELF", {});
    return this.transact(async (manager) => {
      await manager.update(User, { id }, { active });
      await this.audit.record(manager, actor, { action: active ? "activateUser" : "deactivateUser", entity: "User", entityId: id });
      return manager.findOneByOrFail(User, { id });
    });
  }
}
