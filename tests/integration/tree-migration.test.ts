/**
 * Migration 0026 (the unit tree) on a copy of a one-county database: the demo county, seeded
 * through today's code, is copied row by row into a database built by the migrations before
 * 0026; 0026 and the migrations after it then run on it. Every table must come out exactly as the database that grew up
 * with the tree (same rows, same content), the tree's own rows included: nothing lost, every
 * unit linked to its ancestors and to the 组织部 it reports to.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import seed from "@/prisma/seed";
import { databaseName, recreateDatabase, withDatabase } from "../../scripts/db.ts";
import { resetDatabase } from "./db-reset";

const TREE = "0026_unit_tree";
const MIGRATIONS = path.join(process.cwd(), "prisma/migrations");
const source = process.env.DATABASE_URL!;
const target = withDatabase(source, `${databaseName(source)}_before_tree`);

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const migrationSql = (name: string) => fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");

async function tablesOf(c: pg.Client): Promise<string[]> {
  const r = await c.query<{ t: string }>("SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1");
  return r.rows.map((x) => x.t);
}

/** Row count and a hash of every row's text, per table. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const out: Record<string, string> = {};
    for (const t of await tablesOf(c)) {
      const r = await c.query<{ n: number; h: string }>(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS h FROM "${t}" x`);
      out[t] = `${r.rows[0]!.n} rows, ${r.rows[0]!.h}`;
    }
    return out;
  });
}

let before: string[];

beforeAll(async () => {
  await resetDatabase(db);
  await seed({ demo: true, city: false });
  await recreateDatabase(target);
  const all = fs.readdirSync(MIGRATIONS).filter((d) => /^\d{4}_/.test(d)).sort();
  const earlier = all.filter((d) => d < TREE);
  await withClient(target, async (t) => {
    for (const m of earlier) await t.query(migrationSql(m));
    before = await tablesOf(t);
    // Today's rows, as a database from before the tree holds them (the tree's new columns are
    // left behind by json_populate_recordset); triggers and foreign keys wait (replica mode).
    await withClient(source, async (s) => {
      await t.query("SET session_replication_role = replica");
      for (const table of before) {
        const rows = (await s.query<{ j: unknown }>(`SELECT coalesce(json_agg(x), '[]') AS j FROM "${table}" x`)).rows[0]!.j;
        await t.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(null::"${table}", $1)`, [JSON.stringify(rows)]);
      }
      await t.query("SET session_replication_role = origin");
    });
    expect(before).not.toContain("UnitAncestry");
    // 0026 and every migration after it, as an upgrade applies them.
    for (const m of all.filter((d) => d >= TREE)) await t.query(migrationSql(m));
  });
}, 180_000);

afterAll(async () => {
  await withClient(withDatabase(source, "postgres"), (c) => c.query(`DROP DATABASE IF EXISTS "${databaseName(target)}" WITH (FORCE)`));
});

describe("migrating a one-county database into the tree", () => {
  it("keeps every row of every table, and builds the same tree the county would have grown", async () => {
    const [migrated, grown] = await Promise.all([contents(target), contents(source)]);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(grown).sort());
    expect(migrated).toEqual(grown);
    const units = await db.unit.count();
    expect(grown.Unit).toMatch(new RegExp(`^${units} rows`));
    // Every unit: itself and the county department; the county reports to no one above.
    expect(grown.UnitAncestry).toMatch(new RegExp(`^${2 * units - 1} rows`));
  });

  it("gives every unit of the county the county department as its desk", async () => {
    const rows = await withClient(target, async (t) => (await t.query<{ kind: string; desk: string | null }>(`SELECT u.kind::text, d.kind::text AS desk FROM "Unit" u LEFT JOIN "Unit" d ON d.id = u."deskId"`)).rows);
    expect(rows.filter((r) => r.kind === "COUNTY")).toEqual([{ kind: "COUNTY", desk: null }]);
    expect(rows.filter((r) => r.kind !== "COUNTY").every((r) => r.desk === "COUNTY")).toBe(true);
  });
});
