import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { applyPeopleImport, previewPeopleImport } from "@/lib/onboarding/import-people";
import { makeCounty, type County } from "./fixtures";
import { person, township, upload, workbook } from "./onboarding-helpers";

let c: County;
beforeAll(async () => {
  c = await makeCounty();
});

const ROOT = "中共测试县委组织部";
const messages = async (bytes: Buffer) => (await previewPeopleImport(c.admin, upload(bytes))).issues.map((i) => `${i.sheet} ${i.cell} ${i.message}`);

describe("每一类行错误都指明单元格", () => {
  it("names unknown parents and units, duplicate logins, unknown roles, misfit roles, empty names and bad 专职", async () => {
    const bytes = await workbook(
      [township("丙镇", "不存在的县委", 5), { name: "", kind: "TOWNSHIP", group: null, parent: ROOT, sortOrder: 6 }],
      [
        person("bing_zwy", "丙镇", ["组织委员"]),
        person("dup_login", "甲镇", ["信息员"]),
        person("dup_login", "甲镇", ["信息员"]),
        person("bad_role", "甲镇", ["宣传委员"]),
        person("no_unit", "戊镇", ["信息员"]),
        person("misfit", "甲镇", ["研究室编辑"]),
        person("noname", "甲镇", ["信息员"], { name: "" }),
        person("two_ft", "甲镇", ["信息员"], { fullTime: true }),
        person("two_ft2", "甲镇", ["信息员"], { fullTime: true }),
        person("ft_rev", "乙街道", ["组织委员"], { fullTime: true }),
        person("Bad Login!", "甲镇", ["信息员"]),
        person("badphone", "甲镇", ["信息员"], { phone: "电话号码" }),
      ],
    );
    expect(await messages(bytes)).toEqual([
      "单位 A3 请填写单位名称",
      "单位 D2 找不到上级单位“不存在的县委”，请核对名称，或先在本表中填写这个单位",
      "人员 B4 登录名“dup_login”与第3行重复",
      "人员 D5 没有“宣传委员”这个角色，可填：信息员、组织委员、研究室编辑、部领导、系统管理员",
      "人员 C6 找不到单位“戊镇”，请核对名称，或先在“单位”表中填写这个单位",
      "人员 D7 报送单位的账号只能担任信息员或组织委员",
      "人员 A8 请填写姓名",
      "人员 F10 “甲镇”已在第9行填了专职信息员，每个单位只能有一名",
      "人员 F11 专职信息员须担任信息员",
      "人员 B12 登录名“Bad Login!”不对：应为3到32位小写字母、数字或 _ . -",
      "人员 E13 手机“电话号码”不对，请只填数字（座机可带“-”）",
    ]);
    await expect(applyPeopleImport(c.admin, { ...upload(bytes), digest: "x".repeat(64) })).rejects.toThrow(ValidationError);
    expect(await db.unit.count({ where: { name: "丙镇" } })).toBe(0);
  });

  it("names a unit left without a reviewer", async () => {
    const bytes = await workbook([township("丙镇", ROOT, 5)], [person("bing_xxy", "丙镇", ["信息员"]), person("reviewer_a", "甲镇", ["信息员"], { name: "reviewer_a" })]);
    expect(await messages(bytes)).toEqual([
      "单位 A2 “丙镇”没有组织委员：每个报送单位至少要有一名组织委员审核稿件，请在“人员”表中添加",
      "人员 C3 “甲镇”没有组织委员：每个报送单位至少要有一名组织委员审核稿件，请在“人员”表中添加",
    ]);
  });

  it("refuses missing columns, formulas, dates, merges across columns; reads extra columns, full-width spaces and vertical merges as meant", async () => {
    const bytes = await workbook(
      [township("丙镇", ROOT, 5)],
      [person("bing_xxy", "丙镇", ["信息员"]), person("bing_zwy", "丙镇", ["组织委员"]), person("bing_x2", "丙镇", ["信息员"])],
      (wb) => {
        const ws = wb.getWorksheet("人员")!;
        ws.getCell("G1").value = "备注";
        ws.getCell("E2").value = { formula: "1+1", result: 2 };
        ws.getCell("E3").value = new Date("2026-01-02");
        ws.getCell("E3").numFmt = "yyyy-mm-dd"; // what Excel does to 1-2 typed into a 常规 cell
        ws.getCell("A4").value = "王　小　明";
        ws.getCell("B4").value = "ＢＩＮＧ＿Ｘ３";
        ws.mergeCells("C3:C4");
        ws.mergeCells("F2:G2");
      },
    );
    const plan = await previewPeopleImport(c.admin, upload(bytes));
    expect(plan.issues.map((i) => `${i.sheet} ${i.cell} ${i.message}`)).toEqual([
      "人员 F2:G2 是跨列或表头的合并单元格，请取消合并，每格填写一项",
      "人员 E2 是公式，请改为直接填写内容（可复制后“选择性粘贴—数值”）",
      "人员 E3 被 Excel 当成了日期，请把这一列设置为“文本”格式后重新填写",
    ]);
    expect(plan.notes).toEqual(["“人员”表 G1 的“备注”不是模板里的列，导入时不读这一列"]);
    expect(plan.people.find((p) => p.row === 4)).toMatchObject({ name: "王小明", username: "bing_x3", unit: "丙镇" });

    const noKind = await workbook([township("丙镇", ROOT, 5)], [], (wb) => wb.getWorksheet("单位")!.spliceColumns(2, 1));
    expect(await messages(noKind)).toEqual(["单位 第1行 缺少“类别”列，请用下载的模板填写"]);
  });

  it("refuses macro workbooks, old .xls, other files and ZIP tricks before parsing", async () => {
    const good = await workbook([], []);
    const refuse = (bytes: Buffer, name: string) => previewPeopleImport(c.admin, upload(bytes, name)).then(() => "accepted", (e: Error) => e.message);
    expect(await refuse(good, "名单.xlsm")).toContain("含宏");
    expect(await refuse(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "名单.xls")).toContain("旧版 Excel");
    expect(await refuse(Buffer.from("name,login\n"), "名单.csv")).toContain("只能导入 Excel 的 .xlsx");
    expect(await refuse(Buffer.alloc(6 * 1024 * 1024, 1), "名单.xlsx")).toContain("超过5MB");

    const zip = await JSZip.loadAsync(good);
    zip.file("xl/vbaProject.bin", Buffer.from("macro"));
    expect(await refuse(await zip.generateAsync({ type: "nodebuffer" }), "名单.xlsx")).toContain("含宏");

    // The shared ZIP checks (lib/drafts/import/docx-guard.ts, tested with bombs in word-import) cap entries too.
    const crowded = await JSZip.loadAsync(good);
    for (let i = 0; i < 1001; i++) crowded.file(`xl/media/m${i}.bin`, "x");
    expect(await refuse(await crowded.generateAsync({ type: "nodebuffer" }), "名单.xlsx")).toContain("条目过多");

    const external = await JSZip.loadAsync(good);
    const rels = await external.file("xl/_rels/workbook.xml.rels")!.async("string");
    external.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace("</Relationships>", '<Relationship Id="rX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://evil.example/x.xlsx" TargetMode="External"/></Relationships>'),
    );
    expect(await refuse(await external.generateAsync({ type: "nodebuffer" }), "名单.xlsx")).toContain("外部");
  });
});
