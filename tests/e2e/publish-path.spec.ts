import { expect, test } from "@playwright/test";
import { loginAs, shot } from "./helpers";

const TITLE = `青山镇“积分超市”激发群众参与乡村治理热情 ${Date.now()}`;

test("a draft goes from the officer's pen to a published 第1期 and the unit's points", async ({ browser }) => {
  // 信息员 writes and submits.
  const officer = await loginAs(browser, "qingshan_xxy");
  await officer.goto("/drafts/new");
  await officer.getByLabel("标题").fill(TITLE);
  await officer.getByLabel("类别").selectOption({ label: "经验做法" });
  await officer.getByLabel("事件日期").fill("2026-11-20");
  await officer.getByLabel("正文").fill("一、主要做法\n青山镇在12个村设立积分超市，群众参与环境整治可获得积分。\n二、取得成效\n今年以来，累计兑换积分3.2万分。");
  await officer.getByLabel("作为本单位精品稿件报送").check();
  await officer.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(officer.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(officer.getByText("待乡镇审核").first()).toBeVisible();
  await shot(officer, "officer-draft");

  // 组织委员 forwards it.
  const reviewer = await loginAs(browser, "qingshan_zwy");
  await reviewer.getByRole("link", { name: TITLE }).click();
  await reviewer.getByRole("button", { name: "审核通过，报送县委组织部" }).click();
  await expect(reviewer.getByText("待县审核").first()).toBeVisible();

  // 研究室编辑 opens an issue, adopts the draft into it and publishes.
  const editor = await loginAs(browser, "editor");
  await editor.goto("/issues/compose");
  await editor.getByRole("button", { name: /新建一期/ }).first().click();
  await expect(editor.getByRole("heading", { name: /编排中/ })).toBeVisible();
  const issueUrl = editor.url();
  await editor.goto("/county");
  await editor.getByRole("link", { name: TITLE }).click();
  await editor.getByRole("button", { name: "采用", exact: true }).click();
  await expect(editor.getByText("已采用").first()).toBeVisible();
  await editor.goto(issueUrl);
  await expect(editor.getByRole("link", { name: TITLE })).toBeVisible();
  editor.once("dialog", (d) => d.accept());
  await editor.getByRole("button", { name: "发布本期" }).click();
  await expect(editor.getByText(/第1期（总第\d+期）/)).toBeVisible();
  await expect(editor.getByRole("heading", { name: TITLE })).toBeVisible();
  await shot(editor, "published-issue");

  // The officer sees it published.
  await officer.goto("/drafts?status=PUBLISHED");
  await expect(officer.getByRole("link", { name: TITLE })).toBeVisible();

  // 部领导 sees the unit's points.
  const leader = await loginAs(browser, "leader");
  await expect(leader.getByRole("heading", { name: /积分排名/ })).toBeVisible();
  const row = leader.getByTestId("score-青山镇");
  await expect(row.locator("td").last()).toHaveText("2");
  await expect(row.locator("td").first()).toHaveText("1");
  await shot(leader, "leader-scores");
});

test("an officer opening another unit's draft gets the Chinese 404 page", async ({ browser }) => {
  const other = await loginAs(browser, "shiqiao_xxy");
  await other.goto("/drafts/new");
  await other.getByLabel("标题").fill("石桥镇内部稿件");
  await other.getByLabel("事件日期").fill("2026-11-20");
  await other.getByLabel("正文").fill("只有石桥镇能看到。");
  await other.getByRole("button", { name: "保存", exact: true }).click();
  await expect(other.getByRole("heading", { name: "石桥镇内部稿件" })).toBeVisible();
  const url = other.url();

  const officer = await loginAs(browser, "qingshan_xxy");
  const response = await officer.goto(url);
  expect(response?.status()).toBe(404);
  await expect(officer.getByText("没有找到您要的页面或记录")).toBeVisible();
  await expect(officer.getByText("石桥镇内部稿件")).toHaveCount(0);
  const unknown = await officer.goto("/no-such-page");
  expect(unknown?.status()).toBe(404);
  await expect(officer.getByText("没有找到您要的页面或记录")).toBeVisible();
});

test("bad input is told at the field and loses nothing typed", async ({ browser }) => {
  const officer = await loginAs(browser, "qingshan_xxy");
  await officer.goto("/drafts/new");
  const body = "这段正文必须原样保留，不能因为标题没填就丢掉。";
  await officer.getByLabel("正文").fill(body);
  await officer.getByRole("button", { name: "保存", exact: true }).click();
  await expect(officer.getByText("请填写标题")).toBeVisible();
  await expect(officer.getByText("请填写事件日期")).toBeVisible();
  await expect(officer.getByLabel("正文")).toHaveValue(body);
  await shot(officer, "field-errors");
});
