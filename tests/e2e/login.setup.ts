// The "login" project (playwright.config.ts), run before every other test: each demo account
// logs in once through the real login page, lands on its role's main page, and its session is
// saved (helpers.ts savedLogin) for the tests' loginAs, which then skip the login page and its
// deliberately slow password check.
import { DEMO_ACCOUNTS, expect, loginThroughUi, savedLogin, shot, test } from "./helpers";

for (const [username, heading, unit] of DEMO_ACCOUNTS) {
  test(`${username} logs in and lands on its role's main page`, async ({ page }) => {
    await loginThroughUi(page, username);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    if (unit) await expect(page.getByTestId("current-user")).toContainText(unit);
    if (["admin", "editor", "leader", "qingshan_xxy", "qingshan_zwy"].includes(username)) await shot(page, `home-${username}`);
    await page.context().storageState({ path: savedLogin(username) });
  });
}
