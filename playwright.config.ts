// Browser tests (tests/e2e). Run them with `npm test` or `npm test -- e2e`:
// scripts/test.ts builds the app, seeds demo data into a separate database
// (zugong_e2e) and serves it with `next start` on 127.0.0.1:3100 first.
// The "login" project (tests/e2e/login.setup.ts) logs every demo account in once and
// saves its session; the tests' loginAs (tests/e2e/helpers.ts) reuses them.
// Browser: Debian's Chromium (Playwright's own browser downloads are not
// reachable here); override its path with CHROMIUM_PATH.
import { defineConfig, devices } from "@playwright/test";

const DESKTOP = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1366, height: 768 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1, // 2 cores: one browser at a time, next to the Next server and PostgreSQL
  // On CI one retry, so that a test that failed once for the machine's sake (2 shared cores) does
  // not block a landing; scripts/test.ts names every test that needed it ("flaky"), to be fixed.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 120_000, // long walks through several roles on 2 shared cores; a safety net, not a timing goal
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.E2E_ORIGIN ?? "http://127.0.0.1:3100",
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    screenshot: "only-on-failure",
    trace: "off",
    video: "off",
  },
  projects: [
    // Each demo account logs in through the login page once; the tests reuse those sessions.
    { name: "login", testMatch: "login.setup.ts", use: DESKTOP },
    { name: "chromium", dependencies: ["login"], use: DESKTOP },
  ],
});
