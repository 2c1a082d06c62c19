import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { CurrentActor } from "../../common/current-actor.js";
import { DateTime } from "../../common/scalars.js";
import type { Actor } from "../../common/viewer.js";
import type { Context } from "../../context.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { Contact, contactOf } from "../user/contact.js";
import { Role } from "../user/user.entity.js";
import { FeedbackAction, FeedbackKind, PlacementFeedback } from "./feedback.entity.js";
import { AnswerPlacementFeedbackInput, LeavePlacementFeedbackInput } from "./feedback.input.js";
import { EXCERPT_LENGTH } from "./feedback.service.js";

@ObjectType({ description: "What a board card shows of a placement's recommendations and warnings." })
export class FeedbackSummary {
  @Field(() => Int, { description: "Recommendations and warnings shown on the placement (withdrawn ones not counted)." })
  count!: number;

  @Field(() => Int)
  recommendations!: number;

  @Field(() => Int, { description: "Warnings, resolved ones included." })
  warnings!: number;

  @Field(() => Int, { description: "Warnings not yet marked resolved." })
  openWarnings!: number;

  @Field(() => FeedbackKind, { nullable: true, description: "The kind of the newest one; null when there is none." })
  latestKind!: FeedbackKind | null;

  @Field(() => String, { nullable: true, description: `The newest one's text, cut to ${EXCERPT_LENGTH} characters.` })
  latestExcerpt!: string | null;

  @Field(() => DateTime, { nullable: true })
  latestAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the newest one is a resolved warning." })
  latestResolved!: boolean | null;
}

const excerpt = (text: string) => {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= EXCERPT_LENGTH ? chars.join("") : `${chars.slice(0, EXCERPT_LENGTH - 1).join("")}…`;
};

@Resolver(() => Placement)
export class PlacementFeedbackFieldsResolver {
  @FieldResolver(() => [PlacementFeedback], {
    description:
      "Recommendations and warnings from partner organisations, newest first (withdrawn ones left out). Coordinators and admins of every organisation that sees the placement read them; empty for the VIEWER role.",
  })
  async feedback(@Root() placement: Placement, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<PlacementFeedback[]> {
    if (!context.services.feedback.mayRead(actor.viewer)) return [];
    // Each item's allowedActions needs its placement: this one, already read.
    context.loaders.placementById.prime(placement.id, placement);
    return context.services.feedback.shown(actor.viewer, await context.loaders.feedbackByPlacementId.load(placement.id));
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether you may leave a recommendation or warning here (leavePlacementFeedback would accept it): coordinators and admins of another organisation.",
  })
  mayLeaveFeedback(@Root() placement: Placement, @CurrentActor() actor: Actor, @Ctx() context: Context): boolean {
    return context.services.feedback.mayLeave(actor.viewer, placement);
  }

  @FieldResolver(() => FeedbackSummary, {
    nullable: true,
    description: "Counts and the newest one's excerpt, for a board card (one statement per page); null for the VIEWER role.",
  })
  async feedbackSummary(
    @Root() placement: Placement,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<FeedbackSummary | null> {
    if (!context.services.feedback.mayRead(actor.viewer)) return null;
    const summary = context.services.feedback.summary(actor.viewer, await context.loaders.feedbackByPlacementId.load(placement.id));
    if (!summary) return null;
    const { latest, ...counts } = summary;
    return Object.assign(new FeedbackSummary(), {
      ...counts,
      latestKind: latest?.kind ?? null,
      latestExcerpt: latest ? excerpt(latest.text) : null,
      latestAt: latest?.createdAt ?? null,
      latestResolved: latest ? latest.resolvedAt !== null : null,
    });
  }
}

@Resolver(() => PlacementFeedback)
export class FeedbackResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => PlacementFeedback, {
    description:
      "Recommend or warn about another organisation's placement that you see. Never about a participant: a personal identity number or one of your organisation's participant codes in the text is refused. Audited.",
  })
  leavePlacementFeedback(
    @Arg("input", () => LeavePlacementFeedbackInput) input: LeavePlacementFeedbackInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.feedback.leave(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => PlacementFeedback, {
    description: "Answer a recommendation or warning on your organisation's placement (a new answer replaces the old). Audited.",
  })
  answerPlacementFeedback(
    @Arg("input", () => AnswerPlacementFeedbackInput) input: AnswerPlacementFeedbackInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.feedback.answer(actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PlacementFeedback, {
    description: "Admins of the placement's organisation: mark a warning resolved. It stays on the placement, shown as resolved. Audited.",
  })
  resolvePlacementWarning(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.feedback.resolve(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => PlacementFeedback, {
    description:
      "Take back a recommendation or warning you wrote (admins: one written in your organisation). Nobody sees it after. Audited.",
  })
  withdrawPlacementFeedback(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.feedback.withdraw(actor, id);
  }

  @FieldResolver(() => Organisation, { description: "The organisation of the coordinator who wrote it." })
  async organisation(@Root() feedback: PlacementFeedback, @Ctx() context: Context): Promise<Organisation> {
    return (await context.loaders.organisationById.load(feedback.organisationId))!;
  }

  @FieldResolver(() => Contact, { description: "Who wrote it: name and shared contact details, to ask more." })
  async author(@Root() feedback: PlacementFeedback, @Ctx() context: Context): Promise<Contact> {
    return contactOf((await context.loaders.userById.load(feedback.authorId))!);
  }

  @FieldResolver(() => Placement, { nullable: true })
  placement(@Root() feedback: PlacementFeedback, @Ctx() context: Context): Promise<Placement | null> {
    return context.loaders.placementById.load(feedback.placementId);
  }

  @FieldResolver(() => [FeedbackAction], { description: "What you may do with it now; the server enforces the same rules." })
  async allowedActions(
    @Root() feedback: PlacementFeedback,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<FeedbackAction[]> {
    const placement = await context.loaders.placementById.load(feedback.placementId);
    if (!placement) return [];
    return context.services.feedback.allowedActions(actor.viewer, feedback, placement.organisationId);
  }
}
