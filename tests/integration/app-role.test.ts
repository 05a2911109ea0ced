/**
 * The web server and the worker connect as the application role (scripts/db-roles.ts): it
 * reads and writes rows, and can do nothing that would let a compromised app rewrite history
 * or the schema: no ALTER, DROP or TRUNCATE, no switching off the append-only ledger trigger.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { makeCounty, type County } from "./fixtures";

const appUrl = process.env.TEST_APP_DATABASE_URL;
let app: pg.Client;
let c: County;

beforeAll(async () => {
  c = await makeCounty();
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
});
afterAll(async () => {
  await app?.end();
});

const refused = (sql: string) => expect(app.query(sql)).rejects.toThrow(/must be owner|permission denied/);

describe.skipIf(!appUrl)("the application role", () => {
  it("is no superuser, owns nothing and may not create", async () => {
    const me = await app.query("SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user");
    expect(me.rows[0]).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false });
    const owned = await app.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AND n.nspname IN ('public', 'pgboss')`,
    );
    expect(owned.rows[0].n).toBe(0);
    await refused("CREATE TABLE public.intruder (id int)");
    await refused("CREATE SCHEMA intruder");
  });

  it("reads and writes rows of the app's tables and of the job queue", async () => {
    const units = await app.query('SELECT count(*)::int AS n FROM "Unit"');
    expect(units.rows[0].n).toBe(4);
    await app.query('UPDATE "Unit" SET "sortOrder" = 9 WHERE id = $1', [c.agency.id]);
    expect((await db.unit.findUniqueOrThrow({ where: { id: c.agency.id } })).sortOrder).toBe(9);
    await app.query("SELECT count(*) FROM pgboss.job");
  });

  it("cannot switch off, drop or get around the append-only ledger trigger", async () => {
    await refused('ALTER TABLE "ScoreEntry" DISABLE TRIGGER score_entry_append_only');
    await refused('DROP TRIGGER score_entry_append_only ON "ScoreEntry"');
    await refused("DROP FUNCTION score_entry_append_only()");
    await refused('TRUNCATE "ScoreEntry"');
    await refused('DROP TABLE "ScoreEntry"');
    await refused('ALTER TABLE "Draft" ADD COLUMN intruder int');
    await refused("SET session_replication_role = replica");
  });
});
