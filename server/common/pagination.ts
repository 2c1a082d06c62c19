import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badInput } from "./errors.js";

@ObjectType({ description: "Where a page ends and whether more follow." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor!: string | null;
}

/** A cursor connection type (Relay style) for `Node`. */
export function Connection<Node extends object>(node: ClassType<Node>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: Node;
  }

  @ObjectType(`${node.name}Connection`, { description: `A page of ${node.name} records.` })
  class ConnectionType {
    @Field(() => Int, { description: "How many records match, over all pages." })
    totalCount!: number;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: the sort value and id of the last row, base64url-encoded JSON. */
export function encodeCursor(position: [string | number, string]): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

/** What a sort key's cursor value must be; checked before the value goes anywhere near SQL. */
export type CursorValueKind = "timestamp" | "date" | "string" | "integer";

export type CursorValue<Kind extends CursorValueKind> = Kind extends "integer" ? number : string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Longer than any sortable text the API stores (titles are at most 200 characters). */
const MAX_STRING_VALUE = 1000;
const MAX_CURSOR_LENGTH = 2000;

/** The instant's canonical ISO text, or null for an impossible one (a 30 February rolls over, so it differs). */
function isoOf(text: string): string | null {
  const time = new Date(text).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function isValue(kind: CursorValueKind, value: unknown): boolean {
  switch (kind) {
    case "timestamp":
      // Only what encodeCursor writes: toISOString() of a real instant, read back unchanged.
      return typeof value === "string" && ISO_TIMESTAMP.test(value) && isoOf(value) === value;
    case "date":
      return typeof value === "string" && ISO_DATE.test(value) && isoOf(`${value}T00:00:00.000Z`) === `${value}T00:00:00.000Z`;
    case "string":
      return typeof value === "string" && value.length <= MAX_STRING_VALUE;
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value);
  }
}

/**
 * The [value, id] a cursor carries, checked by type for the sort in use, or BAD_USER_INPUT on
 * `after`. A forged cursor must never reach SQL: TypeORM's SQLite driver writes numeric
 * parameters into the statement text, so a NaN became a column name.
 */
export function decodeCursor<Kind extends CursorValueKind>(cursor: string, kind: Kind): [CursorValue<Kind>, string] {
  const refuse = () => badInput("after", "INVALID_CURSOR", {});
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw refuse();
  const bytes = Buffer.from(cursor, "base64url");
  if (bytes.toString("base64url") !== cursor) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(value) || value.length !== 2 || !isValue(kind, value[0])) throw refuse();
  if (typeof value[1] !== "string" || !UUID.test(value[1])) throw refuse();
  return value as [CursorValue<Kind>, string];
}
