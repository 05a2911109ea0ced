/**
 * `sql` reads what Prisma reads, whatever the server's time zone: `timestamp` columns hold UTC,
 * a Date bound as a parameter compares as its UTC time, `date` columns are midnight UTC, counts
 * are numbers.
 */
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sql } from "@/lib/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { makeCounty } from "./fixtures";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("sql", () => {
  it("reads and binds times as Prisma does on a server in Asia/Shanghai", async () => {
    process.env.TZ = "Asia/Shanghai";
    const c = await makeCounty();
    const at = new Date("2026-03-01T16:30:00.123Z"); // 2 March 00:30 in Shanghai
    await db.user.update({ where: { id: c.officerA.id }, data: { passwordChangedAt: at } });
    const viaPrisma = await db.user.findUniqueOrThrow({ where: { id: c.officerA.id }, select: { passwordChangedAt: true } });

    const [row] = await sql<{ passwordChangedAt: Date; day: Date; n: number }>`
      SELECT "passwordChangedAt", DATE '2026-03-02' AS day, count(*) OVER () AS n FROM "User" WHERE id = ${c.officerA.id}::uuid`;
    expect(row.passwordChangedAt.toISOString()).toBe(viaPrisma.passwordChangedAt.toISOString());
    expect(row.passwordChangedAt.toISOString()).toBe(at.toISOString());
    expect(row.day.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(row.n).toBe(1);

    const [{ same, later }] = await sql<{ same: boolean; later: boolean }>`
      SELECT "passwordChangedAt" = ${at} AS same, "passwordChangedAt" < ${new Date(at.getTime() + 1)} AS later FROM "User" WHERE id = ${c.officerA.id}::uuid`;
    expect({ same, later }).toEqual({ same: true, later: true });
  });

  it("binds values, never splices them", async () => {
    const name = `x'; DROP TABLE "User"; --`;
    const rows = await sql<{ id: string }>`SELECT id FROM "User" WHERE name = ${name}`;
    expect(rows).toEqual([]);
    expect(await db.user.count()).toBeGreaterThan(0);
  });

  it("splices a Prisma.sql piece with its values bound, and Prisma.empty as nothing", async () => {
    const c = await makeCounty();
    const byName = (name: string | null) =>
      sql<{ id: string }>`SELECT id FROM "User" WHERE "unitId" = ${c.unitA.id}::uuid ${name === null ? Prisma.empty : Prisma.sql`AND name = ${name}`} ORDER BY id`;
    const all = await byName(null);
    expect(all.length).toBeGreaterThan(1);
    expect(await byName("officer_a")).toEqual([{ id: c.officerA.id }]);
    expect(await byName(`x' OR TRUE --`)).toEqual([]);
  });
});
