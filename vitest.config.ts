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
          // Several processes side by side (scripts/test.ts says how many: --maxWorkers), each on
          // its own copy of the migrated test database (setup.ts picks one by VITEST_POOL_ID).
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
