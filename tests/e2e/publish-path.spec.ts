import { readFileSync } from "node:fs";
import { expect, shot, test } from "./helpers";

const TITLE = `青山镇“积分超市”激发群众参与乡村治理热情 ${Date.now()}`;

test("a draft goes from the officer's pen to a published 第1期 and the unit's points", async ({ loginAs }) => {
  // 信息员 writes and submits.
  const officer = await loginAs("qingshan_xxy");
  await officer.goto("/drafts/new");
  await officer.getByLabel("标题").fill(TITLE);
  await officer.getByLabel("类别").selectOption({ label: "经验做法" });
  await officer.getByLabel("事件日期").fill("2026-11-20");
  await officer.getByLabel("正文").fill("一、主要做法\n青山镇在12个村设立积分超市，群众参与环境整治可获得积分。\n二、取得成效\n今年以来，累计兑换积分3.2万分。");
  await officer.getByLabel("作为本单位精品稿件报送").check();
  await officer.getByText(/保密审查：/).click();
  await officer.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(officer.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(officer.getByText("待乡镇审核").first()).toBeVisible();
  await shot(officer, "officer-draft");

  // 组织委员 forwards it.
  const reviewer = await loginAs("qingshan_zwy");
  await reviewer.getByRole("link", { name: TITLE }).click();
  await reviewer.getByRole("button", { name: "审核通过，报送县委组织部" }).click();
  await reviewer.getByRole("button", { name: "确认报送" }).click();
  await expect(reviewer.getByText("待县审核").first()).toBeVisible();

  // 研究室编辑 adopts it into the pool, opens an issue, pulls it in and sets it up for print.
  const editor = await loginAs("editor");
  await editor.goto("/county");
  await editor.getByRole("link", { name: TITLE }).click();
  await editor.getByLabel("采用后").selectOption({ label: "暂不编期，放入待编稿件" });
  await editor.getByRole("button", { name: "采用", exact: true }).click();
  await expect(editor.getByText("已采用").first()).toBeVisible();
  await editor.goto("/issues/compose");
  await editor.getByRole("button", { name: /新建一期《示例县组工信息》/ }).click();
  await expect(editor.getByRole("heading", { name: /编排中/ })).toBeVisible();
  const issueUrl = editor.url();
  await editor.getByLabel("搜索待编稿件").fill("积分超市");
  await editor.getByRole("button", { name: "筛选" }).click();
  await editor.getByRole("button", { name: `编入本期 ${TITLE}` }).click();
  await expect(editor.getByRole("link", { name: TITLE })).toBeVisible();
  await editor.getByRole("button", { name: "设置栏目、编者按和付印文本" }).click();
  await editor.getByLabel("栏目").fill("经验交流");
  await editor.getByLabel("编者按（本篇）").fill("青山镇的做法值得各地借鉴。");
  await editor.getByRole("button", { name: "保存", exact: true }).click();
  await expect(editor.getByText("【经验交流】").first()).toBeVisible();
  await editor.getByLabel("本期编者按").fill("本期刊发基层治理的新做法。");
  await editor.getByRole("button", { name: "保存编者按与版记" }).click();
  await expect(editor.getByText("已保存")).toBeVisible();
  // The page refreshes after each change and the next action must carry the new issue version;
  // a click during that refresh is refused as stale (see the closing note), so load it afresh.
  await editor.reload();
  await expect(editor.getByLabel("本期编者按")).toHaveValue("本期刊发基层治理的新做法。");
  await shot(editor, "composer");
  await editor.getByRole("button", { name: "送领导签发" }).click();
  await expect(editor.getByText("待签发").first()).toBeVisible();

  // 部领导 signs it off.
  const leader = await loginAs("leader");
  await leader.getByRole("link", { name: "待签发", exact: true }).click();
  await leader.getByRole("link", { name: /示例县组工信息/ }).first().click();
  await expect(leader.getByText("本期刊发基层治理的新做法。").first()).toBeVisible();
  await shot(leader, "sign-off");
  await leader.getByRole("button", { name: "签发", exact: true }).click();
  await leader.getByRole("button", { name: "确认签发" }).click();
  await expect(leader.getByText(/李部长 于 .* 签发/)).toBeVisible();

  // The office publishes and downloads the Word file and the PDF.
  await editor.goto(issueUrl);
  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await editor.getByRole("button", { name: "确认发布" }).click();
  await expect(editor.getByRole("heading", { name: /示例县组工信息》\d{4}年第1期/ })).toBeVisible();
  await expect(editor.getByText(/第1期（总第\d+期）/).first()).toBeVisible();
  await shot(editor, "published-issue");
  for (const [label, magic] of [["下载Word", "PK"], ["下载PDF", "%PDF"]] as const) {
    const [download] = await Promise.all([editor.waitForEvent("download"), editor.getByRole("link", { name: label }).click()]);
    expect(download.suggestedFilename()).toMatch(/^示例县组工信息\d{4}年第1期\.(docx|pdf)$/);
    const head = readFileSync(await download.path()).subarray(0, magic.length).toString("latin1");
    expect(head).toBe(magic);
  }

  // Anyone finds it in the archive by a few characters of its text.
  await officer.goto("/issues");
  await officer.getByLabel("搜索").fill("兑换积分");
  await officer.getByRole("button", { name: "查询" }).click();
  await expect(officer.getByText(TITLE)).toBeVisible();
  await officer.getByLabel("搜索").fill("没有这种内容的稿件");
  await officer.getByRole("button", { name: "查询" }).click();
  await expect(officer.getByText("没有符合条件的期刊")).toBeVisible();

  // The officer sees it published.
  await officer.goto("/drafts?status=PUBLISHED");
  await expect(officer.getByRole("link", { name: TITLE })).toBeVisible();

  // 部领导 sees the unit's points.
  await leader.goto("/scores");
  await expect(leader.getByRole("heading", { name: /积分排名/ })).toBeVisible();
  const row = leader.getByTestId("score-青山镇");
  await expect(row.getByTestId("points")).toHaveText("2");
  await expect(row.locator("td").first()).toHaveText("1");
  await shot(leader, "leader-scores");
});

test("an officer opening another unit's draft gets the Chinese 404 page", async ({ loginAs }) => {
  const other = await loginAs("shiqiao_xxy");
  await other.goto("/drafts/new");
  await other.getByLabel("标题").fill("石桥镇内部稿件");
  await other.getByLabel("事件日期").fill("2026-11-20");
  await other.getByLabel("正文").fill("只有石桥镇能看到。");
  await other.getByRole("button", { name: "保存", exact: true }).click();
  await expect(other.getByRole("heading", { name: "石桥镇内部稿件" })).toBeVisible();
  const url = other.url();

  const officer = await loginAs("qingshan_xxy");
  const response = await officer.goto(url);
  expect(response?.status()).toBe(404);
  await expect(officer.getByText("没有找到您要的页面或记录")).toBeVisible();
  await expect(officer.getByText("石桥镇内部稿件")).toHaveCount(0);
  const unknown = await officer.goto("/no-such-page");
  expect(unknown?.status()).toBe(404);
  await expect(officer.getByText("没有找到您要的页面或记录")).toBeVisible();
});

test("bad input is told at the field and loses nothing typed", async ({ loginAs }) => {
  const officer = await loginAs("qingshan_xxy");
  await officer.goto("/drafts/new");
  const body = "这段正文必须原样保留，不能因为标题没填就丢掉。";
  await officer.getByLabel("正文").fill(body);
  await officer.getByRole("button", { name: "保存", exact: true }).click();
  await expect(officer.getByText("请填写标题")).toBeVisible();
  await expect(officer.getByText("请填写事件日期")).toBeVisible();
  await expect(officer.getByLabel("正文")).toHaveValue(body);
  await shot(officer, "field-errors");
});
