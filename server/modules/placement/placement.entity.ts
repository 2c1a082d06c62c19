import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { dateColumn, enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime, LocalDate } from "../../common/scalars.js";
import { Licence, PlacementKind, PlacementStatus, SwedishLevel, Visibility } from "./placement-kind.js";
import { Municipality } from "../reference/municipality.entity.js";
import { OccupationField } from "../reference/occupation-field.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Supervisor } from "../workplace/supervisor.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";

@ObjectType({ description: "What a placement asks of the person; used to see which places fit whom." })
export class Requirements {
  @Field(() => SwedishLevel)
  swedishLevel!: SwedishLevel;

  @Field(() => [Licence])
  licences!: Licence[];

  @Field(() => String, { nullable: true, description: "Other demands, e.g. physical work, early mornings." })
  other!: string | null;
}

/**
 * A placement: seats at a workplace that the owning organisation offers to the pool.
 * `seatsTaken` is the sum of seats held by live claims (HELD, CONFIRMED, ACTIVE); only
 * claim.service changes it, with a conditional UPDATE that keeps it within capacity.
 */
@ObjectType({ description: "Seats at a workplace offered to the pool by one organisation." })
@Entity()
// The seat invariant, enforced by the store as a last line of defence behind claim.service.
@Check("placement_seats_within_capacity", `"seatsTaken" >= 0 AND "seatsTaken" <= "capacity"`)
@Check("placement_capacity_positive", `"capacity" >= 1`)
// Board indexes (migration 1764170000000): one per sort key, plus one that covers the visibility rule.
@Index("IDX_placement_board_newest", ["status", "createdAt", "id"])
@Index("IDX_placement_board_start_date", ["status", "startDate", "id"])
@Index("IDX_placement_board_title", ["status", "title", "id"])
@Index("IDX_placement_board_visible", ["status", "visibility", "organisationId", "id"])
// Issue 11 (migration 1764800000001): the same, with what leaves ended and stale placements off the board.
@Index("IDX_placement_board_visible_current", ["status", "visibility", "organisationId", "endDate", "updatedAt", "id"])
// On (status, capacity - seatsTaken, id): an expression, so created by the migration only.
@Index("IDX_placement_board_free_seats", { synchronize: false })
export class Placement extends WithId {
  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { description: "What the person will do and learn." })
  @Column({ type: "text", default: "" })
  description!: string;

  @Field(() => PlacementKind)
  @Index()
  @enumColumn()
  kind!: PlacementKind;

  @Index()
  @Column({ type: "varchar", length: 20, nullable: true })
  occupationFieldId!: string | null;

  @ManyToOne(() => OccupationField, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "occupationFieldId" })
  protected occupationFieldRef?: Relation<OccupationField>;

  @Index()
  @refColumn()
  workplaceId!: string;

  @ManyToOne(() => Workplace, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "workplaceId" })
  protected workplaceRef?: Relation<Workplace>;

  @Index()
  @refColumn({ nullable: true })
  supervisorId!: string | null;

  @ManyToOne(() => Supervisor, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supervisorId" })
  protected supervisorRef?: Relation<Supervisor>;

  @Index()
  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  /** Copied from the workplace so the board filters by municipality without a join. */
  @Index()
  @Column({ type: "varchar", length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "municipalityCode" })
  protected municipalityRef?: Relation<Municipality>;

  @Field(() => Int, { description: "Number of seats (people at the same time)." })
  @Column({ type: "integer" })
  capacity!: number;

  @Column({ type: "integer", default: 0 })
  seatsTaken!: number;

  @Field(() => LocalDate)
  @dateColumn()
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: "Null for a standing placement (available whenever someone matches)." })
  @dateColumn({ nullable: true })
  endDate!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  hoursPerWeek!: number | null;

  @enumColumn({ default: SwedishLevel.NONE })
  swedishLevel!: SwedishLevel;

  /** Comma-separated Licence codes (no code is a substring of another, so LIKE filters are exact). */
  @Column({ type: "varchar", length: 200, default: "" })
  licences!: string;

  @Column({ type: "varchar", length: 1000, nullable: true })
  otherRequirements!: string | null;

  @Field(() => Visibility)
  @enumColumn({ default: Visibility.ALL_PARTNERS })
  visibility!: Visibility;

  @Field(() => PlacementStatus)
  @enumColumn({ default: PlacementStatus.OPEN })
  status!: PlacementStatus;

  @Field(() => Int, { description: "Seats not held by a live claim: capacity minus held, confirmed and active seats." })
  get freeSeats(): number {
    return this.capacity - this.seatsTaken;
  }

  @Field(() => Boolean, { description: "True when the placement has no end date." })
  get standing(): boolean {
    return this.endDate === null;
  }

  @Field(() => Requirements)
  get requirements(): Requirements {
    return {
      swedishLevel: this.swedishLevel,
      licences: this.licences ? (this.licences.split(",") as Licence[]) : [],
      other: this.otherRequirements,
    };
  }

  @Field(() => DateTime, { name: "postedAt", description: "When the placement was posted." })
  @timestampColumn()
  createdAt!: Date;

  @Field(() => DateTime, { description: "When the placement's details or status last changed (claims do not count)." })
  @timestampColumn()
  updatedAt!: Date;

  /** The user who posted it (Placement.contact); null for placements from before this was recorded. */
  @Column({ type: "varchar", length: 36, nullable: true })
  postedById!: string | null;
}

/** The organisations a SELECTED placement is shown to. */
@Entity()
@Index(["organisationId", "placementId"], { unique: true })
export class PlacementVisibility extends WithId {
  @Index()
  @refColumn()
  placementId!: string;

  @ManyToOne(() => Placement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "placementId" })
  protected placementRef?: Relation<Placement>;

  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;
}
