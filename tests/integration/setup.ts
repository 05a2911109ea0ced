// Setup file of the vitest "integration" project (see vitest.config.ts).
// Integration tests run against a real PostgreSQL database that scripts/test.ts
// creates fresh and migrates, and passes as DATABASE_URL. With TEST_WORKER_DATABASES=1
// each worker process uses its own copy of it (worker-database.ts), here made its
// DATABASE_URL (and TEST_APP_DATABASE_URL) before any test module connects.
import { workerDatabaseUrl } from "./worker-database";

const given = process.env.DATABASE_URL;
if (!given) {
  throw new Error(
    "DATABASE_URL is not set for the integration tests. Run them with `npm test -- integration` " +
      "(it starts a test PostgreSQL, or uses TEST_DATABASE_URL), not with vitest directly.",
  );
}

// Tests truncate tables (tests/integration/db-reset.ts): refuse anything that does
// not look like a test database, so that a real server is never wiped by mistake.
const database = decodeURIComponent(new URL(given).pathname.replace(/^\//, ""));
if (!/test/i.test(database) && given !== process.env.TEST_DATABASE_URL) {
  throw new Error(
    `Refusing to run integration tests against database "${database}": its name does not contain "test". ` +
      "Run `npm test -- integration`, or set TEST_DATABASE_URL to a disposable database.",
  );
}

// Once per process (a process that runs several files keeps its environment).
if (process.env.TEST_WORKER_DATABASES === "1" && !process.env.TEST_WORKER_DATABASE) {
  const poolId = process.env.VITEST_POOL_ID;
  if (!poolId) throw new Error("VITEST_POOL_ID is not set: cannot tell which worker database to use");
  process.env.TEST_WORKER_DATABASE = poolId;
  process.env.DATABASE_URL = workerDatabaseUrl(given, poolId);
  if (process.env.TEST_APP_DATABASE_URL) process.env.TEST_APP_DATABASE_URL = workerDatabaseUrl(process.env.TEST_APP_DATABASE_URL, poolId);
}

export {};
