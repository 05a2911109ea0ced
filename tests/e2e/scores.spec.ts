import { expect, shot, test } from "./helpers";

test("the office records a city adoption and the leader traces the unit's points to that ledger row", async ({ loginAs }) => {
  const editor = await loginAs("editor");
  await editor.goto("/scores/records");
  await editor.getByRole("button", { name: "登记并记分" }).click();
  await expect(editor.getByText("请选择单位")).toBeVisible();
  await editor.getByLabel("单位").selectOption({ label: "龙泉镇" });
  await editor.getByLabel("刊发日期").fill("2026-11-10");
  await editor.getByLabel("标题").fill("龙泉镇“党建+网格”经验被市委组织部采用");
  await editor.getByLabel("刊物或媒体名称").fill("《示例市组工信息》");
  await editor.getByLabel("期号或版面").fill("第8期");
  await editor.getByRole("button", { name: "登记并记分" }).click();
  await expect(editor.getByText(/已登记/)).toBeVisible();
  await expect(editor.getByRole("cell", { name: "龙泉镇“党建+网格”经验被市委组织部采用", exact: true })).toBeVisible();
  await shot(editor, "score-records");

  const leader = await loginAs("leader");
  await leader.goto("/scores?year=2026");
  const row = leader.getByTestId("score-龙泉镇");
  await expect(row.getByTestId("points")).toHaveText("5");
  await row.getByTestId("points").getByRole("link").click();
  await expect(leader.getByRole("heading", { name: "积分台账" })).toBeVisible();
  await expect(leader.getByTestId("ledger-sum")).toContainText("合计 5 分");
  await expect(leader.getByRole("link", { name: "《示例市组工信息》：龙泉镇“党建+网格”经验被市委组织部采用" })).toBeVisible();
  await shot(leader, "ledger");
});
