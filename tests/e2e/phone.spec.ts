import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, shot } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

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
