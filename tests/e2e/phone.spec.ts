import type { Page } from "@playwright/test";
import { expect, loginThroughUi, shot, test } from "./helpers";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
test.use(PHONE);

/** The page fits the phone's width, and the header's unit and person stay on one line. */
async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(0);
  const header = await page.getByTestId("current-user").boundingBox();
  expect(header!.height, "unit and person on one line").toBeLessThan(30);
}

test("on a phone the menu sits behind a button and the officer's pages fit the screen", async ({ page }) => {
  // Its own login, tapped on the login page: it logs out at the end.
  await loginThroughUi(page, "qingshan_xxy", "tap");
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

test("on a phone an officer writes and submits a draft, and the reviewer forwards it", async ({ loginAs }) => {
  const title = `石桥镇手机写稿 ${Date.now() % 100000}`;
  const officer = await loginAs("shiqiao_xxy", PHONE);
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

  const reviewer = await loginAs("shiqiao_zwy", PHONE);
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

const ROLES = ["qingshan_xxy", "qingshan_zwy", "editor", "leader", "admin"];

/**
 * Whatever sticks out of the phone's screen: an element running past the right edge that no
 * scroll box of its own contains, a list table that stayed a table wider than the screen, or a
 * button whose label stands one character per line.
 */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrolls = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const boxed = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const name = (el: Element) => `<${el.tagName.toLowerCase()}> “${(el.textContent ?? "").trim().slice(0, 24)}”`;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("main *"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || boxed(el)) continue;
      if (r.right > width + 1) out.push(`${name(el)} runs ${Math.round(r.right - width)} px past the screen`);
      if (el.tagName === "TABLE" && getComputedStyle(el).display === "table" && r.width > width) out.push(`${name(el)} is a wide table, not cards`);
    }
    // Text squeezed into a column one or two characters wide: a button label, a table head, a cell.
    for (const el of Array.from(document.querySelectorAll("main button, main a, main th, main td, main label, main span"))) {
      const r = el.getBoundingClientRect();
      const text = (el as HTMLElement).innerText.trim();
      if (r.width > 0 && r.height > 40 && text.length >= 2 && !text.includes("\n") && r.height > 2.5 * r.width) out.push(`${name(el)} stands one character per line`);
    }
    return out;
  });
}

/** The menu's pages for a signed-in role, read from the menu itself. */
async function menuPages(page: Page): Promise<string[]> {
  const hrefs = await page.locator("#app-menu nav a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return [...new Set([...hrefs, "/notifications"])];
}

const slug = (href: string) => href.replace(/^\//, "").replace(/[/?=&]+/g, "-") || "home";

test("on a phone every role's pages fit the screen: no sideways scroll, tables as cards, labels on one line", async ({ loginAs }) => {
  test.setTimeout(600_000);
  const shots = process.env.SHOTS_DIR;
  const problems: string[] = [];
  for (const username of ROLES) {
    const page = await loginAs(username, PHONE);
    const hrefs = await menuPages(page);
    // One record page per role too: the first link of its first list that opens one.
    const record = await page.evaluate(() => document.querySelector<HTMLAnchorElement>("main a[href*='/drafts/'], main a[href*='/urgent/'], main a[href*='/issues/']")?.getAttribute("href"));
    for (const href of record ? [...hrefs, record] : hrefs) {
      await page.goto(href);
      await expect(page.getByTestId("current-user")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${username} ${href}: the page scrolls sideways by ${overflow} px`);
      for (const m of await misfits(page)) problems.push(`${username} ${href}: ${m}`);
      if (shots) await page.screenshot({ path: `${shots}/phone-${username}-${slug(href)}.png`, fullPage: true });
    }
    await page.context().close();
  }
  expect(problems).toEqual([]);
});

// Screenshots of the same walk at the desk, for a person to look at (SHOTS_DIR=/some/dir).
test("at the desk every role's pages, photographed", async ({ loginAs }) => {
  test.skip(!process.env.SHOTS_DIR, "only when SHOTS_DIR asks for screenshots");
  test.setTimeout(600_000);
  for (const username of ROLES) {
    const page = await loginAs(username, { viewport: { width: 1366, height: 768 } });
    for (const href of await menuPages(page)) {
      await page.goto(href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${username} ${href} scrolls sideways at the desk`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/desk-${username}-${slug(href)}.png`, fullPage: true });
    }
    await page.context().close();
  }
});

test("on a slow phone, what the officer types before the page comes to life is what gets saved", async ({ loginAs }) => {
  const context = (await loginAs("shiqiao_xxy", PHONE)).context();
  // The page's scripts arrive 3 s late, as over a weak signal; the form is on screen before that.
  // (A fresh page, with routing on before it loads: nothing comes from the cache.)
  await context.route("**/_next/static/chunks/**/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  const officer = await context.newPage();
  // React marks the document once it has taken over the page.
  const alive = () => officer.evaluate(() => Object.keys(document).some((k) => k.startsWith("__reactContainer")));
  await officer.goto("/drafts/new", { waitUntil: "domcontentloaded" });
  const title = `石桥镇抢先输入 ${Date.now() % 100000}`;
  await officer.getByLabel("标题").fill(title);
  await officer.getByLabel("正文").fill("石桥镇在页面还没加载完时写下的正文。");
  // A tap on 保存 while the page is not alive yet goes nowhere and loses nothing.
  await officer.getByRole("button", { name: "保存", exact: true }).click();
  expect(await alive()).toBe(false);
  await expect.poll(alive, { timeout: 20_000 }).toBe(true);
  await expect(officer).toHaveURL(/\/drafts\/new$/);
  await context.unrouteAll();
  await expect(officer.getByLabel("标题")).toHaveValue(title);
  await officer.getByLabel("事件日期").fill("2026-11-20");
  await officer.getByRole("button", { name: "保存", exact: true }).click();
  await expect(officer.getByRole("heading", { name: title })).toBeVisible();
  await expect(officer.getByText("石桥镇在页面还没加载完时写下的正文。")).toBeVisible();
  await context.close();
});
