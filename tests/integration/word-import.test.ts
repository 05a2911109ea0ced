import JSZip from "jszip";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importDocx } from "@/lib/drafts/import-docx";
import { getAttachment } from "@/lib/drafts/attachments";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { officerDocx, PNG } from "@/tests/fixtures/docx";
import { makeCounty, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const now = new Date("2026-11-23T02:00:00Z");

describe("importing a Word draft", () => {
  it("gives a draft with title, paragraphs, headings (typed or Word-numbered), event date, the original and its images", async () => {
    const bytes = await officerDocx({ withImage: true });
    const { draft, images } = await importDocx(c.officerA, { fileName: "积分超市.docx", bytes, now });
    expect(draft).toMatchObject({ title: "青山镇“积分超市”激发群众参与乡村治理热情", unitId: c.unitA.id, authorId: c.officerA.id, status: "DRAFT" });
    expect(draft.body.split("\n")).toEqual([
      "11月20日，青山镇在12个村设立积分超市，群众参与环境整治可获得积分。",
      "一、主要做法",
      "积分可兑换日用品，每月公示一次。",
      "二、取得成效",
      "（一）群众参与明显增多",
      "今年以来，累计兑换积分3.2万分。",
    ]);
    expect(draft.eventDate.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(images).toBe(1);
    const files = await db.attachment.findMany({ where: { draftId: draft.id }, orderBy: { kind: "asc" } });
    expect(files.map((f) => [f.kind, f.fileName, f.size])).toEqual([
      ["ORIGINAL", "积分超市.docx", bytes.length],
      ["IMAGE", "积分超市-图1.png", PNG.length],
    ]);
    expect(Buffer.from(files[0].data).equals(bytes)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "draft.import", entityId: draft.id } })).toBe(1);

    // The attachments follow the draft's visibility: another unit gets a 404.
    expect((await getAttachment(c.reviewerA, files[1].id)).fileName).toBe("积分超市-图1.png");
    await expect(getAttachment(c.officerB, files[1].id)).rejects.toThrow(NotFoundError);
    await expect(getAttachment(c.editor, files[1].id)).rejects.toThrow(NotFoundError);
  });

  it("takes the file name as title when the document has no title line, and today when it names no date", async () => {
    const doc = await officerDocx({ title: "" });
    const zip = await JSZip.loadAsync(doc);
    expect(zip.file("word/document.xml")).not.toBeNull();
    const { draft } = await importDocx(c.officerA, { fileName: "石桥镇党建工作.docx", bytes: await officerDocx({ title: "   " }), now: new Date("2026-11-19T02:00:00Z") });
    expect(draft.title).toBe("石桥镇党建工作");
    // 11月20日 would be in the future on 19 November: taken as last year's.
    expect(draft.eventDate.toISOString().slice(0, 10)).toBe("2025-11-20");
  });

  it("keeps imported markup inert: tags stay text, nothing becomes HTML", async () => {
    const bytes = await officerDocx({ extra: ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">', "javascript:alert(1)"] });
    const { draft } = await importDocx(c.officerA, { fileName: "x.docx", bytes, now });
    expect(draft.body).toContain('<script>alert("x")</script>');
    expect(draft.body).toContain('<img src=x onerror="alert(1)">');
  });

  it("only officers import, into their own unit", async () => {
    const bytes = await officerDocx();
    await expect(importDocx(c.reviewerA, { fileName: "a.docx", bytes, now })).rejects.toThrow(ForbiddenError);
    await expect(importDocx(c.editor, { fileName: "a.docx", bytes, now })).rejects.toThrow(ForbiddenError);
  });
});

describe("refusing hostile or wrong files, storing nothing", () => {
  const refused = async (fileName: string, bytes: Buffer, message: RegExp) => {
    const attempt = importDocx(c.officerA, { fileName, bytes, now });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.draft.count()).toBe(0);
    expect(await db.attachment.count()).toBe(0);
  };

  it("a renamed .exe, an old .doc, a .docm, a macro inside a .docx, an empty and a broken file", async () => {
    await refused("报告.docx", Buffer.concat([Buffer.from("MZ\x90\x00"), Buffer.alloc(2000)]), /不是 Word 文件/);
    await refused("报告.doc", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]), /另存为/);
    await refused("报告.docx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]), /旧版 Word/);
    await refused("报告.docm", await officerDocx(), /含宏/);
    const withMacro = await JSZip.loadAsync(await officerDocx());
    withMacro.file("word/vbaProject.bin", Buffer.from("macro"));
    await refused("报告.docx", await withMacro.generateAsync({ type: "nodebuffer" }), /含宏/);
    await refused("报告.docx", Buffer.alloc(0), /空的/);
    await refused("报告.docx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(500, 7)]), /已损坏/);
    await refused("报告.pdf", await officerDocx(), /只能导入/);
  });

  it("a file over the size limit", async () => {
    await refused("大文件.docx", Buffer.concat([await officerDocx(), Buffer.alloc(21 * 1024 * 1024)]), /超过20MB/);
  });

  it("a zip bomb: too many entries, or too much unpacked data", async () => {
    const many = await JSZip.loadAsync(await officerDocx());
    for (let i = 0; i < 1001; i++) many.file(`word/media/x${i}.txt`, "x");
    await refused("炸弹.docx", await many.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), /条目过多/);

    const big = await JSZip.loadAsync(await officerDocx());
    big.file("word/media/zeros.bin", Buffer.alloc(210 * 1024 * 1024));
    const bomb = await big.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await refused("炸弹.docx", bomb, /解压后过大/);
  });
});
