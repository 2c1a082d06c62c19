import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Server tests run twice: once on SQLite, once on PostgreSQL (STORE decides in tests/helpers). */
const serverProject = (store: "sqlite" | "postgres") => ({
  // SWC emits the decorator metadata type-graphql and TypeORM read (STACK.md, trap 1).
  plugins: [swc.vite({ jsc: { parser: { syntax: "typescript", decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: "es2022" } })],
  // One graphql module for type-graphql and the tests (STACK.md, trap 2).
  resolve: { alias: { graphql: require.resolve("graphql") } },
  test: {
    name: `api-${store}`,
    include: ["tests/server/**/*.test.ts"],
    environment: "node",
    env: { STORE: store, TEST_DATABASE_URL: postgresUrl },
    globalSetup: store === "postgres" ? ["tests/helpers/postgres-available.ts"] : [],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file gets its own database, so files may run in parallel.
    fileParallelism: true,
  },
});

export default defineConfig({
  test: {
    projects: [serverProject("sqlite"), serverProject("postgres")],
  },
});
