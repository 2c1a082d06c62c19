import { LessThanOrEqual, type EntityManager } from "typeorm";
import type { ReminderOptions } from "../../config.js";
import type { Transact } from "../../db/store.js";
import { NotificationEvent } from "../notification/notification-event.js";
import type { NotificationService } from "../notification/notification.service.js";
import { PlacementStatus } from "../placement/placement-kind.js";
import { Placement } from "../placement/placement.entity.js";
import { swedishToday } from "../workplace/supervisor-training.js";
import { ClaimStatus } from "./claim-status.js";
import { Claim } from "./claim.entity.js";

/** At most this many items of each kind per sweep; the next sweep takes the rest. */
const BATCH = 500;

/**
 * Confirm or release: reminders the hold sweeper records each round, once per due item (the
 * notification's dedupeKey names the item and the moment it became due, so a repeated sweep, or a
 * second server process sweeping at the same time, records nothing new).
 * - a hold close to expiring is flagged to the placement's organisation;
 * - a confirmed claim not started `notStartedDays` after its requested start asks the claimant to start or release it;
 * - a standing placement untouched for `standingAskDays` asks its organisation whether it still exists
 *   (after `standingStaleDays` it is also off the board until confirmed: PlacementService).
 */
export class ReminderService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly notifications: NotificationService,
    private readonly options: ReminderOptions,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const [expiring, notStarted, standing] = await Promise.all([
      this.expiringHolds(now),
      this.notStarted(now),
      this.untouchedStanding(now),
    ]);
    if (!expiring.length && !notStarted.length && !standing.length) return 0;
    return this.transact(async (manager) => {
      let recorded = 0;
      const owners = await this.owners(manager, [...expiring.map((c) => c.placementId)]);
      for (const claim of expiring) {
        recorded += (
          await this.notifications.record(manager, {
            event: NotificationEvent.HOLD_EXPIRING,
            organisationIds: [owners.get(claim.placementId)!],
            placementId: claim.placementId,
            claimId: claim.id,
            counterpartOrganisationId: claim.organisationId,
            seats: claim.seats,
            dueAt: claim.expiresAt,
            dedupeKey: `hold-expiring:${claim.id}:${claim.expiresAt!.toISOString()}`,
          })
        ).length;
      }
      const placementOwners = await this.owners(
        manager,
        notStarted.map((c) => c.placementId),
      );
      for (const claim of notStarted) {
        recorded += (
          await this.notifications.record(manager, {
            event: NotificationEvent.CONFIRM_OR_RELEASE,
            organisationIds: [claim.organisationId],
            userIds: [claim.claimedById],
            placementId: claim.placementId,
            claimId: claim.id,
            counterpartOrganisationId: placementOwners.get(claim.placementId) ?? null,
            seats: claim.seats,
            dedupeKey: `confirm-or-release:${claim.id}:${claim.requestedStart}`,
          })
        ).length;
      }
      for (const placement of standing) {
        recorded += (
          await this.notifications.record(manager, {
            event: NotificationEvent.PLACEMENT_STILL_THERE,
            organisationIds: [placement.organisationId],
            placementId: placement.id,
            dueAt: new Date(placement.updatedAt.getTime() + this.options.standingStaleDays * 86_400_000),
            dedupeKey: `still-there:${placement.id}:${placement.updatedAt.toISOString()}`,
          })
        ).length;
      }
      return recorded;
    });
  }

  private expiringHolds(now: Date): Promise<Claim[]> {
    return this.reads
      .getRepository(Claim)
      .createQueryBuilder("claim")
      .where("claim.status = :held", { held: ClaimStatus.HELD })
      .andWhere("claim.expiresAt > :now AND claim.expiresAt <= :soon", {
        now,
        soon: new Date(now.getTime() + this.options.holdExpiringHours * 3_600_000),
      })
      .orderBy("claim.expiresAt", "ASC")
      .take(BATCH)
      .getMany();
  }

  private notStarted(now: Date): Promise<Claim[]> {
    const due = swedishToday(new Date(now.getTime() - this.options.notStartedDays * 86_400_000));
    return this.reads.find(Claim, {
      where: { status: ClaimStatus.CONFIRMED, requestedStart: LessThanOrEqual(due) },
      order: { requestedStart: "ASC", id: "ASC" },
      take: BATCH,
    });
  }

  private untouchedStanding(now: Date): Promise<Placement[]> {
    return this.reads
      .getRepository(Placement)
      .createQueryBuilder("placement")
      .where("placement.status = :open AND placement.endDate IS NULL", { open: PlacementStatus.OPEN })
      .andWhere("placement.updatedAt < :before", { before: new Date(now.getTime() - this.options.standingAskDays * 86_400_000) })
      .orderBy("placement.updatedAt", "ASC")
      .take(BATCH)
      .getMany();
  }

  private async owners(manager: EntityManager, placementIds: string[]): Promise<Map<string, string>> {
    if (!placementIds.length) return new Map();
    const rows = await manager
      .getRepository(Placement)
      .createQueryBuilder("placement")
      .select(["placement.id", "placement.organisationId"])
      .whereInIds([...new Set(placementIds)])
      .getMany();
    return new Map(rows.map((row) => [row.id, row.organisationId]));
  }
}
