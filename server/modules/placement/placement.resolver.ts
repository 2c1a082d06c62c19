import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Connection } from "../../common/pagination.js";
import { DEFAULT_CLAIM_PAGE, pageAfter, pageSize } from "../../common/page-size.js";
import type { Context } from "../../context.js";
import { primeLoaders } from "../../loaders/index.js";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Municipality } from "../reference/municipality.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import { Contact, contactOf } from "../user/contact.js";
import { Role } from "../user/user.entity.js";
import { Supervisor } from "../workplace/supervisor.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { BoardArgs } from "./board.args.js";
import { PlacementAction } from "./placement-kind.js";
import { InputLimits, inputLimits } from "./placement-limits.js";
import { Placement } from "./placement.entity.js";
import { PostPlacementInput, UpdatePlacementInput } from "./placement.input.js";

const PlacementConnection = Connection(Placement);
type PlacementConnection = InstanceType<typeof PlacementConnection>;

@ObjectType({ description: "Seats one organisation holds on a placement (never which participants)." })
class SeatHolding {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => Int, { description: "Seats of its live claims: held, confirmed or active." })
  seats!: number;

  @Field(() => Int, { description: "Of `seats`, those held and waiting for the owner's answer." })
  heldSeats!: number;

  @Field(() => Int, { description: "Of `seats`, those confirmed or under way." })
  confirmedSeats!: number;
}

@Resolver(() => Placement)
export class PlacementResolver {
  @Authorized()
  @Query(() => PlacementConnection, { description: "The shared board: placements visible to you, newest first unless sorted otherwise." })
  async board(@Args(() => BoardArgs) args: BoardArgs, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<PlacementConnection> {
    const { relations, ...page } = await context.services.placements.board(actor.viewer, args);
    primeLoaders(context.loaders, relations);
    return page;
  }

  @Authorized()
  @Query(() => Placement, { nullable: true, description: "One placement; null when it does not exist or is not visible to you." })
  placement(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context): Promise<Placement | null> {
    return context.services.placements.findVisible(actor.viewer, id);
  }

  @Authorized()
  @Query(() => InputLimits, { description: "The bounds the placement and claim inputs enforce (lengths, seats, hours)." })
  inputLimits(): InputLimits {
    return inputLimits;
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Placement, { description: "Post a placement for your organisation." })
  postPlacement(@Arg("input", () => PostPlacementInput) input: PostPlacementInput, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.placements.post(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Placement, { description: "Change a placement of your organisation." })
  updatePlacement(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdatePlacementInput) input: UpdatePlacementInput,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    return context.services.placements.update(actor, id, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Placement, { description: "Stop taking new claims for a while; existing claims stay." })
  pausePlacement(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.placements.pause(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Placement, { description: "Open a paused placement or publish a draft." })
  reopenPlacement(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.placements.reopen(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Placement, {
    description: "Close a placement: no new claims, waiting holds are declined; confirmed and active claims stay.",
  })
  closePlacement(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.placements.close(actor, id);
  }

  @FieldResolver(() => [PlacementAction], {
    description: "What you may do with this placement now (none for the VIEWER role); each is a mutation that would be accepted.",
  })
  allowedActions(@Root() placement: Placement, @CurrentActor() actor: Actor, @Ctx() context: Context): PlacementAction[] {
    return context.services.placements.allowedActions(actor.viewer, placement);
  }

  // The board's relations come attached (context.loaders.known); the loaders are the fallback for other paths.
  @FieldResolver(() => Organisation, { description: "The organisation that offers the placement." })
  organisation(@Root() placement: Placement, @Ctx() context: Context): Organisation | Promise<Organisation> {
    return (
      context.loaders.known.organisations.get(placement.organisationId) ??
      context.loaders.organisationById.load(placement.organisationId).then((row) => row!)
    );
  }

  @FieldResolver(() => Workplace)
  workplace(@Root() placement: Placement, @Ctx() context: Context): Workplace | Promise<Workplace> {
    return (
      context.loaders.known.workplaces.get(placement.workplaceId) ??
      context.loaders.workplaceById.load(placement.workplaceId).then((row) => row!)
    );
  }

  @FieldResolver(() => Municipality, { description: "The workplace's municipality." })
  municipality(@Root() placement: Placement, @Ctx() context: Context): Municipality | Promise<Municipality> {
    return (
      context.loaders.known.municipalities.get(placement.municipalityCode) ??
      context.loaders.municipalityByCode.load(placement.municipalityCode).then((row) => row!)
    );
  }

  @FieldResolver(() => Contact, {
    nullable: true,
    description:
      "Who to ask at the offering organisation: the coordinator who posted the placement while their account is active, otherwise the organisation's longest-serving active coordinator; null when it has none. Only the contact details they chose to share.",
  })
  async contact(@Root() placement: Placement, @Ctx() context: Context): Promise<Contact | null> {
    const poster = placement.postedById ? await context.loaders.userById.load(placement.postedById) : null;
    if (poster?.active && poster.organisationId === placement.organisationId) return contactOf(poster);
    const [coordinator] = await context.loaders.coordinatorsByOrganisationId.load(placement.organisationId);
    return coordinator ? contactOf(coordinator) : null;
  }

  @FieldResolver(() => Supervisor, { nullable: true })
  supervisor(@Root() placement: Placement, @Ctx() context: Context): Promise<Supervisor | null> {
    return placement.supervisorId ? context.loaders.supervisorById.load(placement.supervisorId) : Promise.resolve(null);
  }

  @FieldResolver(() => OccupationField, { nullable: true })
  occupationField(@Root() placement: Placement, @Ctx() context: Context): Promise<OccupationField | null> {
    return placement.occupationFieldId ? context.loaders.occupationFieldById.load(placement.occupationFieldId) : Promise.resolve(null);
  }

  @FieldResolver(() => [Organisation], { description: "With visibility SELECTED: who may see it besides its own organisation." })
  async visibleTo(@Root() placement: Placement, @Ctx() context: Context): Promise<Organisation[]> {
    const rows = await context.loaders.visibleToByPlacementId.load(placement.id);
    const organisations = await context.loaders.organisationById.loadMany(rows.map((row) => row.organisationId));
    return organisations.filter((o): o is Organisation => o instanceof Organisation);
  }

  @FieldResolver(() => [SeatHolding], { description: "Which organisations hold seats, and how many (held, confirmed or active)." })
  seatHoldings(@Root() placement: Placement, @Ctx() context: Context): SeatHolding[] | Promise<SeatHolding[]> {
    const toHoldings = (rows: { organisation: Organisation; seats: number; heldSeats: number }[]) =>
      rows.map((row) => ({
        organisation: row.organisation,
        seats: row.seats,
        heldSeats: row.heldSeats,
        confirmedSeats: row.seats - row.heldSeats,
      }));
    const known = context.loaders.known.seatHoldings.get(placement.id);
    return known ? toHoldings(known) : context.loaders.seatHoldingsByPlacementId.load(placement.id).then(toHoldings);
  }

  @FieldResolver(() => [Claim], {
    description:
      "Claims on this placement, newest first, a page at a time: all of them for the organisation that owns it (participants stay hidden unless they are yours), otherwise only your organisation's.",
  })
  async claims(
    @Root() placement: Placement,
    @Arg("first", () => Int, { defaultValue: DEFAULT_CLAIM_PAGE, description: "Page size, 1–100 (default 50)." })
    first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last claim of the previous page." }) after: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ): Promise<Claim[]> {
    pageSize(first); // refused before the store is read
    const owner = placement.organisationId === actor.viewer.organisationId;
    const claims = owner
      ? await context.loaders.claimsByPlacementId.load(placement.id)
      : await context.loaders.ourClaimsByPlacementId.load(placement.id);
    return pageAfter(claims, first, after);
  }

  @FieldResolver(() => [Claim], { description: "Your organisation's claims on this placement, newest first, a page at a time." })
  async ourClaims(
    @Root() placement: Placement,
    @Arg("first", () => Int, { defaultValue: DEFAULT_CLAIM_PAGE, description: "Page size, 1–100 (default 50)." })
    first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last claim of the previous page." }) after: string | null,
    @Ctx() context: Context,
  ): Promise<Claim[]> {
    pageSize(first); // refused before the store is read
    return pageAfter(await context.loaders.ourClaimsByPlacementId.load(placement.id), first, after);
  }
}
