// Run through `npm test` (scripts/test.ts), which provides the test database:
//   npm test -- unit          unit tests only (no database)
//   npm test -- integration   integration tests against a fresh PostgreSQL database
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // tsconfig "paths": { "@/*": ["./*"] }
      { find: /^@\//, replacement: root },
      // `import "server-only"` throws outside React Server Components; in tests it is a no-op.
      { find: /^server-only$/, replacement: `${root}node_modules/server-only/empty.js` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          // One shared database: run the files one after another. (`fileParallelism`
          // is a root-only option in vitest 3.2; one fork per project does the same.)
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
