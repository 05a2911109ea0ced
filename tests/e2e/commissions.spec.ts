import pg from "pg";
import { expect, shot, test } from "./helpers";

// scripts/test.ts hands the e2e database to Playwright as DATABASE_URL (the one `next start` uses).
const DB_URL = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;

const DAY = 86_400_000;
const chinaDay = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * DAY).toISOString().slice(0, 10);

test("the office commissions two units; one answers through its to-do list, the other is shown overdue after the deadline", async ({ loginAs }) => {
  test.skip(!DB_URL, "needs the e2e database URL to move the deadline");
  const title = `东西城街道党建引领基层治理做法 ${Date.now() % 100000}`;

  // 研究室 publishes: a missing unit is pointed out at the field and nothing typed is lost.
  const editor = await loginAs("editor");
  await editor.goto("/commissions/new");
  await editor.getByLabel("约稿题目").fill(title);
  await editor.getByLabel("写作要求").fill("重点写网格化管理和党员联系群众的做法，用具体事例和数据说话。");
  await editor.getByLabel("篇幅（字数以内）").fill("1500");
  await editor.getByLabel("截止日期").fill(chinaDay(3));
  await editor.getByRole("button", { name: "发布约稿" }).click();
  await expect(editor.getByText("请至少选择一个约稿单位")).toBeVisible();
  await expect(editor.getByLabel("约稿题目")).toHaveValue(title);
  await editor.getByLabel("东城街道", { exact: true }).check();
  await editor.getByLabel("西城街道", { exact: true }).check();
  await expect(editor.getByText("约稿单位（已选 2 个）")).toBeVisible();
  await shot(editor, "commission-new");
  await editor.getByRole("button", { name: "发布约稿" }).click();
  await expect(editor.getByRole("heading", { name: `约稿：${title}` })).toBeVisible();
  const commissionUrl = editor.url();
  expect(commissionUrl).toMatch(/\/commissions\/[0-9a-f-]{36}$/);
  await expect(editor.getByTestId("unit-row-东城街道")).toContainText("未响应");
  await expect(editor.getByTestId("unit-row-西城街道")).toContainText("未响应");

  // 西城街道's reviewer sees only the unit's own row and hands it to the officer.
  const xichengReviewer = await loginAs("xicheng_zwy");
  await xichengReviewer.goto(commissionUrl);
  await expect(xichengReviewer.getByTestId("unit-row-东城街道")).toHaveCount(0);
  const xichengRow = xichengReviewer.getByTestId("unit-row-西城街道");
  await xichengRow.getByLabel("分派给信息员").selectOption({ label: "何静" });
  await xichengRow.getByRole("button", { name: "分派" }).click();
  await expect(xichengRow).toContainText("何静");
  // The unit's only officer has it now: nobody else to hand it to.
  await expect(xichengRow.getByLabel("分派给信息员")).toHaveCount(0);
  await shot(xichengReviewer, "commission-reviewer-assigned");

  // A unit the commission was not sent to gets the 404 page.
  const shiqiao = await loginAs("shiqiao_xxy");
  await shiqiao.goto(commissionUrl);
  await expect(shiqiao.getByText("没有找到您要的页面或记录")).toBeVisible();

  // 东城街道's officer starts from the to-do list and submits the answer.
  const officer = await loginAs("dongcheng_xxy");
  await officer.goto("/todo");
  await shot(officer, "commission-todo");
  await officer.getByRole("link", { name: title }).click();
  await expect(officer.getByRole("heading", { name: `约稿：${title}` })).toBeVisible();
  await officer.getByRole("link", { name: "开始写稿" }).click();
  await expect(officer.getByTestId("draft-origin")).toContainText(`回应约稿“${title}”`);
  await expect(officer.getByLabel("标题")).toHaveValue(title);
  await officer.getByLabel("事件日期").fill(chinaDay(-1));
  await officer.getByLabel("正文").fill("东城街道把党支部建在网格上，全街道划分86个网格，党员联系群众1200余户。\n一、主要做法\n每个网格明确一名党员网格长，每周走访。\n二、取得成效\n今年以来化解矛盾纠纷130余件。");
  await officer.getByText(/保密审查：/).click();
  await shot(officer, "commission-answer");
  await officer.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(officer.getByRole("heading", { name: title })).toBeVisible();

  // Submitted to the township's reviewer is not yet 报送: the county sees the unit still at work.
  await editor.goto(commissionUrl);
  await expect(editor.getByTestId("unit-row-东城街道").getByTestId("answer-status")).toHaveText("撰写中");
  await expect(editor.getByTestId("unit-row-东城街道")).toContainText("单位内撰写、审核中");

  // 东城街道's reviewer finds it on the to-do list and forwards it to the county.
  const dongchengReviewer = await loginAs("dongcheng_zwy");
  await dongchengReviewer.goto("/todo");
  await dongchengReviewer.getByRole("link", { name: `审核《${title}》` }).click();
  await dongchengReviewer.getByRole("button", { name: "审核通过，报送县委组织部" }).click();
  await dongchengReviewer.getByRole("button", { name: "确认报送" }).click();
  await expect(dongchengReviewer.getByText("待县审核").first()).toBeVisible();

  await officer.goto("/commissions");
  await expect(officer.getByRole("row").filter({ hasText: title })).toContainText("已报送");
  await shot(officer, "commission-unit-list");

  await editor.goto(commissionUrl);
  await expect(editor.getByTestId("unit-row-东城街道").getByTestId("answer-status")).toHaveText("已报送");
  await expect(editor.getByTestId("unit-row-西城街道").getByTestId("answer-status")).toHaveText("未响应");
  await expect(editor.getByTestId("unit-row-西城街道")).toContainText("何静");
  await expect(editor.getByTestId("unit-row-东城街道")).toContainText(title);
  await shot(editor, "commission-detail");

  // The deadline passes (moved into the past in the database).
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query(`UPDATE "Commission" SET "dueOn" = $1::date WHERE title = $2`, [chinaDay(-2), title]);
    expect(rowCount).toBe(1);
    // 东城街道 answered in time: its arrival at the county moves back before the deadline too.
    await client.query(
      `UPDATE "Draft" SET "forwardedAt" = $1::timestamptz WHERE "commissionTargetId" IN (
         SELECT t.id FROM "CommissionTarget" t JOIN "Commission" c ON c.id = t."commissionId" WHERE c.title = $2)`,
      [`${chinaDay(-3)}T10:00:00+08:00`, title],
    );
  } finally {
    await client.end();
  }

  await editor.goto(`/commissions?q=${encodeURIComponent(title)}`);
  const listRow = editor.getByRole("row").filter({ hasText: title });
  await expect(listRow).toContainText("已报送 1");
  await expect(listRow).toContainText("逾期 1");
  await shot(editor, "commission-list-overdue");
  await listRow.getByRole("link", { name: title }).click();
  await expect(editor.getByTestId("unit-row-西城街道").getByTestId("answer-status")).toHaveText("逾期");
  await expect(editor.getByTestId("unit-row-东城街道").getByTestId("answer-status")).toHaveText("已报送");
  await expect(editor.getByTestId("unit-row-东城街道")).not.toContainText("逾期报送");
  await shot(editor, "commission-detail-overdue");

  // The office's to-do list names the overdue unit.
  await editor.goto("/todo");
  await expect(editor.getByRole("link", { name: `约稿“${title}”有1个单位逾期未报` })).toBeVisible();
});

test("a reviewer gives the officer a 点题, the officer finds it on the to-do list, and the reviewer can withdraw it", async ({ loginAs }) => {
  const title = `东城街道“红色物业”做法 ${Date.now() % 100000}`;
  const reviewer = await loginAs("dongcheng_zwy");
  await reviewer.goto("/commissions");
  await reviewer.getByRole("navigation", { name: "约稿和点题" }).getByRole("link", { name: "点题" }).click();
  await reviewer.getByRole("link", { name: "给信息员点题" }).click();
  await reviewer.getByLabel("题目").fill(title);
  await reviewer.getByLabel("写作要求").fill("找社区党委了解物业纳入党建的做法。");
  await reviewer.getByLabel("交给信息员").selectOption({ label: "郑丽" });
  await reviewer.getByLabel("完成日期").fill(chinaDay(-1));
  await reviewer.getByRole("button", { name: "点题" }).click();
  await expect(reviewer.getByText("完成日期不能早于今天")).toBeVisible();
  await expect(reviewer.getByLabel("题目")).toHaveValue(title);
  await reviewer.getByLabel("完成日期").fill(chinaDay(5));
  await reviewer.getByRole("button", { name: "点题" }).click();
  await expect(reviewer.getByRole("heading", { name: `点题：${title}` })).toBeVisible();
  const topicUrl = reviewer.url();
  await shot(reviewer, "topic-detail-reviewer");

  const officer = await loginAs("dongcheng_xxy");
  await officer.goto("/todo");
  await expect(officer.getByRole("link", { name: title })).toBeVisible();
  await officer.goto("/topics");
  await expect(officer.getByRole("row").filter({ hasText: title })).toContainText("未响应");
  await shot(officer, "topic-list-officer");
  await officer.getByRole("row").filter({ hasText: title }).getByRole("link", { name: "开始写稿" }).click();
  await expect(officer.getByTestId("draft-origin")).toContainText(`回应点题“${title.replace(/“/g, "‘").replace(/”/g, "’")}”`);

  // Another unit's reviewer: not found.
  const other = await loginAs("xicheng_zwy");
  await other.goto(topicUrl);
  await expect(other.getByText("没有找到您要的页面或记录")).toBeVisible();

  await reviewer.goto(topicUrl);
  await reviewer.getByRole("button", { name: "撤销点题" }).click();
  await reviewer.getByRole("button", { name: "确认撤销" }).click();
  await expect(reviewer.getByRole("status")).toContainText("已撤销");
  await officer.goto("/todo");
  await expect(officer.getByRole("link", { name: title })).toHaveCount(0);
});
