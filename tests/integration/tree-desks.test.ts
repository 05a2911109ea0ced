/**
 * A city or province desk reads and works as such: an administrator adds the 组织部 below the
 * own level, a county sees what the city asks of its department, and a draft sent up is not
 * matched against its own origin.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { createUnit } from "@/lib/admin/units";
import { makeChain, type Chain } from "./chain-fixtures";

let c: Chain;
beforeAll(async () => {
  c = await makeChain();
});

describe("adding a lower 组织部", () => {
  it("lets the city's administrator add a county under the city, reporting to it", async () => {
    const county = await createUnit(c.city.admin, { name: "中共丙县委组织部", kind: "COUNTY" });
    expect(await db.unit.findUniqueOrThrow({ where: { id: county.id } })).toMatchObject({ parentId: c.city.root.id, deskId: c.city.root.id, rankGroup: "DEPARTMENT" });
  });

  it("refuses a 组织部 at or above the own level, on the kind field", async () => {
    const before = await db.unit.count();
    for (const [admin, kind] of [
      [c.city.admin, "CITY"],
      [c.x.admin, "COUNTY"],
      [c.x.admin, "CITY"],
    ] as const) {
      await expect(createUnit(admin, { name: `越级${kind}${admin.unitId.slice(0, 4)}`, kind })).rejects.toMatchObject({ constructor: ValidationError, fieldErrors: { kind: expect.stringMatching(/不能新增/) } });
    }
    expect(await db.unit.count()).toBe(before);
  });
});
