import ExcelJS from "exceljs";
import { expect, shot, test } from "./helpers";

test("the administrator finds a change just made in the 操作日志 and exports it to Excel", async ({ loginAs }) => {
  // An officer of 县卫生健康局 saves a new draft.
  const officer = await loginAs("weijian_xxy");
  await officer.goto("/drafts/new");
  await officer.getByLabel("标题").fill("卫健局开展党员志愿服务");
  await officer.getByLabel("事件日期").fill("2026-11-20");
  await officer.getByLabel("正文").fill("县卫生健康局组织党员到社区义诊。");
  await officer.getByRole("button", { name: "保存", exact: true }).click();
  await expect(officer.getByRole("heading", { name: "卫健局开展党员志愿服务" })).toBeVisible();
  const draftId = new URL(officer.url()).pathname.split("/")[2];

  const admin = await loginAs("admin");
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: "操作日志" }).click();
  await expect(admin.getByRole("heading", { name: "操作日志" })).toBeVisible();
  await admin.getByLabel("人员", { exact: true }).fill("胡蓉");
  await admin.getByLabel("操作", { exact: true }).selectOption({ label: "新建稿件" });
  await admin.getByRole("button", { name: "查看" }).click();
  const row = admin.getByTestId("audit-row").filter({ has: admin.locator(`[title="${draftId}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("胡蓉");
  await expect(row).toContainText("县卫生健康局");
  await expect(row).toContainText("新建稿件");
  // The browser reached next start directly: the connection's address.
  await expect(row.locator('[data-label="来源地址"]')).toContainText("127.0.0.1");
  await shot(admin, "audit-desktop");

  // The record's whole history (the editor's autosave may have added a 修改稿件 since).
  await row.getByRole("link", { name: "全部操作" }).click();
  await expect(admin.getByLabel("记录编号")).toHaveValue(draftId);
  await expect(admin.getByTestId("audit-row").filter({ hasText: "新建稿件" })).toHaveCount(1);
  expect(await admin.getByTestId("audit-row").count()).toBe(await admin.locator(`[data-testid="audit-row"] [title="${draftId}"]`).count());

  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByTestId("audit-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^操作日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows = workbook.getWorksheet("操作日志")!.getSheetValues().filter(Boolean) as unknown[][];
  const found = rows.filter((r) => r.includes(draftId) && r.includes("新建稿件"));
  expect(found).toHaveLength(1);
  expect(found[0]).toEqual(expect.arrayContaining(["胡蓉", "weijian_xxy", "县卫生健康局", "新建稿件", "稿件", "127.0.0.1"]));

  await admin.goto("/admin/audit");
  await shot(admin, "audit-all-desktop");
  // A phone shows each row as a card.
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.reload();
  await expect(admin.getByTestId("audit-row").first()).toBeVisible();
  await shot(admin, "audit-phone");
});

test("nobody but the administrator reads or exports the 操作日志", async ({ browser, loginAs }) => {
  for (const who of ["editor", "leader", "qingshan_zwy"]) {
    const page = await loginAs(who);
    await expect(page.getByRole("link", { name: "操作日志" })).toHaveCount(0);
    expect((await page.goto("/admin/audit"))?.status()).toBe(404);
    const exported = await page.request.get("/admin/audit/export");
    expect(exported.status()).toBe(404);
    expect(exported.headers()["content-type"]).not.toContain("spreadsheet");
    await page.context().close();
  }
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/admin/audit/export", { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
  await anonymous.close();
});
