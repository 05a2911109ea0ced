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
