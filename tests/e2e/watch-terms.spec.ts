import { expect, shot, test } from "./helpers";

test("the administrator sees the shipped watch list with its sources, switches an entry off and adds the county's own", async ({ loginAs }) => {
  const admin = await loginAs("admin");
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
