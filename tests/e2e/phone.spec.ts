import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, shot } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function phonePage(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await phoneLogin(page, username);
  return page;
}

async function phoneLogin(page: Page, username: string) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).tap();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** The page fits the phone's width, and the header's unit and person stay on one line. */
async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(0);
  const header = await page.getByTestId("current-user").boundingBox();
  expect(header!.height, "unit and person on one line").toBeLessThan(30);
}

test("on a phone the menu sits behind a button and the officer's pages fit the screen", async ({ page }) => {
  await phoneLogin(page, "qingshan_xxy");
  await expect(page.getByRole("navigation")).toBeHidden();
  await fitsThePhone(page);
  await shot(page, "phone-todo");

  const menu = page.getByRole("button", { name: "打开菜单" });
  const box = await menu.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await menu.tap();
  await expect(page.getByRole("navigation")).toBeVisible();
  await shot(page, "phone-menu");
  await page.getByRole("link", { name: "本单位稿件" }).tap();
  await expect(page).toHaveURL(/\/drafts/);
  // Choosing an entry closes the menu.
  await expect(page.getByRole("navigation")).toBeHidden();
  await fitsThePhone(page);

  await page.getByRole("button", { name: "打开菜单" }).tap();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).tap();
  await expect(page).toHaveURL(/\/login/);
});

test("on a phone an officer writes and submits a draft, and the reviewer forwards it", async ({ browser }) => {
  const title = `石桥镇手机写稿 ${Date.now() % 100000}`;
  const officer = await phonePage(browser, "shiqiao_xxy");
  await officer.goto("/drafts/new");
  await fitsThePhone(officer);
  const body = await officer.getByLabel("正文").boundingBox();
  expect(body!.width, "the body box takes the screen's width").toBeGreaterThan(330);
  await officer.getByLabel("标题").fill(title);
  await officer.getByLabel("事件日期").fill("2026-11-20");
  await officer.getByLabel("正文").fill("石桥镇在手机上写稿，组织委员在手机上审核。");
  await officer.getByText(/保密审查：/).tap();
  await shot(officer, "phone-draft-form");
  const submit = officer.getByRole("button", { name: "保存并提交审核" });
  const submitBox = await submit.boundingBox();
  expect(submitBox!.height, "the label stays on one line").toBeLessThan(60);
  await submit.tap();
  await expect(officer.getByRole("heading", { name: title })).toBeVisible();
  await fitsThePhone(officer);
  await shot(officer, "phone-draft-page");
  await officer.goto("/drafts");
  await fitsThePhone(officer);
  await shot(officer, "phone-drafts");
  await officer.context().close();

  const reviewer = await phonePage(browser, "shiqiao_zwy");
  await fitsThePhone(reviewer);
  await reviewer.getByRole("link", { name: title }).tap();
  await fitsThePhone(reviewer);
  await shot(reviewer, "phone-review");
  await reviewer.getByRole("button", { name: "审核通过，报送县委组织部" }).tap();
  await reviewer.getByLabel("审核意见（可不填）").fill("写得实在，已报县里。");
  await reviewer.getByRole("button", { name: "确认报送" }).tap();
  // The page says what happened and where to go next; the comment stays in the history.
  await expect(reviewer.getByRole("status").filter({ hasText: "已审核通过，报送县委组织部" })).toBeVisible();
  await expect(reviewer.getByRole("link", { name: /返回/ })).toBeVisible();
  await expect(reviewer.getByText("写得实在，已报县里。")).toBeVisible();
  await expect(reviewer.getByText("待县审核").first()).toBeVisible();
  await fitsThePhone(reviewer);
  await shot(reviewer, "phone-approved");
  await reviewer.context().close();
});
