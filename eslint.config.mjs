// ESLint (flat config): Next's rules (core web vitals, React, React Hooks, jsx-a11y),
// typescript-eslint's recommended rules, and the import rules that hold the layers:
//
//   app/ (pages, routes) -> components/ -> actions/ (server actions) -> lib/ (the domain)
//
// `npm run lint` runs it with --max-warnings=0: a warning fails like an error.
// The import graph as a whole (cycles, upward imports) is dependency-cruiser's job
// (.dependency-cruiser.cjs); these rules name the offending line while one types.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** The database: the Prisma client, its generated runtime and the pg driver. Only lib/ (and scripts/, tests/, prisma/) use it. */
const DATABASE = [
  {
    regex: "^@/lib/db$|(^|/)lib/db$",
    message: "The database is lib/'s: call a use case in lib/ instead (one function per use case, checked there).",
  },
  {
    regex: "^@/lib/generated/prisma/client$|^@prisma/|^pg$",
    allowTypeImports: true,
    message: "The Prisma client runtime and the pg driver belong to lib/; outside lib/ only types may come from them.",
  },
];
const APP = {
  regex: "^@/app/|^(\\.\\./)+app/",
  message: "components/ must not reach up into app/: server actions are in actions/<domain>.ts, pages pass data down.",
};
const UPWARD_FROM_LIB = {
  regex: "^@/(app|components|actions)/",
  message: "lib/ is the domain: it never imports pages, components or server actions.",
};
/** components/ui/ is the kit: no domain, no server. Only the action result type and the browser-side id helper. */
const DOMAIN_IN_UI = {
  regex: "^@/(lib/(?!action-result$|ids-client$)|actions/|components/(?!ui/))",
  message: "components/ui/ holds domain-free building blocks: take labels and data as props (the action result type is @/lib/action-result).",
};

const restrict = (...patterns) => ({ "@typescript-eslint/no-restricted-imports": ["error", { patterns }] });

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
  // Each file gets one list of forbidden imports (a later block replaces, not adds to, an earlier one).
  { files: ["app/**", "actions/**", "proxy.ts", "instrumentation.ts"], rules: restrict(...DATABASE) },
  { files: ["components/**"], ignores: ["components/ui/**"], rules: restrict(...DATABASE, APP) },
  { files: ["components/ui/**"], rules: restrict(...DATABASE, APP, DOMAIN_IN_UI) },
  { files: ["lib/**"], rules: restrict(UPWARD_FROM_LIB) },
  // Links come from components/ui/link (no prefetch: each prefetch renders a whole page on the server),
  // forms that submit from script are ClientForms (a tap before the scripts run must not reload the page).
  {
    ignores: ["components/ui/client-form.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Import Link from @/components/ui/link: a plain <a> opened in place, without prefetching." }] }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form'] > JSXAttribute[name.name='onSubmit']",
          message: "A form submitted from script is a <ClientForm> (@/components/ui/client-form): before the page's scripts run, a <form> would reload the page and lose what was typed.",
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-test/**", ".next-bench/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
