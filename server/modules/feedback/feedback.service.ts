import type { EntityManager } from "typeorm";
import { newId } from "../../common/columns.js";
import { badInput, notFound, refusal } from "../../common/errors.js";
import type { Actor, Viewer } from "../../common/viewer.js";
import type { Transact } from "../../db/store.js";
import type { AuditService } from "../audit/audit.service.js";
import { Claim } from "../claim/claim.entity.js";
import { holdsOwnParticipantCode } from "../participant/participant-codes.js";
import type { Placement } from "../placement/placement.entity.js";
import { visiblePlacements } from "../placement/placement.visibility.js";
import { Role, roleRank } from "../user/user.entity.js";
import { FeedbackAction, FeedbackKind, PlacementFeedback } from "./feedback.entity.js";
import type { AnswerPlacementFeedbackInput, LeavePlacementFeedbackInput } from "./feedback.input.js";

/** How much of the latest feedback a board card shows. */
export const EXCERPT_LENGTH = 140;

/** What a board card shows of a placement's feedback. */
export interface FeedbackSummaryData {
  count: number;
  recommendations: number;
  warnings: number;
  openWarnings: number;
  latest: PlacementFeedback | null;
}

/**
 * Recommendations and warnings between coordinators. Who sees them: coordinators and admins of
 * every organisation that sees the placement (the one visibility rule). Viewers see none: they
 * place nobody, and the texts judge a workplace and often its named supervisor, so they are
 * kept to those who need them for placing people.
 */
export class FeedbackService {
  constructor(
    private readonly reads: EntityManager,
    private readonly transact: Transact,
    private readonly audit: AuditService,
  ) {}

  /** Whether the viewer's role may read feedback at all (coordinators and admins). */
  mayRead(viewer: Viewer): boolean {
    return roleRank[viewer.role] >= roleRank[Role.COORDINATOR];
  }

  /** The feedback shown on a placement, newest first, given the placement's non-withdrawn rows. */
  shown(viewer: Viewer, rows: PlacementFeedback[]): PlacementFeedback[] {
    return this.mayRead(viewer) ? rows : [];
  }

  summary(viewer: Viewer, rows: PlacementFeedback[]): FeedbackSummaryData | null {
    if (!this.mayRead(viewer)) return null;
    const warnings = rows.filter((row) => row.kind === FeedbackKind.WARNING);
    return {
      count: rows.length,
      recommendations: rows.length - warnings.length,
      warnings: warnings.length,
      openWarnings: warnings.filter((row) => row.resolvedAt === null).length,
      latest: rows[0] ?? null,
    };
  }

  /** Whether the viewer may leave feedback on this (visible) placement: a coordinator or admin of another organisation. */
  mayLeave(viewer: Viewer, placement: Placement): boolean {
    return this.mayRead(viewer) && placement.organisationId !== viewer.organisationId;
  }

  allowedActions(viewer: Viewer, feedback: PlacementFeedback, placementOrganisationId: string): FeedbackAction[] {
    if (!this.mayRead(viewer) || feedback.withdrawnAt) return [];
    const actions: FeedbackAction[] = [];
    if (viewer.organisationId === placementOrganisationId) {
      actions.push(FeedbackAction.ANSWER);
      if (feedback.kind === FeedbackKind.WARNING && !feedback.resolvedAt && viewer.role === Role.ADMIN)
        actions.push(FeedbackAction.RESOLVE);
    }
    if (this.mayWithdraw(viewer, feedback)) actions.push(FeedbackAction.WITHDRAW);
    return actions;
  }

  async leave(actor: Actor, input: LeavePlacementFeedbackInput): Promise<PlacementFeedback> {
    const { viewer } = actor;
    return this.transact(async (manager) => {
      const placement = await this.visiblePlacement(manager, viewer, input.placementId, "input.placementId");
      if (placement.organisationId === viewer.organisationId)
        throw refusal("FEEDBACK_ON_OWN_PLACEMENT", {}, { field: "input.placementId" });
      await this.checkNoOwnCode(manager, viewer, "input.text", input.text);
      const feedback = manager.create(PlacementFeedback, {
        id: newId(),
        placementId: placement.id,
        organisationId: viewer.organisationId,
        authorId: viewer.userId,
        kind: input.kind,
        text: input.text.trim(),
        tagCodes: (input.tags ?? []).join(","),
        basedOnClaim: await manager.existsBy(Claim, { placementId: placement.id, organisationId: viewer.organisationId }),
        createdAt: new Date(),
        answer: null,
        answeredAt: null,
        answeredById: null,
        resolvedAt: null,
        resolvedById: null,
        withdrawnAt: null,
      });
      await manager.insert(PlacementFeedback, feedback);
      await this.audit.record(manager, actor, { action: "leavePlacementFeedback", entity: "PlacementFeedback", entityId: feedback.id });
      return feedback;
    });
  }

  /** The placement's organisation answers; a second answer replaces the first. */
  async answer(actor: Actor, input: AnswerPlacementFeedbackInput): Promise<PlacementFeedback> {
    return this.transact(async (manager) => {
      const { feedback, placement } = await this.shownFeedback(manager, actor.viewer, input.id);
      if (placement.organisationId !== actor.viewer.organisationId) throw refusal("OWNER_ONLY", {});
      await this.checkNoOwnCode(manager, actor.viewer, "input.text", input.text);
      const changes = { answer: input.text.trim(), answeredAt: new Date(), answeredById: actor.viewer.userId };
      await manager.update(PlacementFeedback, { id: feedback.id }, changes);
      await this.audit.record(manager, actor, { action: "answerPlacementFeedback", entity: "PlacementFeedback", entityId: feedback.id });
      return Object.assign(feedback, changes);
    });
  }

  /** An admin of the placement's organisation marks a warning resolved; it stays, shown as resolved. */
  async resolve(actor: Actor, id: string): Promise<PlacementFeedback> {
    return this.transact(async (manager) => {
      const { feedback, placement } = await this.shownFeedback(manager, actor.viewer, id);
      if (placement.organisationId !== actor.viewer.organisationId) throw refusal("OWNER_ONLY", {});
      if (feedback.kind !== FeedbackKind.WARNING) throw badInput("id", "ONLY_WARNINGS_RESOLVE", {});
      if (feedback.resolvedAt) return feedback;
      const changes = { resolvedAt: new Date(), resolvedById: actor.viewer.userId };
      await manager.update(PlacementFeedback, { id }, changes);
      await this.audit.record(manager, actor, { action: "resolvePlacementWarning", entity: "PlacementFeedback", entityId: id });
      return Object.assign(feedback, changes);
    });
  }

  /**
   * The author takes it back; so may an admin of the author's organisation (the author may have
   * left). It is kept, out of sight, because the audit log refers to it.
   */
  async withdraw(actor: Actor, id: string): Promise<PlacementFeedback> {
    return this.transact(async (manager) => {
      const feedback = await manager.findOneBy(PlacementFeedback, { id });
      if (!feedback || feedback.organisationId !== actor.viewer.organisationId) throw notFound("PlacementFeedback", "id");
      if (!this.mayWithdraw(actor.viewer, feedback)) throw refusal("AUTHOR_ONLY", {});
      if (feedback.withdrawnAt) return feedback;
      const changes = { withdrawnAt: new Date() };
      await manager.update(PlacementFeedback, { id }, changes);
      await this.audit.record(manager, actor, { action: "withdrawPlacementFeedback", entity: "PlacementFeedback", entityId: id });
      return Object.assign(feedback, changes);
    });
  }

  private mayWithdraw(viewer: Viewer, feedback: PlacementFeedback): boolean {
    return (
      feedback.organisationId === viewer.organisationId &&
      (feedback.authorId === viewer.userId || viewer.role === Role.ADMIN) &&
      roleRank[viewer.role] >= roleRank[Role.COORDINATOR]
    );
  }

  private async visiblePlacement(manager: EntityManager, viewer: Viewer, id: string, field: string): Promise<Placement> {
    const placement = await visiblePlacements(manager, viewer).andWhere("placement.id = :id", { id }).getOne();
    if (!placement) throw notFound("Placement", field);
    return placement;
  }

  /** Feedback the viewer may see (not withdrawn, on a placement they see); anything else is "not found". */
  private async shownFeedback(manager: EntityManager, viewer: Viewer, id: string) {
    const feedback = await manager.findOneBy(PlacementFeedback, { id });
    if (!feedback || feedback.withdrawnAt) throw notFound("PlacementFeedback", "id");
    const placement = await visiblePlacements(manager, viewer).andWhere("placement.id = :id", { id: feedback.placementId }).getOne();
    if (!placement) throw notFound("PlacementFeedback", "id");
    return { feedback, placement };
  }

  /**
   * Feedback is never about a participant. An identity number is refused by the text rule; a
   * participant code of the writer's own organisation here (see holdsOwnParticipantCode for why
   * only their own).
   */
  private async checkNoOwnCode(manager: EntityManager, viewer: Viewer, field: string, text: string): Promise<void> {
    if (await holdsOwnParticipantCode(manager, viewer.organisationId, text)) throw badInput(field, "TEXT_HOLDS_PARTICIPANT_CODE", {});
  }
}
