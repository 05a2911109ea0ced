import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, shot, test } from "./helpers";

// This month in local (Asia/Shanghai) time.
const local = new Date(Date.now() + 8 * 60 * 60 * 1000);
const year = local.getUTCFullYear();
const month = local.getUTCMonth() + 1;
const TITLE = `关于${year}年${month}月份全县组工信息工作情况的通报`;

test("the office issues this month's notice and both files download as issued", async ({ browser, loginAs }) => {
  const editor = await loginAs("editor");
  await editor.goto("/scores/notices");
  await expect(editor.getByRole("heading", { name: "组工信息工作通报" })).toBeVisible();
  await editor.getByLabel("通报类型").selectOption("MONTH");
  await editor.getByLabel("年份").selectOption({ label: `${year}年` });
  if (month < 12) {
    // A month that has not begun is refused at the period.
    await editor.getByLabel("月份").selectOption({ label: `${month + 1}月` });
    await editor.getByRole("button", { name: "预览通报" }).click();
    await expect(editor.getByRole("alert").filter({ hasText: "这个时段还没有开始" })).toBeVisible();
    await expect(editor.getByLabel("月份")).toHaveAttribute("aria-describedby", "period-error");
  }
  await editor.getByLabel("月份").selectOption({ label: `${month}月` });
  await editor.getByRole("button", { name: "预览通报" }).click();
  // The preview shows the text, the figures and both files before anything is stored.
  const preview = editor.getByRole("region", { name: "通报预览" });
  await expect(preview).toContainText(`${TITLE}（预览，尚未发布）`);
  await expect(preview).toContainText("全县组工信息工作情况通报如下");
  await expect(preview.getByRole("table").first()).toBeVisible();
  const [draftWord] = await Promise.all([editor.waitForEvent("download"), preview.getByRole("link", { name: "下载预览 Word" }).click()]);
  expect(readFileSync(await draftWord.path()).subarray(0, 2).toString("latin1")).toBe("PK");
  await shot(editor, "notice-preview");
  await expect(editor.getByRole("row").filter({ hasText: TITLE })).toHaveCount(0);
  await preview.getByRole("button", { name: "确认发布" }).click();
  await expect(editor.getByRole("status")).toContainText(`已发布《${TITLE}》`);
  const row = editor.getByRole("row").filter({ hasText: TITLE }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText(`${year}年${month}月`);
  await shot(editor, "notices");

  const [word] = await Promise.all([editor.waitForEvent("download"), row.getByRole("link", { name: "下载Word" }).click()]);
  expect(word.suggestedFilename()).toBe(`${TITLE}.docx`);
  expect(readFileSync(await word.path()).subarray(0, 2).toString("latin1")).toBe("PK");

  const [excel] = await Promise.all([editor.waitForEvent("download"), row.getByRole("link", { name: "下载Excel" }).click()]);
  expect(excel.suggestedFilename()).toBe(`${TITLE}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await excel.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("通报")!;
  expect(sheet.getCell("A1").value).toBe(TITLE);
  const names: unknown[] = [];
  const headers: unknown[][] = [];
  sheet.eachRow((r) => {
    const values = (r.values as unknown[]).slice(1);
    if (values[0] === "序号") headers.push(values);
    else if (typeof values[0] === "number") names.push(values[1]);
  });
  expect(headers).toHaveLength(2);
  expect(headers[0]).toEqual(["序号", "单位", "报送数", "县级采用", "市级采用", "省级及以上采用", "得分", "排名"]);
  expect(names).toEqual(expect.arrayContaining(["城关镇", "东城街道", "县教育局"]));
  expect(sheet.pageSetup.paperSize).toBe(9);

  // The route refuses an unknown notice or file type with 404, and a request without a user with 401.
  const href = await row.getByRole("link", { name: "下载Word" }).getAttribute("href");
  expect(href).toMatch(/^\/scores\/notices\/[0-9a-f-]{36}\/docx$/);
  expect((await editor.request.get("/scores/notices/00000000-0000-4000-8000-000000000000/docx")).status()).toBe(404);
  expect((await editor.request.get(href!.replace(/docx$/, "pdf"))).status()).toBe(404);
  const stranger = await browser.newContext();
  const base = new URL(editor.url()).origin;
  await stranger.addCookies([{ name: "next-auth.session-token", value: "not-a-session", url: base }]);
  const anonymous = await stranger.request.get(`${base}${href}`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  await stranger.close();

  // A leader reads and downloads notices but does not issue them.
  const leader = await loginAs("leader");
  await leader.goto("/scores/notices");
  await expect(leader.getByRole("row").filter({ hasText: TITLE }).first()).toBeVisible();
  await expect(leader.getByRole("button", { name: "生成并发布通报" })).toHaveCount(0);
  const response = await leader.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(`${TITLE}.docx`)}`);
  expect((await response.body()).equals(readFileSync(await word.path()))).toBe(true);
});
