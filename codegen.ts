import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed operations for the Vue client, generated from the committed SDL so no running
 * server is needed. Run `npm run codegen` after changing schema/ or client/graphql/.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["client/**/*.{ts,vue}", "!client/graphql/generated/**"],
  ignoreNoDocuments: false,
  generates: {
    "client/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Only what the operations use: a new server type does not churn the client.
        onlyOperationTypes: true,
        // Enums as const objects: the client reads the server's values (PlacementKind.WORK_TRAINING,
        // Object.values(BoardSort)) instead of typing the lists again.
        enumType: "const",
        namingConvention: { enumValues: "keep" },
        scalars: { LocalDate: "string", DateTimeISO: "string" },
        strictScalars: true,
      },
    },
  },
};

export default config;
