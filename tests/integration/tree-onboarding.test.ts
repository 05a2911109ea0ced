/**
 * 导入单位与人员 in a tree: an administrator imports into their own subtree only. New units hang
 * under their 组织部 unless the sheet says otherwise; a city's administrator may import its
 * counties and 科室; names and usernames used outside the subtree are refused at their cells;
 * the administrator's own 组织部 keeps its kind and its place above.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyPeopleImport, previewPeopleImport } from "@/lib/onboarding/import-people";
import { makeChain, type Chain } from "./chain-fixtures";
import { person, township, upload, workbook } from "./onboarding-helpers";

let c: Chain;
beforeAll(async () => {
  c = await makeChain();
});

const messages = (plan: Awaited<ReturnType<typeof previewPeopleImport>>) => plan.issues.map((i) => `${i.sheet}!${i.cell} ${i.message}`);

describe("导入 in a subtree", () => {
  it("hangs new units under the importing 组织部 and lets a city import a county with its 科室", async () => {
    const bytes = await workbook(
      [
        { name: "中共丙县委组织部", kind: "COUNTY", group: null, parent: "", sortOrder: 20 },
        { name: "丙县城关镇", kind: "TOWNSHIP", group: null, parent: "中共丙县委组织部", sortOrder: 1 },
        { name: "市委组织部干部科", kind: "SECTION", group: null, parent: "", sortOrder: 30 },
      ],
      [person("bing_editor", "中共丙县委组织部", ["研究室编辑"]), person("bing_zwy", "丙县城关镇", ["组织委员"]), person("ganbu_zwy", "市委组织部干部科", ["组织委员"])],
    );
    const plan = await previewPeopleImport(c.city.admin, upload(bytes));
    expect(messages(plan)).toEqual([]);
    await applyPeopleImport(c.city.admin, { ...upload(bytes), digest: plan.digest });
    const bing = await db.unit.findUniqueOrThrow({ where: { name: "中共丙县委组织部" } });
    expect(bing).toMatchObject({ kind: "COUNTY", parentId: c.city.root.id, deskId: c.city.root.id, rankGroup: "DEPARTMENT" });
    expect(await db.unit.findUniqueOrThrow({ where: { name: "丙县城关镇" } })).toMatchObject({ deskId: bing.id, rankGroup: "TOWNSHIP" });
    expect(await db.unit.findUniqueOrThrow({ where: { name: "市委组织部干部科" } })).toMatchObject({ kind: "SECTION", parentId: c.city.root.id, rankGroup: "SECTION" });
  });

  it("refuses another 组织部's units and accounts, a department of its own level, and moving its own 组织部", async () => {
    const bytes = await workbook(
      [
        // 乙县's township, by its name: not 甲县's to change.
        township(c.y.town.name, c.x.root.name),
        { name: "中共丁县委组织部", kind: "COUNTY", group: null, parent: "", sortOrder: 5 },
        // 甲县 itself, moved under its own township and re-kinded.
        { name: c.x.root.name, kind: "TOWNSHIP", group: null, parent: c.x.town.name, sortOrder: 0 },
      ],
      [person("y_officer", c.x.town.name, ["信息员"])],
    );
    const issues = messages(await previewPeopleImport(c.x.admin, upload(bytes)));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^单位!A2 “乙县城关镇”是其他组织部管理的单位/),
        expect.stringMatching(/^单位!B3 县委组织部只能导入下一级的组织部/),
        expect.stringMatching(/^单位!B4 本组织部的类别是县委组织部，不能在这里修改/),
        expect.stringMatching(/^单位!D4 本组织部的上级单位不能在这里修改/),
        expect.stringMatching(/^人员!B2 登录名“y_officer”已被其他组织部的账号使用/),
      ]),
    );
    await expect(applyPeopleImport(c.x.admin, { ...upload(bytes), digest: "x" })).rejects.toThrow();
    expect(await db.unit.findUniqueOrThrow({ where: { id: c.y.town.id } })).toMatchObject({ parentId: c.y.root.id });
  });

  it("leaves the own 组织部's place above alone when its row changes only the order", async () => {
    const bytes = await workbook([{ name: c.x.root.name, kind: "COUNTY", group: null, parent: "", sortOrder: 7 }], []);
    const plan = await previewPeopleImport(c.x.admin, upload(bytes));
    expect(messages(plan)).toEqual([]);
    expect(plan.units).toEqual([expect.objectContaining({ name: c.x.root.name, action: "update", changes: [{ field: "排序", from: "0", to: "7" }] })]);
    await applyPeopleImport(c.x.admin, { ...upload(bytes), digest: plan.digest });
    expect(await db.unit.findUniqueOrThrow({ where: { id: c.x.root.id } })).toMatchObject({ sortOrder: 7, parentId: c.city.root.id, rankGroup: "DEPARTMENT", kind: "COUNTY" });
  });
});
