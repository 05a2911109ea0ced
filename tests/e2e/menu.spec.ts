import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./helpers";

// The menu (components/layout/nav.ts) is built from entries that name their permission; the
// pages check the same table on the server. This walk ties the two together for every role.
const ONE_PER_ROLE = ["admin", "editor", "leader", "qingshan_xxy", "qingshan_zwy"];

/** Pages reached from elsewhere than the menu, and where from. */
const REACHED_ELSEWHERE: Record<string, string> = {
  "/": "signing in (it sends each person to their first menu entry)",
  "/notifications": "the bell in the header",
  "/topics": "the 点题 tab of 约稿和点题 (/commissions)",
};

/** Every page of the signed-in app without a record id in its path: app/(app)/**\/page.tsx. */
function staticPages(): string[] {
  const root = fileURLToPath(new URL("../../app/(app)", import.meta.url));
  return fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith("page.tsx") && !f.includes("["))
    .map((f) => `/${path.dirname(f)}`.replace(/\/\.$/, "/"))
    .sort();
}

/** Whether the page answers with itself (after any redirect), not with the 404 page (notFound() sets the status). */
async function opens(request: APIRequestContext, href: string): Promise<boolean> {
  const response = await request.get(href);
  const status = response.status();
  await response.dispose();
  return status === 200;
}

test("every role: each menu entry opens, and every page the role may open is in its menu", async ({ loginAs }) => {
  test.setTimeout(240_000);
  const pages = staticPages();
  expect(pages).toEqual(expect.arrayContaining(["/todo", "/admin/users", "/scores/dashboard"]));
  const problems: string[] = [];
  for (const username of ONE_PER_ROLE) {
    const page = await loginAs(username);
    const menu = await page.locator("aside nav a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(menu.length, `${username}'s menu`).toBeGreaterThan(3);
    for (const href of menu) {
      if (!(await opens(page.request, href))) problems.push(`${username}: the menu entry ${href} does not open`);
    }
    const inMenu = new Set(menu.map((href) => href.replace(/\?.*$/, "")));
    for (const p of pages) {
      const reached = (href: string) => inMenu.has(href) || href in REACHED_ELSEWHERE;
      // A form for a new record is reached from its list page.
      if (reached(p) || (p.endsWith("/new") && reached(p.slice(0, -"/new".length)))) continue;
      if (await opens(page.request, p)) problems.push(`${username}: may open ${p}, which is not in the menu`);
    }
    await page.context().close();
  }
  expect(problems).toEqual([]);
});

test("lists and menus prefetch no pages: 待办 and 本单位稿件 ask the server for themselves only", async ({ loginAs }) => {
  const page = await loginAs("shiqiao_xxy");
  // A draft for the list to link to.
  const title = `石桥镇预取测试稿 ${Date.now() % 100000}`;
  await page.goto("/drafts/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("事件日期").fill("2026-11-20");
  await page.getByLabel("正文").fill("石桥镇开展党员志愿服务。");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  const fetched: string[] = [];
  // A prefetch (or a client-side navigation) asks for a page's server components with ?_rsc=.
  page.on("request", (r) => {
    if (new URL(r.url()).searchParams.has("_rsc")) fetched.push(r.url());
  });
  for (const href of ["/todo", "/drafts"]) {
    await page.goto(href);
    await expect(page.locator("aside nav a").first()).toBeVisible();
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState("networkidle");
  }
  const draftLink = page.getByRole("link", { name: title });
  await expect(draftLink).toBeVisible();
  expect(fetched).toEqual([]);
  // Links still navigate in place: the page is fetched when clicked, and while it comes (held
  // back here for a slow line) a bar along the top shows that the click was taken.
  await page.route(
    (url) => url.searchParams.has("_rsc"),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    },
  );
  await draftLink.click();
  const coming = page.getByRole("progressbar", { name: "正在打开页面" });
  await expect(coming).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(coming).toBeHidden();
  expect(fetched.length).toBeGreaterThan(0);
  await page.context().close();
});
