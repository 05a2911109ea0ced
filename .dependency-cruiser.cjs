// The import graph, checked in `npm run lint` and `npm test` (dependency-cruiser):
//   app/ (pages, routes) -> components/ -> actions/ (server actions) -> lib/ (the domain)
// No cycles, and nothing imports upward. ESLint's no-restricted-imports (eslint.config.mjs)
// says the same line by line; this sees the whole graph, including cycles through several files.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "A loop of imports: move the shared piece (often a pure helper) into a module both can import.",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-imports-nothing-above",
      severity: "error",
      comment: "lib/ is the domain: it never imports pages, components or server actions.",
      from: { path: "^lib/" },
      to: { path: "^(app|components|actions)/" },
    },
    {
      name: "actions-import-no-ui",
      severity: "error",
      comment: "Server actions call lib/ use cases; they never import pages or components.",
      from: { path: "^actions/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-import-no-pages",
      severity: "error",
      comment: "components/ never reach up into app/: server actions are in actions/, pages pass data down.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "ui-kit-has-no-domain",
      severity: "error",
      comment: "components/ui/ is domain-free: no lib/ (but the action result type and the browser id helper), no actions, no feature components.",
      from: { path: "^components/ui/" },
      to: { path: "^(lib/(?!action-result\\.ts$|ids-client\\.ts$)|actions/|components/(?!ui/))" },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|\\.next|\\.data|node_modules)/" },
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports count: a loop through types is still a loop of ideas.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
