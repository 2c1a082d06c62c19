import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumColumn, refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Participant } from "../participant/participant.entity.js";
import { Placement } from "../placement/placement.entity.js";
import { User } from "../user/user.entity.js";

export enum WaitingListStatus {
  WAITING = "WAITING",
  OFFERED = "OFFERED",
  LEFT = "LEFT",
  EXPIRED = "EXPIRED",
}
registerEnumType(WaitingListStatus, {
  name: "WaitingListStatus",
  description: "Where a place in a placement's queue stands.",
  valuesConfig: {
    WAITING: { description: "In line for seats." },
    OFFERED: { description: "Seats freed up and were given to it as a HELD claim (see claim)." },
    LEFT: { description: "Its organisation left the queue." },
    EXPIRED: { description: "The placement closed or ended while it waited." },
  },
});

/** A place in line for seats on a full placement ("ställ i kö"); first come, first offered. */
@ObjectType({ description: "A place in line for seats on a full placement; freed seats go to the first in line as a HELD claim." })
@Entity()
@Check("waiting_list_seats_positive", `"seats" >= 1`)
@Index(["placementId", "status", "createdAt", "id"])
@Index(["organisationId", "status"])
export class WaitingListEntry extends WithId {
  @refColumn()
  placementId!: string;

  @ManyToOne(() => Placement, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "placementId" })
  protected placementRef?: Relation<Placement>;

  @refColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId" })
  protected organisationRef?: Relation<Organisation>;

  @Index()
  @refColumn()
  createdById!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdById" })
  protected createdByRef?: Relation<User>;

  @Index()
  @refColumn({ nullable: true })
  participantId!: string | null;

  @ManyToOne(() => Participant, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "participantId" })
  protected participantRef?: Relation<Participant>;

  @Field(() => Int)
  @Column({ type: "integer" })
  seats!: number;

  @Field(() => WaitingListStatus)
  @enumColumn()
  status!: WaitingListStatus;

  @Index()
  @refColumn({ nullable: true })
  claimId!: string | null;

  @ManyToOne(() => Claim, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "claimId" })
  protected claimRef?: Relation<Claim>;

  @Field(() => DateTime, { description: "When it joined the line; the line is in this order." })
  @timestampColumn()
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When it was offered seats, left or expired." })
  @timestampColumn({ nullable: true })
  endedAt!: Date | null;

  /** 1 for the first in line; set by the service for WAITING entries, null otherwise. */
  position: number | null = null;
}
