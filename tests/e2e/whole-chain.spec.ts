import type { Page } from "@playwright/test";
import { expect, shot, test } from "./helpers";

// Published in the county's 专报 (numbered on its own), so the main series' 第1期 stays
// publish-path.spec.ts's.
const TITLE = `青山镇“网格连心”让群众小事不出村（${Date.now() % 100000}）`;

/** Opens a new issue of `series` from 期刊编排 and returns its address. */
async function newIssue(editor: Page, series: string): Promise<string> {
  await editor.goto("/issues/compose");
  await editor.getByRole("button", { name: `新建一期《${series}》` }).click();
  await expect(editor.getByRole("heading", { name: /编排中/ })).toBeVisible();
  return editor.url();
}

/** On a draft page: 采用 straight into the issue at `issueUrl` (other tests may leave issues of the same series open). */
async function adoptInto(editor: Page, issueUrl: string) {
  await editor.getByLabel("采用后").selectOption(new URL(issueUrl).pathname.split("/").pop()!);
  await editor.getByRole("button", { name: "采用", exact: true }).click();
  await expect(editor.getByText("已采用").first()).toBeVisible();
}

/** The office sends the issue for sign-off, the leader signs, the office publishes. */
async function signAndPublish(editor: Page, leader: Page, issueUrl: string, series: string) {
  await editor.goto(issueUrl);
  await editor.getByRole("button", { name: "送领导签发" }).click();
  await expect(editor.getByText("待签发").first()).toBeVisible();
  await leader.goto(issueUrl);
  await leader.getByRole("button", { name: "签发", exact: true }).click();
  await leader.getByRole("button", { name: "确认签发" }).click();
  await expect(leader.getByText(/于 .* 签发/)).toBeVisible();
  await editor.goto(issueUrl);
  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await editor.getByRole("button", { name: "确认发布" }).click();
  await expect(editor.getByRole("heading", { name: new RegExp(`${series}》\\d{4}年第\\d+期`) })).toBeVisible();
}

test("an item goes from 青山镇 through 示例县 to the city's 《示例市组工信息》, and its points flow down", async ({ loginAs }) => {
  test.slow(); // five people at two levels, two issues signed and published

  // 青山镇: the officer writes and submits, the reviewer forwards it to the county.
  const officer = await loginAs("qingshan_xxy");
  await officer.goto("/drafts/new");
  await officer.getByLabel("标题").fill(TITLE);
  await officer.getByLabel("类别").selectOption({ label: "经验做法" });
  await officer.getByLabel("事件日期").fill("2026-11-24");
  await officer.getByLabel("正文").fill("青山镇把全镇划为48个网格，每个网格配备1名党员网格员。\n今年以来，网格员收集群众诉求560余件，办结率98%。");
  await officer.getByText(/保密审查：/).click();
  await officer.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(officer.getByText("待乡镇审核").first()).toBeVisible();
  const reviewer = await loginAs("qingshan_zwy");
  await reviewer.getByRole("link", { name: TITLE }).click();
  await reviewer.getByRole("button", { name: /^审核通过，报送/ }).click();
  await reviewer.getByRole("button", { name: "确认报送" }).click();
  await expect(reviewer.getByText("待县审核").first()).toBeVisible();

  // 示例县: the office adopts it into a 专报, the leader signs, the office publishes and sends it up.
  const county = await loginAs("editor");
  const countyLeader = await loginAs("leader");
  const countyIssue = await newIssue(county, "示例县组工信息·专报");
  await county.goto("/county");
  await county.getByRole("link", { name: TITLE }).click();
  await county.waitForURL(/\/drafts\/[0-9a-f-]+$/);
  const countyDraft = county.url();
  await adoptInto(county, countyIssue);
  await signAndPublish(county, countyLeader, countyIssue, "示例县组工信息·专报");
  await county.goto(countyDraft);
  await county.getByRole("button", { name: "报送上级" }).click();
  await county.getByRole("button", { name: "确定报送" }).click();
  await expect(county.getByText("已报送中共示例市委组织部，上级审核中")).toBeVisible();

  // 示例市: the item arrives in the city's pool with its origin; the city adopts and publishes it.
  const city = await loginAs("shi_editor");
  const cityLeader = await loginAs("shi_leader");
  await city.goto("/county");
  await city.getByRole("link", { name: TITLE }).click();
  await city.waitForURL(/\/drafts\/[0-9a-f-]+$/);
  await expect(city.getByText("来源：青山镇 → 中共示例县委组织部报送")).toBeVisible();
  const upperDraft = city.url();
  await shot(city, "chain-upper-draft");
  const cityIssue = await newIssue(city, "示例市组工信息");
  await city.goto(upperDraft);
  await adoptInto(city, cityIssue);
  await signAndPublish(city, cityLeader, cityIssue, "示例市组工信息");
  await shot(city, "chain-city-issue");

  // The county sees the outcome on its own draft, which the city's page links to.
  await county.goto(countyDraft);
  await expect(county.getByRole("link", { name: "上级已刊发" })).toBeVisible();

  // 青山镇 sees the 市级采用 in 本单位积分, under the county's rules.
  await officer.goto("/scores/mine");
  await expect(officer.getByRole("cell", { name: /^市级采用/ }).first()).toBeVisible();
  await shot(officer, "chain-officer-scores");

  // The city leader ranks the counties: 示例县 has the city's 市级采用 points.
  await cityLeader.goto("/scores");
  const row = cityLeader.getByTestId("score-中共示例县委组织部");
  await expect(row).toBeVisible();
  expect(Number(await row.getByTestId("points").innerText())).toBeGreaterThanOrEqual(5);
  await expect(cityLeader.getByTestId("score-中共北山县委组织部")).toBeVisible();
  await expect(cityLeader.getByTestId("score-青山镇")).toHaveCount(0);
  await shot(cityLeader, "chain-city-ranking");
});
