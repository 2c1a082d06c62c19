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

export function decodeCursor(cursor: string): [string | number, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === "string" || typeof value[0] === "number") &&
      typeof value[1] === "string"
    ) {
      return value as [string | number, string];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput("after", "INVALID_CURSOR", {});
}
