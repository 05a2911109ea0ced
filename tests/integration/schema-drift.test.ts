/**
 * The migrations build exactly prisma/schema.prisma: a database migrated from empty, read back,
 * differs from the schema in nothing Prisma can see (scripts/schema-drift.ts). A schema change
 * without its migration, or a migration that does more or less than the schema says, fails here.
 * The rules Prisma cannot see (CHECKs) are tried on the same database.
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

/** The error a statement fails with on the migrated database. */
async function refusal(sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
    return "accepted";
  } catch (err) {
    return (err as Error).message;
  } finally {
    await client.end();
  }
}

describe("the migrations", () => {
  it("rebuild prisma/schema.prisma from an empty database", { timeout: 180_000 }, async () => {
    await recreateDatabase(url);
    await migrate(url);
    expect(await schemaDrift(url)).toBe("");
  });

  it("refuse a second row in a settings table and a draft with two origins", async () => {
    for (const table of ["CheckSettings", "SecuritySettings", "SimilarityIndexBuild"]) {
      expect(await refusal(`INSERT INTO "${table}" (id) VALUES (2)`)).toContain(`"${table}_one_row"`);
    }
    // CHECKs run before the foreign keys: the ids need not exist for the origin rule to speak.
    const draft = (origins: string[]) =>
      `INSERT INTO "Draft" (id, "unitId", "authorId", title, kind, "eventDate", body, "updatedAt", ${origins.map((o) => `"${o}"`).join(", ")})
       VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '标题', 'NEWS', current_date, '正文', now(), ${origins.map(() => "gen_random_uuid()").join(", ")})`;
    expect(await refusal(draft(["commissionTargetId", "urgentCaseId"]))).toContain('"Draft_one_origin"');
    expect(await refusal(draft(["topicAssignmentId", "planTopicId"]))).toContain('"Draft_one_origin"');
    // One origin passes the CHECK and stops only at a foreign key.
    expect(await refusal(draft(["planTopicId"]))).toContain("foreign key");
  });
});
