// Setup file of the vitest "integration" project (see vitest.config.ts).
// Integration tests run against a real PostgreSQL database that scripts/test.ts
// creates fresh and migrates, and passes as DATABASE_URL.
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error(
    "DATABASE_URL is not set for the integration tests. Run them with `npm test -- integration` " +
      "(it starts a test PostgreSQL, or uses TEST_DATABASE_URL), not with vitest directly.",
  );
}

// Tests truncate tables (tests/integration/db-reset.ts): refuse anything that does
// not look like a test database, so that a real server is never wiped by mistake.
const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
if (!/test/i.test(database) && url !== process.env.TEST_DATABASE_URL) {
  throw new Error(
    `Refusing to run integration tests against database "${database}": its name does not contain "test". ` +
      "Run `npm test -- integration`, or set TEST_DATABASE_URL to a disposable database.",
  );
}

export {};
