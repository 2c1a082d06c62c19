import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { refColumn, timestampColumn, WithId } from "../../common/columns.js";
import { DateTime } from "../../common/scalars.js";
import type { BoardFilter } from "../placement/board.args.js";
import { User } from "../user/user.entity.js";

/**
 * A "bevakning": the board's filters a coordinator saved. Each newly posted placement that the
 * board would show them under these filters records a SAVED_SEARCH_MATCH notification for them.
 */
@ObjectType({ description: "A saved board search (bevakning): you are told about new placements that match it." })
@Entity()
export class SavedSearch extends WithId {
  @Index()
  @refColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId" })
  protected userRef?: Relation<User>;

  @refColumn()
  organisationId!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name!: string;

  /** The BoardFilter as JSON: ids, codes and words, never personal data. */
  @Field(() => String, { description: "The board's filters as saved: a BoardFilter as JSON." })
  @Column({ type: "text" })
  filterJson!: string;

  @Field(() => DateTime)
  @timestampColumn()
  createdAt!: Date;

  get filter(): BoardFilter {
    return JSON.parse(this.filterJson) as BoardFilter;
  }
}
