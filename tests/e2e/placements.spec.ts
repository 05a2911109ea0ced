import { type Page } from "@playwright/test";
import { expect, shot, test } from "./helpers";

// A small red picture standing in for the photographed page (a real PNG: the server sniffs the bytes).
const PAGE_PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAK0lEQVR4nO3NMQ0AAAgDsCmZfynIQgYcTfo3056IWCwWi8VisVgsFov/xgvk2cL9h1Oh3gAAAABJRU5ErkJggg==",
  "base64",
);
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const TITLE = `青山镇：党员积分制激活乡村治理（${Date.now() % 100000}）`;

/** The officer's own 个人积分 for the year: 我的积分 in the menu goes straight to it. */
async function myCredit(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "我的积分" }).first().click();
  await expect(page.getByRole("heading", { name: /^我的积分/ })).toBeVisible();
  const stat = async (label: string) => Number(await page.getByTestId(`stat-${label}`).innerText());
  return { media: await stat("媒体发稿"), points: await stat("得分") };
}

const mediaPoints = async (page: Page) => Number(await page.getByTestId("my-score").getByText("上级媒体得分").locator("xpath=following-sibling::dd").innerText());

test("a township officer reports a 《组织人事报》 placement with a picture; the reviewer confirms, the office verifies, the unit's ranking shows it", async ({ loginAs }) => {
  const officer = await loginAs("qingshan_xxy");
  await officer.goto("/scores/mine?p=" + today.slice(0, 4));
  const before = await mediaPoints(officer);
  const creditBefore = await myCredit(officer);

  await officer.getByRole("link", { name: "媒体发稿和网评" }).first().click();
  await officer.getByRole("link", { name: "报送发稿" }).click();
  const report = officer.getByRole("button", { name: "报送，请组织委员确认" });

  // Bad input: each message at its field, nothing typed lost.
  await officer.getByLabel("文章标题").fill(TITLE);
  await officer.getByLabel("媒体名称").fill("《组织人事报》");
  await officer.getByLabel("刊发日期").fill("2099-01-01");
  await officer.getByLabel("文章网址（可不填）").fill("zzrsb.cn/a.html");
  await report.click();
  await expect(officer.getByText("日期不能晚于今天")).toBeVisible();
  await expect(officer.getByText(/网址应以 http:\/\/ 或 https:\/\/ 开头/)).toBeVisible();
  await expect(officer.getByText("请选择媒体级别")).toBeVisible();
  await expect(officer.getByText("请填写字数")).toBeVisible();
  await expect(officer.getByLabel("文章标题")).toHaveValue(TITLE);

  await officer.getByLabel("刊发日期").fill(today);
  await officer.getByLabel("文章网址（可不填）").fill("");
  await officer.getByLabel("媒体级别").selectOption({ label: "中央级媒体" });
  await officer.getByLabel("版次或栏目").fill("第3版");
  await officer.getByLabel("字数").fill("1200");
  await officer.getByLabel(/重要版面/).check();
  await report.click();
  await expect(officer.getByText("请上传版面图片或 PDF，或填写文章网址")).toBeVisible();
  await officer.getByLabel("证明材料（版面图片或 PDF）").setInputFiles({ name: "版面.png", mimeType: "image/png", buffer: Buffer.from("这不是图片，是改了名字的文本") });
  await report.click();
  await expect(officer.getByText("证明材料只能是 PDF 文件或图片（JPG、PNG、WEBP、GIF），请重新选择")).toBeVisible();
  await expect(officer.getByLabel("字数")).toHaveValue("1200");
  await shot(officer, "placement-form-errors");

  await officer.getByLabel("证明材料（版面图片或 PDF）").setInputFiles({ name: "组织人事报第3版.png", mimeType: "image/png", buffer: PAGE_PHOTO });
  await report.click();
  await expect(officer.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(officer.getByText("待组织委员确认").first()).toBeVisible();
  await expect(officer.getByRole("img", { name: /证明材料/ })).toBeVisible();
  const reportUrl = new URL(officer.url()).pathname;
  const evidence = await officer.request.get(`/api${reportUrl}/evidence`);
  expect(evidence.status()).toBe(200);
  expect(evidence.headers()["content-type"]).toBe("image/png");

  // Another township sees neither the report nor its picture.
  const other = await loginAs("shiqiao_xxy");
  expect((await other.request.get(`/api${reportUrl}/evidence`)).status()).toBe(404);
  expect((await other.goto(reportUrl))?.status()).toBe(404);
  await other.context().close();

  const reviewer = await loginAs("qingshan_zwy");
  await reviewer.goto("/placements");
  await reviewer.getByRole("link", { name: TITLE }).click();
  await reviewer.getByRole("button", { name: "确认无误，报研究室" }).click();
  await expect(reviewer.getByText("待研究室核实").first()).toBeVisible();

  const editor = await loginAs("editor");
  await editor.goto("/placements?status=CONFIRMED");
  await editor.getByRole("link", { name: TITLE }).click();
  await expect(editor.getByText(/中央级媒体发稿 10分 \+ 媒体发稿在重要版面（加分） 2分 \+ 媒体发稿1000至2999字（加分） 1分，共 13 分/)).toBeVisible();
  await shot(editor, "placement-verify");
  await editor.getByRole("button", { name: "核实并记分" }).click();
  await expect(editor.getByText("已核实记分").first()).toBeVisible();
  await expect(editor.getByRole("region", { name: "得分" })).toContainText("+10");

  // The unit's own ranking page: the 上级媒体 figure has grown by the 13 points.
  await officer.goto("/scores/mine?p=" + today.slice(0, 4));
  await expect.poll(() => mediaPoints(officer)).toBe(before + 13);
  await shot(officer, "placement-unit-score");
  // The county ranking: 青山镇's 上级媒体 column.
  await editor.goto(`/scores?year=${today.slice(0, 4)}`);
  await expect(editor.getByTestId("score-青山镇").getByTestId("points-MEDIA")).toHaveText(String(before + 13));
  await shot(editor, "placement-ranking");
  // The officer's 个人积分: one more placement, 13 more points, the item listed with the unit it was earned in.
  await expect.poll(async () => myCredit(officer)).toEqual({ media: creditBefore.media + 1, points: creditBefore.points + 13 });
  await expect(officer.getByTestId("credit-item").filter({ hasText: TITLE })).toContainText("青山镇");
  await shot(officer, "placement-personal-credit");
  // The unit's reviewer sees it in the unit's people; another township's officer cannot open the record.
  await reviewer.goto(`/scores/people?q=${encodeURIComponent("陈晓燕")}`);
  await expect(reviewer.getByTestId("person-陈晓燕").getByTestId("media")).toHaveText(String(creditBefore.media + 1));
  const recordUrl = new URL(officer.url()).pathname;
  const stranger = await loginAs("shiqiao_zwy");
  expect((await stranger.goto(recordUrl))?.status()).toBe(404);
  await stranger.context().close();

  // The office can still take it back (冲销) in 积分登记: the report's page says so and the
  // unit's figure returns to what it was (which also leaves the shared demo ranking as the other tests expect it).
  await editor.goto("/scores/records?q=" + encodeURIComponent(TITLE));
  await editor.getByRole("button", { name: `冲销 ${TITLE}` }).click();
  await editor.getByLabel("冲销原因").fill("e2e 测试后恢复");
  await editor.getByRole("button", { name: "确认冲销" }).click();
  await expect(editor.getByText(/已冲销/)).toBeVisible();
  await officer.goto(reportUrl);
  await expect(officer.getByText("研究室已冲销这条记分：e2e 测试后恢复")).toBeVisible();
  await officer.goto("/scores/mine?p=" + today.slice(0, 4));
  await expect.poll(() => mediaPoints(officer)).toBe(before);
  expect(await myCredit(officer)).toEqual(creditBefore);
});

test("on a phone the reports are cards and the form stacks", async ({ loginAs }) => {
  const officer = await loginAs("qingshan_xxy");
  await officer.setViewportSize({ width: 390, height: 844 });
  await officer.goto("/placements/new");
  await officer.getByRole("button", { name: "报送，请组织委员确认" }).click();
  await expect(officer.getByText("请填写文章标题")).toBeVisible();
  const width = await officer.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shot(officer, "placement-form-phone");
  await officer.goto("/placements");
  expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(officer, "placements-phone");
});

test("the report route refuses an oversized file before reading it, and a form posted from another site", async ({ loginAs }) => {
  const officer = await loginAs("qingshan_xxy");
  const fields = { kind: "MEDIA", title: "过大的版面照片", medium: "组织人事报", level: "NATIONAL", publishedOn: today, wordCount: "900" };
  const big = await officer.request.post("/api/placements/report", {
    multipart: { ...fields, evidence: { name: "版面.png", mimeType: "image/png", buffer: Buffer.concat([PAGE_PHOTO, Buffer.alloc(11 * 1024 * 1024)]) } },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).fieldErrors.evidence).toBe("证明材料不能超过10MB，请压缩图片或只截取刊登的那一版");
  const foreign = await officer.request.post("/api/placements/report", { multipart: fields, headers: { Origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  await officer.context().close();
});
