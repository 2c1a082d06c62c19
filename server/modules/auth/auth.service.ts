import { createHmac, randomBytes } from "node:crypto";
import argon2 from "argon2";
import { IsNull, MoreThan, type DataSource } from "typeorm";
import { newId } from "../../common/columns.js";
import type { Transact } from "../../db/data-source.js";
import { unauthenticated } from "../../common/errors.js";
import type { Viewer } from "../../common/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import { User } from "../user/user.entity.js";
import { Session } from "./session.entity.js";

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/** Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password. */
const decoyHash = hashPassword("praktikpool-decoy-password");

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transact: Transact,
    private readonly audit: AuditService,
    private readonly options: { tokenSecret: string; tokenTtlHours: number },
  ) {}

  private hashToken(token: string): string {
    return createHmac("sha256", this.options.tokenSecret).update(token).digest("hex");
  }

  async login(email: string, password: string, ip: string | null): Promise<{ token: string; user: User }> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    const valid = user?.active
      ? await argon2.verify(user.passwordHash, password)
      : (await argon2.verify(await decoyHash, password), false);
    if (!user || !valid) {
      await this.transact((manager) =>
        this.audit.record(manager, { viewer: null, ip }, { action: "login:failed", entity: "User", entityId: user?.id }),
      );
      throw unauthenticated("Wrong e-mail or password.");
    }
    const token = randomBytes(32).toString("base64url");
    const now = new Date();
    const viewer = { userId: user.id, organisationId: user.organisationId, role: user.role };
    await this.transact(async (manager) => {
      await manager.insert(Session, {
        id: newId(),
        tokenHash: this.hashToken(token),
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.options.tokenTtlHours * 3600_000),
        revokedAt: null,
      });
      await this.audit.record(manager, { viewer, ip }, { action: "login", entity: "User", entityId: user.id });
    });
    return { token, user };
  }

  /** The viewer behind a bearer token, or null when the token is unknown, expired, revoked or its user deactivated. */
  async authenticate(token: string): Promise<Viewer | null> {
    const row = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder("session")
      .innerJoin(User, "user", "user.id = session.userId AND user.active = TRUE")
      .select("user.id", "id")
      .addSelect("user.organisationId", "organisationId")
      .addSelect("user.role", "role")
      .where({ tokenHash: this.hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .getRawOne<{ id: string; organisationId: string; role: Viewer["role"] }>();
    return row ? { userId: row.id, organisationId: row.organisationId, role: row.role } : null;
  }

  async logout(token: string): Promise<boolean> {
    const result = await this.transact((manager) =>
      manager.update(Session, { tokenHash: this.hashToken(token), revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
    return (result.affected ?? 0) > 0;
  }
}
