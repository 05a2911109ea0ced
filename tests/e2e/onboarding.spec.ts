import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { type Page } from "@playwright/test";
import { expect, shot, test } from "./helpers";

const ROOT = "中共示例县委组织部";

/** The template as the page hands it out, filled in with exceljs like an administrator would. */
async function fillTemplate(page: Page, suffix: string): Promise<Buffer> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载空白模板" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await (await download).path()) as unknown as ArrayBuffer);
  wb.getWorksheet("单位")!.addRow(["新河镇" + suffix, "乡镇", "乡镇（街道）", ROOT, 90]);
  const people = wb.getWorksheet("人员")!;
  people.addRow(["赵　新", `xinhe${suffix}_xxy`, "新河镇" + suffix, "信息员", "13700001111", "是"]);
  people.addRow(["钱新", `xinhe${suffix}_zwy`, "新河镇" + suffix, "组织委员", "13700002222", "否"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, bytes: Buffer) {
  await page.getByLabel(/填好的 Excel 文件/).setInputFiles({ name: "名单.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
  await page.getByRole("button", { name: "上传并预览" }).click();
}

test("the administrator imports a township and its people, prints the slips, and the officer must change the password", async ({ browser, loginAs }) => {
  const suffix = String(Date.now() % 100000);
  const admin = await loginAs("admin");
  await admin.getByRole("navigation").getByRole("link", { name: "导入单位与人员" }).click();
  await expect(admin.getByRole("heading", { name: "导入单位与人员" })).toBeVisible();
  const filled = await fillTemplate(admin, suffix);

  // A bad row first: nothing can be applied, and the cell is named.
  const bad = new ExcelJS.Workbook();
  await bad.xlsx.load(filled as unknown as ArrayBuffer);
  bad.getWorksheet("人员")!.getCell("D3").value = "宣传委员";
  await upload(admin, Buffer.from(await bad.xlsx.writeBuffer()));
  await expect(admin.getByTestId("preview-issues")).toContainText("“人员”表 D3：没有“宣传委员”这个角色");
  await expect(admin.getByRole("button", { name: "确认导入" })).toHaveCount(0);

  await upload(admin, filled);
  await expect(admin.getByTestId("preview-counts")).toContainText("单位：新增 1，修改 0");
  await expect(admin.getByTestId("preview-counts")).toContainText("人员：新增 2，修改 0");
  await expect(admin.getByTestId("preview-rows")).toContainText(`赵新（xinhe${suffix}_xxy）`);
  await shot(admin, "onboarding-preview");
  await admin.setViewportSize({ width: 390, height: 844 });
  expect(await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await shot(admin, "onboarding-preview-phone");
  await admin.setViewportSize({ width: 1366, height: 768 });

  await admin.getByRole("button", { name: "确认导入" }).click();
  // The server's first PDF parses the CJK fonts: a safety net for a busy machine, not a timing goal.
  await expect(admin.getByTestId("import-done")).toContainText("新增账号 2 个", { timeout: 60_000 });
  const slips = admin.waitForEvent("download");
  await admin.getByRole("link", { name: /下载账号通知单/ }).click();
  const text = execFileSync("pdftotext", ["-layout", await (await slips).path(), "-"], { encoding: "utf8" });
  expect(text).toContain("账号通知单");
  expect(text).toContain("新河镇" + suffix);
  const password = new RegExp(`xinhe${suffix}_xxy[\\s\\S]*?初始密码：\\s*(\\S+)`).exec(text)?.[1];
  expect(password).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10,}$/);
  await shot(admin, "onboarding-done");

  // The same file again changes nothing.
  await upload(admin, filled);
  await expect(admin.getByTestId("preview-counts")).toContainText("人员：新增 0，修改 0，不变 2");
  await expect(admin.getByText("文件与系统里的完全一致")).toBeVisible();

  // Slips lost: regenerating the reviewer's unit gives new passwords; the officer's is reset too.
  await admin.reload();
  await admin.getByLabel("单位", { exact: true }).selectOption({ label: `新河镇${suffix}（2 个账号）` });
  await admin.getByRole("button", { name: "重新生成账号通知单" }).click();
  await admin.getByRole("button", { name: "确定重置并生成" }).click();
  const again = admin.waitForEvent("download");
  await admin.getByRole("link", { name: `下载“新河镇${suffix}”的账号通知单（PDF）` }).click();
  const text2 = execFileSync("pdftotext", ["-layout", await (await again).path(), "-"], { encoding: "utf8" });
  const password2 = new RegExp(`xinhe${suffix}_xxy[\\s\\S]*?初始密码：\\s*(\\S+)`).exec(text2)?.[1];
  expect(password2).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10,}$/);
  expect(password2).not.toBe(password);
  await admin.context().close();

  const context = await browser.newContext();
  const officer = await context.newPage();
  await officer.goto("/login");
  await officer.getByLabel("用户名").fill(`xinhe${suffix}_xxy`);
  await officer.getByLabel("密码").fill(password2!);
  await officer.getByRole("button", { name: "登录" }).click();
  await expect(officer).toHaveURL(/\/account\/password/);
  await expect(officer.getByRole("status")).toContainText("请先改成只有您自己知道的密码");
  await officer.getByLabel("原密码").fill(password2!);
  await officer.getByLabel("新密码", { exact: true }).fill("Xinhe2026ok");
  await officer.getByLabel("再输一遍新密码").fill("Xinhe2026ok");
  await officer.getByRole("button", { name: /修改密码|保存/ }).click();
  await expect(officer.getByTestId("current-user")).toContainText("新河镇" + suffix);
  await context.close();
});

test("the office imports last year's figures and sees them in the ledger", async ({ loginAs }) => {
  const editor = await loginAs("editor");
  await editor.getByRole("navigation").getByRole("link", { name: "往年数字导入" }).click();
  await expect(editor.getByRole("heading", { name: "往年数字导入" })).toBeVisible();
  const download = editor.waitForEvent("download");
  await editor.getByRole("link", { name: "下载模板" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await (await download).path()) as unknown as ArrayBuffer);
  const lastYear = new Date().getFullYear() - 1;
  // A year nobody else imports in this run: rerunning the suite on the same database stays green.
  const year = lastYear - 1 - (Date.now() % 20);
  wb.getWorksheet("往年数字")!.addRow([`${year}年`, "6月", "青山镇", 12, 5, 10, 1, null, null, null]);
  await editor.getByLabel(/填好的 Excel 文件/).setInputFiles({ name: `往年${year}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await editor.getByRole("button", { name: "上传并预览" }).click();
  await expect(editor.getByTestId("figures-counts")).toContainText("新增 1 行");
  await shot(editor, "opening-figures-preview");
  await editor.getByRole("button", { name: "确认导入" }).click();
  await expect(editor.getByText("导入完成：新增 1 行")).toBeVisible();
  await expect(editor.getByText(`往年${year}.xlsx（${year}年，1 行）`)).toBeVisible();
  await editor.setViewportSize({ width: 390, height: 844 });
  expect(await editor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await shot(editor, "opening-figures-phone");
  await editor.setViewportSize({ width: 1366, height: 768 });
  await editor.goto(`/scores/ledger?year=${year}`);
  await expect(editor.getByText(`期初导入：往年${year}.xlsx（${year}年6月）`).first()).toBeVisible();

  // Imported by mistake: 冲销 the whole import, with a reason; it stays listed as reversed.
  await editor.goto("/scores/opening");
  await editor.getByRole("button", { name: `冲销 往年${year}.xlsx` }).click();
  await editor.getByLabel("冲销原因").fill("年份填错了");
  await editor.getByRole("button", { name: "确认冲销" }).click();
  await expect(editor.getByText(`往年${year}.xlsx（${year}年，1 行）`).locator("..")).toContainText("已冲销");
  await editor.context().close();
});
