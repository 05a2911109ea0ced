import { expect, shot, test } from "./helpers";

test("the top 组织部's administrator sees the shipped watch list with its sources, switches an entry off and adds one", async ({ loginAs }) => {
  // The demo's top is 示例市: the list holds for every level, so its administrator keeps it.
  const admin = await loginAs("shi_admin");
  await admin.getByRole("link", { name: "留意表述清单" }).first().click();
  await expect(admin.getByRole("heading", { name: "留意表述清单" })).toBeVisible();
  await expect(admin.getByText(/出处：新华社《新华社新闻信息报道中的禁用词和慎用词（2016年7月修订）》/).first()).toBeVisible();

  await admin.getByRole("button", { name: "停用“隆重召开”" }).click();
  await expect(admin.getByRole("button", { name: "启用“隆重召开”" })).toBeVisible();

  // A missing reason is said at its field and the typed term stays.
  await admin.getByLabel("表述", { exact: true }).fill("一把手工程");
  await admin.getByRole("button", { name: "添加", exact: true }).click();
  await expect(admin.getByText("请写明为什么要留意，审稿人会看到")).toBeVisible();
  await expect(admin.getByLabel("表述", { exact: true })).toHaveValue("一把手工程");
  await admin.getByLabel("为什么要留意").fill("本县要求写明具体责任人和职务");
  await admin.getByRole("button", { name: "添加", exact: true }).click();
  await expect(admin.getByRole("region", { name: "本县添加" })).toContainText("一把手工程");
  await shot(admin, "watch-terms");

  await admin.setViewportSize({ width: 390, height: 844 });
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(admin, "watch-terms-phone");
  // Leave the shipped entry as it was for the other tests.
  await admin.getByRole("button", { name: "启用“隆重召开”" }).click();
  await expect(admin.getByRole("button", { name: "停用“隆重召开”" })).toBeVisible();
});

test("a county's administrator under the city sees the watch list and why it cannot change it", async ({ loginAs }) => {
  const admin = await loginAs("admin");
  await admin.getByRole("link", { name: "留意表述清单" }).first().click();
  await expect(admin.getByRole("note")).toContainText("由最上级组织部的管理员修改");
  await expect(admin.getByText("“隆重召开”").first()).toBeVisible();
  await expect(admin.getByRole("button", { name: "停用“隆重召开”" })).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "添加", exact: true })).toBeDisabled();
  await shot(admin, "watch-terms-county-admin");
  await admin.getByRole("link", { name: "安全设置" }).first().click();
  await expect(admin.getByRole("note")).toContainText("由最上级组织部的管理员修改");
  await expect(admin.getByRole("button", { name: /保存/ })).toBeDisabled();
  await admin.setViewportSize({ width: 390, height: 844 });
  await shot(admin, "security-county-admin-phone");
});
