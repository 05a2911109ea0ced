/**
 * A small chain for integration tests: 测试市委组织部 at the root, with two counties (甲县, 乙县)
 * of one township each, a 市直单位 and a 科室 of the city department; a person per role at
 * every level.
 */
import { db } from "@/lib/db";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { person } from "./fixtures";
import { resetDatabase } from "./db-reset";

export type Chain = Awaited<ReturnType<typeof makeChain>>;
export type ProvinceChain = Awaited<ReturnType<typeof makeProvinceChain>>;

const unit = (name: string, kind: UnitKind, parentId: string | null, rankGroup: "DEPARTMENT" | "TOWNSHIP" | "AGENCY" | "SECTION" | null = null) =>
  db.unit.create({ data: { name, kind, parentId, rankGroup } });

/** The people of a 组织部: its office, leader and administrator. */
async function department(prefix: string, unitId: string) {
  return {
    editor: await person(`${prefix}_editor`, unitId, ["EDITOR"]),
    leader: await person(`${prefix}_leader`, unitId, ["LEADER"]),
    admin: await person(`${prefix}_admin`, unitId, ["ADMIN"]),
  };
}

async function countyUnits(name: string, cityId: string) {
  const root = await unit(`中共${name}委组织部`, "COUNTY", cityId, "DEPARTMENT");
  return { root, town: await unit(`${name}城关镇`, "TOWNSHIP", root.id, "TOWNSHIP") };
}

async function countyPeople(prefix: string, { root, town }: Awaited<ReturnType<typeof countyUnits>>) {
  return {
    root,
    town,
    ...(await department(prefix, root.id)),
    officer: await person(`${prefix}_officer`, town.id, ["OFFICER"]),
    reviewer: await person(`${prefix}_reviewer`, town.id, ["REVIEWER"]),
  };
}

export async function makeChain() {
  await resetDatabase(db);
  const city = await unit("中共测试市委组织部", "CITY", null);
  const agency = await unit("市教育局", "AGENCY", city.id, "AGENCY");
  const section = await unit("市委组织部信息科", "SECTION", city.id, "SECTION");
  // Every unit first: an actor is read once, with the units its node has at that moment.
  const [x, y] = [await countyUnits("甲县", city.id), await countyUnits("乙县", city.id)];
  return {
    city: { root: city, agency, section, ...(await department("city", city.id)), agencyOfficer: await person("city_agency_officer", agency.id, ["OFFICER"]) },
    x: await countyPeople("x", x),
    y: await countyPeople("y", y),
  };
}

/**
 * Three levels for 越级报送: 测试省委组织部 at the root, 测试市 under it, 甲县 under the city with
 * one township; a person per role at every level.
 */
export async function makeProvinceChain() {
  await resetDatabase(db);
  const province = await unit("中共测试省委组织部", "PROVINCE", null);
  const city = await unit("中共测试市委组织部", "CITY", province.id, "DEPARTMENT");
  const x = await countyUnits("甲县", city.id);
  return {
    province: { root: province, ...(await department("prov", province.id)) },
    city: { root: city, ...(await department("city", city.id)) },
    x: await countyPeople("x", x),
  };
}

/** A series' settings for the tests: no sign-off unless asked (only an administrator may change that). */
export const seriesSettings = (name: string, requiresSignOff = false) => ({
  name,
  mastheadTitle: name,
  issuingBody: name,
  showTotalNumber: true,
  requiresSignOff,
  distributionReport: "",
  distributionSend: "",
  distributionIssue: "",
  printCount: null,
  active: true,
});
