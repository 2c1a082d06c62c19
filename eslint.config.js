// One linter for the whole repository: typescript-eslint for server, bench and tests, eslint-plugin-vue for the client.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import vue from "eslint-plugin-vue";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "data/**", "test-results/**", "bench/stores/**", "client/graphql/generated/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs["flat/recommended"],
  {
    files: ["**/*.vue"],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Tests and GraphQL answers are loosely typed on purpose; the server's own types stay strict through tsc.
      "@typescript-eslint/no-explicit-any": "off",
      // type-graphql's decorators need classes that only carry fields.
      "@typescript-eslint/no-extraneous-class": "off",
      // The text rules match control characters on purpose (server/common/validation.ts).
      "no-control-regex": "off",
      "vue/multi-word-component-names": ["error", { ignores: ["App"] }],
    },
  },
  // Formatting is Prettier's job.
  prettier,
);
