import { type Page } from "@playwright/test";
import { expect, shot, test } from "./helpers";

// Local (Shanghai) dates: the 1st of this month, the 1st of last month, a year ago.
const local = new Date(Date.now() + 8 * 3600_000);
const y = local.getUTCFullYear();
const m = local.getUTCMonth() + 1;
const pad = (n: number) => String(n).padStart(2, "0");

/** The office records one item through the 登记 form. Agencies and 白云乡 only: other tests rank the townships. */
async function record(page: Page, kind: string, level: string, unit: string, date: string, title: string) {
  // The levels follow the kind once the form has come to life: a kind chosen before that is chosen again.
  await expect(async () => {
    await page.getByLabel("类别").selectOption({ label: kind });
    await expect(page.getByLabel("级别").locator("option", { hasText: level })).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  await page.getByLabel("级别").selectOption({ label: level });
  await page.getByLabel("单位").selectOption({ label: unit });
  await page.getByLabel("刊发日期").fill(date);
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("刊物或媒体名称").fill("示例日报");
  await page.getByRole("button", { name: "登记并记分" }).click();
  await expect(page.getByText(`已登记“${title}”`)).toBeVisible();
}

/** Every chart on the page has been drawn: a canvas of nonzero size inside each container. */
async function chartsDrawn(page: Page, count: number) {
  const charts = page.getByTestId("chart");
  await expect(charts).toHaveCount(count);
  await expect
    .poll(() =>
      charts.evaluateAll((els) =>
        els.map((el) => {
          const canvas = el.querySelector("canvas");
          return !!canvas && canvas.width > 0 && canvas.height > 0 && canvas.getBoundingClientRect().width > 0 && canvas.getBoundingClientRect().height > 0;
        }),
      ),
    )
    .toEqual(Array(count).fill(true));
}

test("the leader reads the dashboard, and a unit's points there are its ledger's", async ({ loginAs }) => {
  const editor = await loginAs("editor");
  await editor.goto("/scores/records");
  await record(editor, "媒体发稿", "省级媒体", "县财政局", `${y}-${pad(m)}-01`, "县财政局预算绩效管理经验见报");
  await record(editor, "网评文章", "网评文章", "县农业农村局", `${y}-${pad(m)}-01`, "网评：把党建写在田野上");
  await record(editor, "网评文章", "网评文章", "白云乡", `${y}-${pad(m)}-01`, "网评：小网格连着大民生");
  if (m > 1) await record(editor, "媒体发稿", "市级媒体", "县财政局", `${y}-${pad(m - 1)}-15`, "县财政局上月发稿");
  await record(editor, "媒体发稿", "市级媒体", "县财政局", `${y - 1}-${pad(m)}-01`, "县财政局去年同月发稿");

  const leader = await loginAs("leader");
  await leader.goto("/scores/dashboard");
  await expect(leader.getByRole("heading", { name: "积分看板" })).toBeVisible();
  await expect(leader.getByTestId("dashboard-period")).toHaveText(`${y}年${m}月`);
  // 县直 and 乡镇 ranking, trend, categories, this year against last: five charts.
  await chartsDrawn(leader, 5);
  await expect(leader.getByTestId("dashboard-score-县财政局").locator("td").last()).toHaveText("5");
  await expect(leader.getByTestId("low-submitters")).toContainText("县财政局");
  await shot(leader, "dashboard");
  for (const section of ["ranking", "trend", "category", "compare"]) {
    await leader.locator(`section[aria-labelledby=${section}]`).screenshot({ path: `test-results/screens/dashboard-${section}.png` });
  }

  // The year view; its points are the year's ledger sums.
  await leader.getByRole("link", { name: "年", exact: true }).click();
  await expect(leader.getByTestId("dashboard-period")).toHaveText(`${y}年`);
  await chartsDrawn(leader, 5);
  const cell = leader.getByTestId("dashboard-score-县财政局").locator("td").last();
  const points = (await cell.innerText()).trim();
  expect(points).toBe(m > 1 ? "7" : "5");
  await cell.getByRole("link").click();
  await expect(leader.getByRole("heading", { name: "积分台账" })).toBeVisible();
  await expect(leader.getByTestId("ledger-sum")).toContainText(`合计 ${points} 分`);
});

test("the dashboard loads with at most 20 requests and prefetches no ledger pages", async ({ loginAs }) => {
  const leader = await loginAs("leader");
  const requests: string[] = [];
  leader.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  await leader.goto("/scores/dashboard");
  await expect(leader.getByRole("heading", { name: "积分看板" })).toBeVisible();
  // Links prefetch when they scroll into view: bring every one of them into view, then let the page go quiet.
  await leader.mouse.wheel(0, 20_000);
  await leader.waitForLoadState("networkidle");
  await leader.mouse.wheel(0, -20_000);
  await leader.waitForLoadState("networkidle");
  test.info().annotations.push({ type: "requests", description: String(requests.length) });
  expect(requests.length, requests.join("\n")).toBeLessThanOrEqual(20);
  expect(requests.filter((r) => r.includes("/scores/ledger"))).toEqual([]);
  await leader.context().close();
});
