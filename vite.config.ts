import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { constants as zlibConstants } from "node:zlib";
import vue from "@vitejs/plugin-vue";
import swc from "unplugin-swc";
import { parse, type DefinitionNode } from "graphql";
import type { Plugin } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// SWC emits the decorator metadata type-graphql and TypeORM read (STACK.md, trap 1).
const swcPlugin = () =>
  swc.vite({
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2022",
    },
  });

/** Server tests run twice: once on SQLite, once on PostgreSQL (STORE decides in tests/helpers). */
const serverProject = (store: "sqlite" | "postgres") => ({
  root: here("."),
  plugins: [swcPlugin()],
  // One graphql module for type-graphql and the tests (STACK.md, trap 2).
  resolve: { alias: { graphql: require.resolve("graphql") } },
  test: {
    name: `api-${store}`,
    include: ["tests/server/**/*.test.ts"],
    environment: "node",
    env: { STORE: store, TEST_DATABASE_URL: postgresUrl },
    // One migrated, seeded template store per run; each test server gets a copy, deleted when it closes.
    globalSetup: ["tests/helpers/store-templates.ts"],
    setupFiles: ["tests/helpers/remove-test-stores.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each server gets its own database, so files may run in parallel.
    fileParallelism: true,
    // Files share a worker's loaded modules instead of loading the server afresh each (a third of the
    // run's time). Stores are per server, so nothing a test writes crosses files; state kept in a
    // module would, so none may be (a shuffled run, --sequence.shuffle, shows it).
    isolate: false,
  },
});

/**
 * What codegen's client-preset babel plugin does, without Babel, and one step further: each
 * `graphql(\`…\`)` in client/graphql/*.ts becomes the document it names, copied from
 * generated/graphql.ts into that module. Without it, `graphql()` holds the map of every document
 * of the app (generated/gql.ts), and all of them land in the first load; with it, each document
 * travels in the chunk of the pages that use it. The source keeps `graphql()`, so codegen still
 * reads the operations there and types them; a name codegen has not generated stops the build.
 */
function graphqlDocumentsInPlace(): Plugin {
  const generated = here("client/graphql/generated/graphql.ts");
  const operations = here("client/graphql/");
  const nameOf = (definition: DefinitionNode | undefined) => {
    if (definition?.kind === "OperationDefinition" && definition.name) return `${definition.name.value}Document`;
    if (definition?.kind === "FragmentDefinition") return `${definition.name.value}FragmentDoc`;
    return undefined;
  };
  return {
    name: "praktikpool:graphql-documents-in-place",
    enforce: "pre",
    transform(code, id) {
      if (!id.startsWith(operations) || id.startsWith(path.dirname(generated)) || !id.endsWith(".ts")) return null;
      this.addWatchFile(generated);
      const documents = new Map(
        [...fs.readFileSync(generated, "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map(
          (match) => [match[1]!, match[2]!],
        ),
      );
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const name = nameOf(parse(source).definitions[0]);
        const document = name && documents.get(name);
        if (!document) this.error(`${id}: no generated document ${name ?? "(unnamed)"}; run \`npm run codegen\``);
        return `(${document})`;
      });
      const rest = replaced.replace(/^import \{ graphql \} from "\.\/generated";\n/m, "");
      if (/\bgraphql\(/.test(rest)) this.error(`${id}: a graphql() call this plugin cannot replace (a template with \${}?)`);
      return { code: rest, map: null };
    },
  };
}

// vue-i18n: Composition API only, no global components, no devtools hooks in production.
const vueFlags = {
  __VUE_I18N_FULL_INSTALL__: "false",
  __VUE_I18N_LEGACY_API__: "false",
  __INTLIFY_PROD_DEVTOOLS__: "false",
  __VUE_OPTIONS_API__: "false",
};

/** Vue components with logic, in happy-dom. */
const clientProject = {
  root: here("."),
  plugins: [graphqlDocumentsInPlace(), vue()],
  define: vueFlags,
  test: {
    name: "client",
    include: ["tests/client/**/*.test.ts"],
    environment: "happy-dom",
  },
};

/**
 * The real server plus Debian's Chromium. It imports server code (hence SWC and the graphql
 * alias); globalSetup builds the client once, because the server serves dist/client.
 */
const e2eProject = {
  root: here("."),
  plugins: [swcPlugin()],
  resolve: { alias: { graphql: require.resolve("graphql") } },
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    env: { STORE: "sqlite" },
    globalSetup: ["tests/helpers/store-templates.ts", "tests/e2e/build-client.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time keeps timings (first board render) honest on small CI machines.
    fileParallelism: false,
  },
};

export default defineConfig(({ command }) => ({
  // The client app: two HTML entries so the playground's weight never reaches the coordinators' pages.
  root: here("client"),
  // Caches stay in the repo's node_modules, not in client/node_modules.
  cacheDir: here("node_modules/.vite"),
  plugins: [
    graphqlDocumentsInPlace(),
    vue(),
    // Every text file of the build also as .br and .gz, compressed once at build time at the
    // highest levels; the server sends the copy the browser accepts (server/common/static-delivery.ts).
    compression({
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
      threshold: 1024,
      skipIfLargerOrEqual: true,
    }),
  ],
  define: {
    ...vueFlags,
    // Apollo Client 3 drops its development checks and messages when this is false at build time.
    ...(command === "build" ? { "globalThis.__DEV__": "false" } : {}),
  },
  build: {
    outDir: here("dist/client"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { main: here("client/index.html"), playground: here("client/playground.html") },
      // GraphiQL's React dependencies carry "use client" directives, meaningless outside React Server Components.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  optimizeDeps: {
    // The pre-bundler cannot follow the `?worker` imports of GraphiQL's worker setup; Vite serves it as is.
    exclude: ["graphiql/setup-workers/vite", "@graphiql/react/setup-workers/vite"],
  },
  server: {
    port: 5173,
    // Dev mode: the API runs on :4000 (npm run dev starts both); a browser opening /graphql gets the playground entry.
    // Only the endpoint itself: client/graphql/*.ts are source modules served by Vite under /graphql/.
    proxy: {
      // The Excel import's routes (server/modules/import/import.routes.ts).
      "^/imports/": { target: "http://localhost:4000" },
      "^/graphql(\\?.*)?$": {
        target: "http://localhost:4000",
        // Live updates: the WebSocket on the same path (server/live/).
        ws: true,
        bypass: (req) => (req.method === "GET" && req.headers.accept?.includes("text/html") ? "/playground.html" : undefined),
      },
    },
  },
  test: {
    projects: [serverProject("sqlite"), serverProject("postgres"), clientProject, e2eProject],
  },
}));
