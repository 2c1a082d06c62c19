// @vitest-environment node
import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../codegen";

describe("typed operations", () => {
  it("are up to date with schema/schema.graphql and client/graphql (run `npm run codegen` if not)", async () => {
    const files = (await generate({ ...config, silent: true, cwd: path.resolve(".") }, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = fs.readFileSync(path.resolve(file.filename), "utf8");
      expect(committed, `${file.filename} is stale`).toBe(file.content);
    }
  }, 30_000);
});
