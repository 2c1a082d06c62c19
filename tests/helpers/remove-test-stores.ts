import { afterAll } from "vitest";
import { removeLeftovers } from "./test-stores.js";

// A setupFiles entry: runs after every other afterAll of a test file, so what a test forgot to remove still goes, and the file says so.
afterAll(async () => {
  const left = await removeLeftovers();
  if (left.length) {
    throw new Error(
      `${left.length} test store(s) or temp directories were still there at the end of the file (now removed): close each server and remove each temp directory in afterAll. ${left.join(", ")}`,
    );
  }
});
