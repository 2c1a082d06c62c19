import type { EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, isUniqueViolation, notFound, refusal } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import type { PasswordHasher } from "../auth/passwords.js";
import { revokeSessions, voidPasswordResets } from "../auth/sessions.js";
import { Role, User } from "./user.entity.js";
import type { CreateUserInput, UpdateContactDetailsInput } from "./user.input.js";

/** Admins manage the users of their own organisation, never another's. */
export class UserService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
  ) {}

  byId(id: string): Promise<User | null> {
    return this.reads.getRepository(User).findOneBy({ id });
  }

  ours(actor: Actor): Promise<User[]> {
    return this.reads.getRepository(User).find({
      where: { organisationId: actor.viewer.organisationId },
      order: { name: "ASC" },
    });
  }

  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.hasher.hash(input.password);
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
      // Ended, not just hidden: reactivating the user must not bring old tokens back.
      if (!active) {
        await revokeSessions(manager, id);
        await voidPasswordResets(manager, id);
      }
      await this.audit.record(manager, actor, { action: active ? "activateUser" : "deactivateUser", entity: "User", entityId: id });
      return manager.findOneByOrFail(User, { id });
    });
  }

  /** The contact details other organisations see (Contact): one's own, or as an admin a user's of the same organisation. */
  async updateContactDetails(actor: Actor, input: UpdateContactDetailsInput): Promise<User> {
    const id = input.userId ?? actor.viewer.userId;
    if (id !== actor.viewer.userId && actor.viewer.role !== Role.ADMIN) throw refusal("ROLE_REQUIRED", { roles: [Role.ADMIN] });
    const user = await this.byId(id);
    if (!user) throw notFound("User", "input.userId");
    requireOwnOrganisation(actor.viewer, user.organisationId, "user");
    const changes = {
      ...(input.email !== undefined ? { contactEmail: input.email?.trim().toLowerCase() || null } : {}),
      ...(input.phone !== undefined ? { contactPhone: input.phone?.trim() || null } : {}),
    };
    return this.transact(async (manager) => {
      if (Object.keys(changes).length) await manager.update(User, { id }, changes);
      await this.audit.record(manager, actor, { action: "updateContactDetails", entity: "User", entityId: id });
      return manager.findOneByOrFail(User, { id });
    });
  }
}
