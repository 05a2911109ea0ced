// ESLint (flat config): Next's rules (core web vitals, React, React Hooks, jsx-a11y),
// typescript-eslint's recommended rules, and the import rules that hold the layers.
// `npm run lint` runs it with --max-warnings=0: a warning fails like an error.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore names what is left out on purpose (`{ page: _page, ...filter }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
    },
    // An eslint-disable comment that no longer disables anything is itself an error.
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  globalIgnores([".next/**", ".next-test/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
