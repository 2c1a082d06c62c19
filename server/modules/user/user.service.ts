import type { EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, isUniqueViolation, notFound, refusal } from "../../common/errors.js";
import { requireOwnOrganisation, type Actor } from "../../common/viewer.js";
import { serialiseOn } from "../../db/serialise.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import type { PasswordService, PasswordResetTicket } from "../auth/password.service.js";
import { NO_PASSWORD, type PasswordHasher } from "../auth/passwords.js";
import { revokeSessions, voidPasswordResets } from "../auth/sessions.js";
import { Role, User } from "./user.entity.js";
import type { ChangeUserRoleInput, CreateUserInput, InviteUserInput, UpdateContactDetailsInput } from "./user.input.js";

/** The key that serialises changes to who the organisation's active admins are. */
const adminsKey = (organisationId: string) => `admins:${organisationId}`;

/** Admins manage the users of their own organisation, never another's. */
export class UserService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly passwords: PasswordService,
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
    const passwordHash = await this.hasher.hash(input.password);
    return this.insertUser(actor, input, passwordHash, "createUser", async (_manager, user) => user);
  }

  /**
   * A new user of the actor's organisation without any password: the answer's one-time token (shown
   * only there) lets them choose one, so no password ever passes through the admin's hands.
   */
  invite(actor: Actor, input: InviteUserInput): Promise<PasswordResetTicket> {
    return this.insertUser(actor, input, NO_PASSWORD, "inviteUser", async (manager, user) => ({
      ...(await this.passwords.issueToken(manager, actor, user.id)),
      user,
    }));
  }

  private insertUser<T>(
    actor: Actor,
    input: { email: string; name: string; role: Role },
    passwordHash: string,
    action: string,
    then: (manager: EntityManager, user: User) => Promise<T>,
  ): Promise<T> {
    const email = input.email.trim().toLowerCase();
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
      await this.audit.record(manager, actor, { action, entity: "User", entityId: user.id });
      return then(manager, user);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken() : error;
    });
  }

  /**
   * Gives a user of the actor's organisation another role; it applies to their next request (a
   * session carries no role). The organisation always keeps an active admin.
   */
  async changeRole(actor: Actor, input: ChangeUserRoleInput): Promise<User> {
    const user = await this.byId(input.userId);
    if (!user) throw notFound("User", "input.userId");
    requireOwnOrganisation(actor.viewer, user.organisationId, "user");
    return this.transact(async (manager) => {
      await serialiseOn(manager, [adminsKey(user.organisationId)]);
      const current = await manager.findOneByOrFail(User, { id: user.id });
      if (current.role === Role.ADMIN && input.role !== Role.ADMIN && current.active) await this.requireAnotherAdmin(manager, current);
      if (current.role !== input.role) await manager.update(User, { id: user.id }, { role: input.role });
      await this.audit.record(manager, actor, { action: "changeUserRole", entity: "User", entityId: user.id });
      return manager.findOneByOrFail(User, { id: user.id });
    });
  }

  /**
   * Checked after serialiseOn, so two admins removing each other at the same moment cannot both
   * succeed and leave the organisation with nobody to manage it.
   */
  private async requireAnotherAdmin(manager: EntityManager, user: User): Promise<void> {
    const others = await manager
      .getRepository(User)
      .createQueryBuilder("user")
      .where({ organisationId: user.organisationId, role: Role.ADMIN, active: true })
      .andWhere("user.id <> :id", { id: user.id })
      .getCount();
    if (others === 0) throw refusal("LAST_ADMIN", {});
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<User> {
    const user = await this.byId(id);
    if (!user) throw notFound("User", "id");
    requireOwnOrganisation(actor.viewer, user.organisationId, "user");
    if (user.id === actor.viewer.userId && !active) throw badInput("id", "CANNOT_DEACTIVATE_SELF", {});
    return this.transact(async (manager) => {
      await serialiseOn(manager, [adminsKey(user.organisationId)]);
      const current = await manager.findOneByOrFail(User, { id });
      if (!active && current.active && current.role === Role.ADMIN) await this.requireAnotherAdmin(manager, current);
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
