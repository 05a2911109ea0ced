import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers";

// axe-core's own build, evaluated in the page (not a <script> tag, which the CSP would refuse).
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const ONE_PER_ROLE = ["admin", "editor", "leader", "qingshan_xxy", "qingshan_zwy"];

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; any: Array<{ message: string }> }> };

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} [${n.any[0]?.message ?? ""}]`).join(", ")}`);
}

test("every menu page of every role has no serious or critical axe-core violations", async ({ loginAs }) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  for (const username of ONE_PER_ROLE) {
    const page = await loginAs(username);
    const hrefs = await page.getByRole("navigation").locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    for (const href of hrefs) {
      await page.goto(href);
      await page.waitForLoadState("networkidle");
      for (const v of await seriousViolations(page)) found.push(`${username} ${href}: ${v}`);
    }
    await page.context().close();
  }
  expect(found).toEqual([]);
});
