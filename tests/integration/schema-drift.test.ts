/**
 * The migrations build exactly prisma/schema.prisma: a database migrated from empty, read back,
 * differs from the schema in nothing Prisma can see (scripts/schema-drift.ts). A schema change
 * without its migration, or a migration that does more or less than the schema says, fails here.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseName, recreateDatabase, withDatabase } from "../../scripts/db.ts";
import { migrate } from "../../scripts/migrate.ts";
import { schemaDrift } from "../../scripts/schema-drift.ts";

const source = process.env.DATABASE_URL!;
// Its own database: the shared test database is migrated the same way, but tests may have touched it.
const url = withDatabase(source, `${databaseName(source)}_migrations`);

afterAll(async () => {
  const admin = new pg.Client({ connectionString: withDatabase(source, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(databaseName(url))} WITH (FORCE)`);
  await admin.end();
});

describe("the migrations", () => {
  it("rebuild prisma/schema.prisma from an empty database", { timeout: 180_000 }, async () => {
    await recreateDatabase(url);
    await migrate(url);
    expect(await schemaDrift(url)).toBe("");
  });
});
