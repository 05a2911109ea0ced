import { fileURLToPath } from "node:url";
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

export { expect };

export const DEMO_PASSWORD = "Demo1234";

/** Every demo account the README lists, with the heading of its home page (units start at their to-do list). */
export const DEMO_ACCOUNTS: Array<[username: string, heading: RegExp, unit?: string]> = [
  ["admin", /账号管理/],
  ["editor", /县级稿件池/],
  ["editor2", /县级稿件池/],
  ["leader", /待签发的期刊/],
  ["qingshan_xxy", /待办事项/, "青山镇"],
  ["qingshan_zwy", /待办事项/, "青山镇"],
  ["shiqiao_xxy", /待办事项/, "石桥镇"],
  ["shiqiao_zwy", /待办事项/, "石桥镇"],
  ["dongcheng_xxy", /待办事项/, "东城街道"],
  ["dongcheng_zwy", /待办事项/, "东城街道"],
  ["xicheng_xxy", /待办事项/, "西城街道"],
  ["xicheng_zwy", /待办事项/, "西城街道"],
  ["liuhe_xxy", /待办事项/, "柳河乡"],
  ["liuhe_zwy", /待办事项/, "柳河乡"],
  ["jiaoyu_xxy", /待办事项/, "县教育局"],
  ["jiaoyu_zwy", /待办事项/, "县教育局"],
  ["weijian_xxy", /待办事项/, "县卫生健康局"],
  ["weijian_zwy", /待办事项/, "县卫生健康局"],
  // The demo city above the county.
  ["shi_admin", /账号管理/],
  ["shi_editor", /稿件池/],
  ["shi_leader", /待签发的期刊/],
  ["shijiaoyu_xxy", /待办事项/, "市教育局"],
];

/**
 * The cookies of a demo account's login, saved once per run by login.setup.ts (the "login"
 * project, which every test depends on). Sessions live in the database: a test that logs out,
 * changes a password or disables an account must log in through the login page itself
 * (loginThroughUi), never end one of these.
 */
export function savedLogin(username: string): string {
  return fileURLToPath(new URL(`../../.data/e2e-logins/${username}.json`, import.meta.url));
}

/** Logs in through the real login page, in `page`'s context (`tap` on a touch screen). */
export async function loginThroughUi(page: Page, username: string, how: "click" | "tap" = "click"): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" })[how]();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** A new page of `context` on its user's home page. */
export async function openHome(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByTestId("current-user")).toBeVisible();
  return page;
}

export const test = base.extend<{
  /** A new browser context with the saved login of `username`; closed when the test ends. */
  contextAs: (username: string, options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A page of a new context (contextAs) on the home page of `username`. */
  loginAs: (username: string, options?: BrowserContextOptions) => Promise<Page>;
}>({
  // The fixtures' second argument is Playwright's `use`, named otherwise for the React Hooks lint.
  contextAs: async ({ browser }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (username, options = {}) => {
      const context = await browser.newContext({ ...options, storageState: savedLogin(username) });
      opened.push(context);
      return context;
    });
    await Promise.all(opened.map((context) => context.close()));
  },
  loginAs: async ({ contextAs }, provide) => {
    await provide(async (username, options) => openHome(await contextAs(username, options)));
  },
});

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });
}
