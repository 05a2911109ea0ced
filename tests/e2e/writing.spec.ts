import { readFileSync } from "node:fs";
import { officerDocx } from "../fixtures/docx";
import { expect, shot, test } from "./helpers";

test("an officer imports a Word file and gets its title, paragraphs and headings, with the original kept", async ({ loginAs }) => {
  const officer = await loginAs("liuhe_xxy");
  await officer.goto("/drafts/new");
  const title = `柳河乡“积分超市”激发群众参与热情 ${Date.now() % 100000}`;
  const [chooser] = await Promise.all([officer.waitForEvent("filechooser"), officer.getByRole("button", { name: "从 Word 导入（.docx）" }).click()]);
  await chooser.setFiles({ name: "积分超市.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await officerDocx({ title, withImage: true }) });
  await expect(officer.getByText(/已从 Word 导入，文中1张图片已作为附件保存/)).toBeVisible();
  await expect(officer.getByLabel("标题")).toHaveValue(title);
  const body = officer.getByLabel("正文");
  await expect(body).toHaveValue(/^11月20日，青山镇在12个村设立积分超市/);
  await expect(body).toHaveValue(/\n一、主要做法\n/);
  await expect(body).toHaveValue(/\n二、取得成效\n（一）群众参与明显增多\n/);
  await expect(officer.getByLabel("事件日期")).toHaveValue(/^\d{4}-11-20$/);
  await shot(officer, "imported-draft");

  // A renamed file is refused at the field, and nothing is created.
  await officer.goto("/drafts/new");
  const [again] = await Promise.all([officer.waitForEvent("filechooser"), officer.getByRole("button", { name: "从 Word 导入（.docx）" }).click()]);
  await again.setFiles({ name: "病毒.docx", mimeType: "application/octet-stream", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(4000)]) });
  await expect(officer.getByText("这不是 Word 文件，不能导入")).toBeVisible();
  await expect(officer).toHaveURL(/\/drafts\/new$/);

  // The draft page lists the original and the picture.
  await officer.goto("/drafts?q=" + encodeURIComponent("积分超市"));
  await officer.getByRole("link", { name: title }).click();
  await expect(officer.getByRole("link", { name: "Word 原件：积分超市.docx" })).toBeVisible();
  await expect(officer.getByRole("img", { name: "积分超市-图1.png" })).toBeVisible();
});

test("a Word draft with a numbered list and a table keeps its numbers, and the officer is told how the table was turned into text", async ({ loginAs }) => {
  const officer = await loginAs("shiqiao_xxy");
  for (const [file, check] of [
    ["cn-numbered-list.docx", async () => {
      // 1. 2. 3. stay as written: not 一、二、三、.
      await expect(officer.getByLabel("正文")).toHaveValue(/\n1\.公开内容不全，部分村未公开集体资产处置情况。\n2\.公开时间不及时/);
      await expect(officer.getByLabel("正文")).not.toHaveValue(/一、/);
    }],
    ["cn-table.docx", async () => {
      await expect(officer.getByText(/文中有1个表格。稿件正文只能是文字，表格已按行转成文字/)).toBeVisible();
      await expect(officer.getByLabel("正文")).toHaveValue(/\n社区：西城社区；议题数：12；已办结：11\n/);
    }],
  ] as const) {
    await officer.goto("/drafts/new");
    const [chooser] = await Promise.all([officer.waitForEvent("filechooser"), officer.getByRole("button", { name: "从 Word 导入（.docx）" }).click()]);
    await chooser.setFiles({ name: file, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: readFileSync(`tests/fixtures/docx/${file}`) });
    await expect(officer.getByText(/已从 Word 导入/)).toBeVisible();
    await check();
  }
  await shot(officer, "imported-table-draft");
});

test("a Word file imported by mistake is deleted from its draft page, after a question", async ({ loginAs }) => {
  const officer = await loginAs("dongcheng_xxy");
  await officer.goto("/drafts/new");
  const title = `导错的文件 ${Date.now() % 100000}`;
  const [chooser] = await Promise.all([officer.waitForEvent("filechooser"), officer.getByRole("button", { name: "从 Word 导入（.docx）" }).click()]);
  await chooser.setFiles({ name: "导错.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await officerDocx({ title }) });
  await expect(officer.getByText(/已从 Word 导入/)).toBeVisible();
  await officer.goto(officer.url().replace(/\/edit(\?.*)?$/, ""));
  await officer.getByRole("button", { name: "删除草稿" }).click();
  await expect(officer.getByText("删除后不能恢复，连同它的图片附件。确定删除这篇草稿吗？")).toBeVisible();
  await officer.getByRole("button", { name: "确定删除" }).click();
  await expect(officer.getByText("草稿已删除。")).toBeVisible();
  await expect(officer).toHaveURL(/\/drafts\?deleted=1$/);
  await officer.goto("/drafts?q=" + encodeURIComponent(title));
  await expect(officer.getByRole("link", { name: title })).toHaveCount(0);
});

test("typed text survives a reload, and the checks point at mistakes as they are made", async ({ loginAs }) => {
  const officer = await loginAs("xicheng_xxy");
  await officer.goto("/drafts/new");
  await officer.getByLabel("标题").fill("西城街道开展党员志愿服务");
  await officer.getByLabel("事件日期").fill("2026-11-20");
  await officer.getByLabel("正文").fill("西城街道组织党员开展志愿服务,服务群众200余人次。");
  const checks = officer.getByRole("complementary", { name: "稿件检查" });
  await expect(checks.getByText(/半角逗号/)).toBeVisible();
  await checks.getByRole("button", { name: "一键改正" }).first().click();
  await expect(officer.getByLabel("正文")).toHaveValue("西城街道组织党员开展志愿服务，服务群众200余人次。");
  await expect(officer.getByText(/已自动保存/)).toBeVisible({ timeout: 15_000 });
  await expect(officer).toHaveURL(/\/drafts\/[0-9a-f-]{36}\/edit$/);

  // Typed after the last autosave, then the page is reloaded at once: the browser copy comes back.
  await officer.getByLabel("正文").fill("西城街道组织党员开展志愿服务，服务群众200余人次。\n刚刚补充的一句话，还没来得及保存。");
  // The browser copy is written a moment after typing stops: wait until it holds the new sentence.
  await expect
    .poll(() => officer.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("zugong:draft-backup:") && localStorage.getItem(k)!.includes("刚刚补充的一句话"))))
    .toBe(true);
  officer.once("dialog", (d) => d.accept());
  await officer.reload();
  await expect(officer.getByLabel("正文")).toHaveValue(/刚刚补充的一句话，还没来得及保存。/);
  await expect(officer.getByText(/已恢复您在/)).toBeVisible();
  await shot(officer, "restored-after-reload");
});

test("an XSS payload in a draft stays text for the reviewer and the research office", async ({ loginAs }) => {
  const payload = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"><a href="javascript:window.__xss=3">点我</a>';
  const title = `东城街道测试稿 ${Date.now() % 100000}`;
  const officer = await loginAs("dongcheng_xxy");
  await officer.goto("/drafts/new");
  await officer.getByLabel("标题").fill(title);
  await officer.getByLabel("事件日期").fill("2026-11-20");
  await officer.getByLabel("正文").fill(`东城街道报送一则测试信息。\n${payload}`);
  await officer.getByText(/保密审查：/).click();
  await officer.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(officer.getByRole("heading", { name: title })).toBeVisible();

  for (const username of ["dongcheng_zwy", "editor"]) {
    const page = await loginAs(username);
    if (username === "editor") {
      // Forwarded first by the reviewer.
      const reviewer = await loginAs("dongcheng_zwy");
      await reviewer.getByRole("link", { name: title }).click();
      await reviewer.getByRole("button", { name: "审核通过，报送县委组织部" }).click();
      await reviewer.getByRole("button", { name: "确认报送" }).click();
      await expect(reviewer.getByText("待县审核").first()).toBeVisible();
      await page.goto("/county");
    }
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByText(payload)).toBeVisible();
    await page.getByText("点我").click({ trial: true }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("script:not([src])", { hasText: "__xss" }).count()).toBe(0);
    expect(await page.locator("img[src='x']").count()).toBe(0);
  }
});
