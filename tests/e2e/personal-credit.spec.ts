import { expect, shot, test } from "./helpers";

const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date());
const noSideScroll = async (page: import("@playwright/test").Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

test("个人积分: the office's ranking and a person's record, on a desktop and on a phone", async ({ loginAs }) => {
  const editor = await loginAs("editor");
  await editor.getByRole("link", { name: "个人积分" }).first().click();
  await expect(editor.getByRole("heading", { name: `个人积分 · ${year}年` })).toBeVisible();
  await expect(editor.getByTestId("person-陈晓燕")).toContainText("青山镇");
  await expect(editor.getByTestId("person-马琳")).toContainText("县直单位");
  await shot(editor, "people-desktop");
  await editor.getByLabel("时段", { exact: true }).selectOption(`${year}-Q1`);
  await editor.getByRole("button", { name: "查看" }).click();
  await expect(editor.getByRole("heading", { name: `个人积分 · ${year}年第一季度` })).toBeVisible();
  await editor.getByLabel("搜索人员").fill("周敏");
  await editor.getByRole("button", { name: "搜索" }).click();
  await expect(editor.getByTestId(/^person-/)).toHaveCount(1);
  await editor.getByRole("link", { name: "周敏" }).click();
  await expect(editor.getByRole("heading", { name: `周敏的个人积分 · ${year}年第一季度` })).toBeVisible();
  await expect(editor.getByTestId("person-units")).toContainText("现在石桥镇");
  await shot(editor, "person-desktop");

  await editor.setViewportSize({ width: 390, height: 844 });
  await noSideScroll(editor);
  await shot(editor, "person-phone");
  await editor.goto("/scores/people");
  await expect(editor.getByTestId("person-陈晓燕")).toBeVisible();
  await noSideScroll(editor);
  await shot(editor, "people-phone");
  await editor.context().close();
});

test("先进个人推荐: the office sets the conditions (bad input at the field), leaders read it, the Word file downloads; units cannot", async ({ loginAs }) => {
  const editor = await loginAs("editor");
  await editor.goto("/scores/shortlist");
  await expect(editor.getByRole("heading", { name: `${year}年度组工信息工作先进个人建议名单` })).toBeVisible();
  await editor.getByLabel("每组推荐前几名").fill("0");
  await editor.getByLabel("县级采用至少几篇").fill("2");
  await editor.getByRole("button", { name: "保存推荐条件" }).click();
  await expect(editor.getByText("每组推荐人数最少为1")).toBeVisible();
  await expect(editor.getByLabel("县级采用至少几篇")).toHaveValue("2");
  await editor.getByLabel("每组推荐前几名").fill("5");
  await editor.getByRole("button", { name: "保存推荐条件" }).click();
  await expect(editor.getByText(/各组推荐得分前5名/)).toBeVisible();
  await expect(editor.getByText(/条件由王编辑于/)).toBeVisible();
  await shot(editor, "shortlist-desktop");
  const word = await editor.request.get(`/api/scores/shortlist/${year}`);
  expect(word.status()).toBe(200);
  expect(word.headers()["content-type"]).toContain("wordprocessingml");
  expect((await word.body()).subarray(0, 2).toString()).toBe("PK");
  await editor.context().close();

  const leader = await loginAs("leader");
  await leader.goto("/scores/shortlist");
  await expect(leader.getByText(/各组推荐得分前5名/)).toBeVisible();
  await expect(leader.getByRole("button", { name: "保存推荐条件" })).toHaveCount(0);
  await leader.context().close();

  const officer = await loginAs("qingshan_xxy");
  expect((await officer.goto("/scores/shortlist"))?.status()).toBe(404);
  expect((await officer.request.get(`/api/scores/shortlist/${year}`)).status()).toBe(404);
  // The officer's list is their own record only.
  await officer.goto("/scores/people");
  await expect(officer.getByRole("heading", { name: /^我的积分/ })).toBeVisible();
  await officer.context().close();
});

test("积分登记 names the author of a 媒体发稿: the points reach the author's 个人积分 (desktop and phone form)", async ({ loginAs }) => {
  // 西城街道: no other spec counts its points (publish-path counts 青山镇's, scores.spec 龙泉镇's).
  const title = "西城街道“红色代办”做法见报";
  const editor = await loginAs("editor");
  await editor.goto("/scores/records");
  await editor.getByLabel("类别").selectOption({ label: "媒体发稿" });
  await expect(editor.getByLabel("作者（可不选）")).toContainText("请先选择单位");
  await editor.getByLabel("单位").selectOption({ label: "西城街道" });
  await editor.getByLabel("作者（可不选）").selectOption({ label: "何静" });
  await editor.getByLabel("刊发日期").fill(`${year}-11-20`);
  await editor.getByLabel("标题").fill(title);
  await editor.getByLabel("刊物或媒体名称").fill("示例日报");
  await editor.setViewportSize({ width: 390, height: 844 });
  await noSideScroll(editor);
  await shot(editor, "record-author-phone");
  await editor.setViewportSize({ width: 1366, height: 768 });
  await shot(editor, "record-author-desktop");
  await editor.getByRole("button", { name: "登记并记分" }).click();
  await expect(editor.getByText(/已登记/)).toBeVisible();

  await editor.goto("/scores/people");
  await editor.getByLabel("搜索人员").fill("何静");
  await editor.getByRole("button", { name: "搜索" }).click();
  await editor.getByRole("link", { name: "何静" }).click();
  await expect(editor.getByText(title)).toBeVisible();
  await editor.context().close();
});
