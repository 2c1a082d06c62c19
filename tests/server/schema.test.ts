import "reflect-metadata";
import fs from "node:fs";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { publishedReasons, withReasonsSection } from "../../server/common/error-docs.js";
import { createSchema, printSdl } from "../../server/schema.js";

/** Operations anyone may call without a token (both throttled). Everything else must carry @Authorized. */
const PUBLIC_OPERATIONS = new Set(["login", "setPasswordWithToken"]);

describe("the published schema", () => {
  it("matches schema/schema.graphql (run `npm run schema` after changing the API)", async () => {
    const committed = fs.readFileSync("schema/schema.graphql", "utf8");
    expect(printSdl(await createSchema())).toBe(committed);
  });

  it("publishes the error catalogue as schema/error-reasons.json and in SECURITY.md (run `npm run schema`)", () => {
    expect(JSON.parse(fs.readFileSync("schema/error-reasons.json", "utf8"))).toEqual(publishedReasons());
    const security = fs.readFileSync("SECURITY.md", "utf8");
    expect(withReasonsSection(security)).toBe(security);
  });

  it("gives every query and mutation an authorisation rule, except sign-in", async () => {
    const schema = await createSchema();
    const authorized = new Set(getMetadataStorage().authorizedFields.map((field) => field.fieldName));
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const unguarded = operations.filter((name) => !authorized.has(name) && !PUBLIC_OPERATIONS.has(name));
    expect(unguarded).toEqual([]);
  });

  it("describes every public type and operation for agency developers", async () => {
    const schema = await createSchema();
    const undocumented = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())]
      .filter((field) => !field.description)
      .map((field) => field.name);
    expect(undocumented).toEqual([]);
  });
});
