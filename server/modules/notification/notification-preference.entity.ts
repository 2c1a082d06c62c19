import { Field, ObjectType } from "type-graphql";
import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { enumColumn } from "../../common/columns.js";
import { User } from "../user/user.entity.js";
import { NotificationDelivery } from "./notification-delivery.js";
import { NotificationEvent } from "./notification-event.js";

/** A user's choice of e-mail for one event; no row means IMMEDIATE. */
@ObjectType({ description: "How you get e-mail for one kind of notification." })
@Entity()
export class NotificationPreference {
  @PrimaryColumn({ type: "varchar", length: 36 })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId" })
  protected userRef?: Relation<User>;

  @Field(() => NotificationEvent)
  @PrimaryColumn({ type: "varchar", length: 32 })
  event!: NotificationEvent;

  @Field(() => NotificationDelivery)
  @enumColumn()
  delivery!: NotificationDelivery;
}
