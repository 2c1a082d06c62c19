import { randomUUID } from "node:crypto";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, PrimaryColumn } from "typeorm";

/**
 * Column shapes that mean the same on SQLite and PostgreSQL. Ids are UUIDs made by the
 * server and stored as text, so a malformed id is simply "not found" on both stores.
 */
export const idColumn = () => PrimaryColumn({ type: "varchar", length: 36 });
export const refColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: "varchar", length: 36, nullable: options.nullable ?? false });
/** Timestamps: `datetime` on SQLite, `timestamp` on PostgreSQL (both stored as UTC). */
export const timestampColumn = (options: { nullable?: boolean } = {}) => Column({ type: Date, nullable: options.nullable ?? false });
/** Calendar dates as ISO strings "YYYY-MM-DD". */
export const dateColumn = (options: { nullable?: boolean } = {}) => Column({ type: "date", nullable: options.nullable ?? false });
export const enumColumn = (options: { nullable?: boolean; default?: string } = {}) =>
  Column({ type: "varchar", length: 32, nullable: options.nullable ?? false, default: options.default });

export const newId = (): string => randomUUID();

/** Base of every entity with a UUID id. Services set `id: newId()` when they create a row. */
@ObjectType()
export abstract class WithId {
  @Field(() => ID)
  @idColumn()
  id!: string;
}
