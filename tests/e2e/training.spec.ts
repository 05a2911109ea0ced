import { type Page } from "@playwright/test";
import { expect, shot, test } from "./helpers";

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const TOPIC = `组工信息写作讲评（${Date.now() % 100000}）`;
const HANDOUT = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");

/** A page at the desktop and the phone size, both kept for a look. */
async function both(page: Page, name: string) {
  await shot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

test("the office records a session with its attendance and handout; the officer finds it on 我的培训, another township cannot open the file", async ({ loginAs }) => {
  const office = await loginAs("editor");
  await office.getByRole("link", { name: "培训", exact: true }).click();
  const record = office.getByRole("button", { name: "登记培训" });

  // Bad input: each message at its field, nothing typed lost.
  await office.getByLabel("培训日期").fill("2099-01-01");
  await office.getByLabel("主讲人（可不填）").fill("王编辑");
  await record.click();
  await expect(office.getByText("培训日期最晚只能安排到一年以内")).toBeVisible();
  await expect(office.getByText("请填写培训主题（至少2个字）")).toBeVisible();
  await expect(office.getByLabel("主讲人（可不填）")).toHaveValue("王编辑");
  await shot(office, "training-form-errors");

  await office.getByLabel("培训日期").fill(today);
  await office.getByLabel("培训主题").fill(TOPIC);
  await office.getByLabel("培训形式").selectOption({ label: "以会代训" });
  await record.click();
  await expect(office.getByRole("heading", { name: TOPIC })).toBeVisible();

  // Attendance: find the officer by unit, tick, save.
  await office.getByLabel("按单位或姓名查找参训人员").fill("青山镇");
  await office.getByRole("checkbox", { name: /陈晓燕/ }).check();
  await office.getByRole("button", { name: "保存参训人员" }).click();
  await expect(office.getByText("已登记1人（新增1人，去掉0人）。")).toBeVisible();

  // A material that is not a PDF, Word file or picture is refused at the field; a PDF is kept.
  await office.getByLabel("上传材料").setInputFiles({ name: "讲稿.pdf", mimeType: "application/pdf", buffer: Buffer.from("这不是 PDF，是改了名字的文本") });
  await office.getByRole("button", { name: "上传", exact: true }).click();
  await expect(office.getByText("培训材料只能是 PDF、Word（.docx）或图片（JPG、PNG、WEBP、GIF），请重新选择")).toBeVisible();
  await office.getByLabel("上传材料").setInputFiles({ name: "讲稿.pdf", mimeType: "application/pdf", buffer: HANDOUT });
  await office.getByRole("button", { name: "上传", exact: true }).click();
  await expect(office.getByRole("link", { name: "讲稿.pdf" })).toBeVisible();
  await both(office, "training-session");
  await office.goto("/training");
  await both(office, "training-list");
  await office.goto("/training/pairs");
  await both(office, "training-pairs");
  await office.goto("/roster?view=untrained");
  await expect(office.getByTestId("trainee-陈晓燕")).toHaveCount(0);
  await expect(office.getByTestId("trainee-周敏")).toBeVisible();
  await both(office, "roster-untrained");

  const officer = await loginAs("qingshan_xxy");
  await officer.getByRole("link", { name: "我的培训" }).click();
  const attended = officer.getByRole("region", { name: "参加的培训" });
  await expect(attended.getByText(TOPIC)).toBeVisible();
  await expect(attended.getByText("以会代训")).toBeVisible();
  const href = await attended.getByRole("link", { name: "讲稿.pdf" }).getAttribute("href");
  const file = await officer.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  await both(officer, "training-mine");

  // Another township's officer did not attend: the file looks missing, as do the office's pages.
  const other = await loginAs("shiqiao_xxy");
  expect((await other.request.get(href!)).status()).toBe(404);
  expect((await other.request.get("/training")).status()).toBe(404);
  await Promise.all([office, officer, other].map((p) => p.context().close()));
});
