import { DEMO_PASSWORD, expect, loginThroughUi, shot, test } from "./helpers";

// Each demo account's login through the login page, landing on its role's main page: login.setup.ts.

test("a wrong password and an unknown user get the same message; logout ends the session", async ({ page }) => {
  for (const [username, password] of [
    ["qingshan_xxy", "wrong-password"],
    ["no_such_user", "wrong-password"],
  ]) {
    await page.goto("/login");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("用户名或密码不正确");
  }
  // Its own login: logging out must not end the session the other tests share (login.setup.ts).
  const officer = page;
  await loginThroughUi(officer, "qingshan_xxy");
  await officer.goto("/drafts");
  const cookies = await officer.context().cookies();
  await officer.getByRole("button", { name: "退出登录" }).click();
  await expect(officer).toHaveURL(/\/login/);
  // The back button shows the login page, not the old list.
  await officer.goBack();
  await expect(officer).toHaveURL(/\/login/);
  await officer.goto("/drafts");
  await expect(officer).toHaveURL(/\/login/);
  // The old session cookie, put back by hand, is refused on the server: the session has ended.
  await officer.context().addCookies(cookies);
  await officer.goto("/todo");
  await expect(officer).toHaveURL(/\/login\?reason=ended/);
  await expect(officer.getByRole("status")).toContainText("登录已失效");
});

test("a reviewer returns a draft with a comment; the officer sees it, revises and resubmits", async ({ loginAs }) => {
  const title = `东城街道开展党员志愿服务 ${Date.now() % 100000}`;
  const officer = await loginAs("dongcheng_xxy");
  await officer.goto("/drafts/new");
  await officer.getByLabel("标题").fill(title);
  await officer.getByLabel("事件日期").fill("2026-11-18");
  await officer.getByLabel("正文").fill("东城街道组织党员开展志愿服务。");
  await officer.getByText(/保密审查：/).click();
  await officer.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(officer.getByText("待乡镇审核").first()).toBeVisible();

  const reviewer = await loginAs("dongcheng_zwy");
  await reviewer.getByRole("link", { name: title }).click();
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await reviewer.getByRole("button", { name: "确认退回修改" }).click();
  await expect(reviewer.getByText("请填写退回意见")).toBeVisible();
  await reviewer.getByLabel("退回意见").fill("请补充参加人数和服务成效。");
  await reviewer.getByRole("button", { name: "确认退回修改" }).click();
  // The history shows the comment only once the return is stored.
  await expect(reviewer.getByText("意见：请补充参加人数和服务成效。")).toBeVisible();

  await officer.goto("/drafts?status=RETURNED");
  await officer.getByRole("link", { name: title }).click();
  await expect(officer.getByRole("note")).toContainText("请补充参加人数和服务成效。");
  await shot(officer, "officer-returned");
  await officer.getByRole("link", { name: "修改稿件", exact: true }).click();
  await officer.getByLabel("正文").fill("东城街道组织120名党员开展志愿服务，服务群众800余人次。");
  await officer.getByText(/保密审查：/).click();
  await officer.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(officer.getByText("待乡镇审核").first()).toBeVisible();
});

test("an administrator creates an account, and disabling it logs its holder out at once", async ({ page: newcomer, loginAs }) => {
  const admin = await loginAs("admin");
  await admin.goto("/admin/users");
  await admin.getByRole("button", { name: "创建账号" }).click();
  await expect(admin.getByText("请选择所属单位")).toBeVisible();
  await expect(admin.getByText("至少选择一个角色")).toBeVisible();
  const username = `baiyun_${Date.now() % 100000}`;
  await admin.getByLabel("登录名").fill(username);
  await admin.getByLabel("姓名").fill("白云乡新信息员");
  await admin.getByLabel("所属单位").selectOption({ label: "白云乡" });
  await admin.getByLabel("初始密码").fill("Demo1234");
  await admin.getByLabel("信息员").first().check();
  await admin.getByRole("button", { name: "创建账号" }).click();
  await expect(admin.getByText(`已创建账号 ${username}`)).toBeVisible();

  // An account the administrator made must first set its own password.
  await newcomer.goto("/login");
  await newcomer.getByLabel("用户名").fill(username);
  await newcomer.getByLabel("密码").fill("Demo1234");
  await newcomer.getByRole("button", { name: "登录" }).click();
  await expect(newcomer).toHaveURL(/\/account\/password/);
  await expect(newcomer.getByRole("status")).toContainText("请先改成只有您自己知道的密码");
  await newcomer.getByLabel("原密码").fill("Demo1234");
  await newcomer.getByLabel("新密码", { exact: true }).fill("short");
  await newcomer.getByLabel("再输一遍新密码").fill("short");
  await newcomer.getByRole("button", { name: "保存新密码" }).click();
  await expect(newcomer.getByText("密码至少8位").first()).toBeVisible();
  await newcomer.getByLabel("新密码", { exact: true }).fill("Baiyun2026ok");
  await newcomer.getByLabel("再输一遍新密码").fill("Baiyun2026ok");
  await newcomer.getByRole("button", { name: "保存新密码" }).click();
  await expect(newcomer.getByRole("heading", { level: 1, name: /待办事项/ })).toBeVisible();
  await expect(newcomer.getByTestId("current-user")).toContainText("白云乡");

  await admin.getByPlaceholder("搜索姓名、登录名或单位").fill(username);
  await admin.getByRole("button", { name: "查询" }).click();
  await expect(admin).toHaveURL(new RegExp(`q=${username}`));
  const row = admin.getByRole("row", { name: new RegExp(username) });
  // The search reloads the page: a click before its script has started would do nothing.
  await expect(async () => {
    if (await row.getByRole("button", { name: "停用" }).isVisible()) await row.getByRole("button", { name: "停用" }).click();
    await expect(row.getByText("已停用").first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await shot(admin, "admin-disabled-user");

  await newcomer.goto("/drafts");
  await expect(newcomer).toHaveURL(/\/login/);
});

test("on a slow phone, what is typed before the page's script has started is kept and logs in", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // The scripts arrive a second late, as over a weak mobile connection: the boxes are there before them.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto("/login", { waitUntil: "commit" });
  await page.getByLabel("用户名").fill("qingshan_xxy");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  // The button waits for the script; the form never sends itself with the password in the address.
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(page.url()).not.toContain("password");
  await context.close();
});
