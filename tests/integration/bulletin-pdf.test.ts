import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { sampleBulletin } from "@/tests/fixtures/bulletin";
import { renderBulletinPdf } from "@/lib/bulletins/print/pdf";

async function parse(pdf: Buffer) {
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const sizes: Array<[number, number]> = [];
  for (let i = 1; i <= proxy.numPages; i++) {
    const { width, height } = (await proxy.getPage(i)).getViewport({ scale: 1 });
    sizes.push([width, height]);
  }
  const { text } = await extractText(proxy, { mergePages: true });
  const info = (await proxy.getMetadata()).info as { Title?: string };
  return { pages: proxy.numPages, sizes, text: text.replace(/\s+/g, ""), title: info.Title };
}

const squash = (s: string) => s.replace(/\s+/g, "");

describe("renderBulletinPdf", { timeout: 60_000 }, () => {
  it("prints every item of a 3- and a 12-item issue on A4 pages", async () => {
    const small = sampleBulletin(3);
    const large = sampleBulletin(12);
    const [a, b] = [await parse(await renderBulletinPdf(small)), await parse(await renderBulletinPdf(large))];

    for (const [parsed, doc] of [
      [a, small],
      [b, large],
    ] as const) {
      expect(parsed.pages).toBeGreaterThan(0);
      for (const [w, h] of parsed.sizes) {
        expect(Math.abs(w - 595)).toBeLessThanOrEqual(1);
        expect(Math.abs(h - 842)).toBeLessThanOrEqual(1);
      }
      expect(parsed.text).toContain(squash(doc.mastheadTitle));
      expect(parsed.text).toContain("第12期");
      expect(parsed.text).toContain("共印60份");
      const titles = doc.sections.flatMap((s) => s.items.map((i) => i.title));
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(parsed.text).toContain(squash(title));
      expect(parsed.title).toBe("示例县组工信息 第12期（总第156期）");
      expect(parsed.text).not.toContain("作废");
    }
    expect(b.pages).toBeGreaterThan(a.pages);
  });

  it("sets the body in a 仿宋 and names the faces in the document properties", async () => {
    const pdf = await renderBulletinPdf(sampleBulletin(3));
    const file = join(mkdtempSync(join(tmpdir(), "bulletin-pdf-")), "issue.pdf");
    writeFileSync(file, pdf);
    // pdffonts (poppler-utils) reads the font dictionary: name, type, embedded, subset.
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => ({ name: line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""), embedded: / yes +yes +yes | yes +yes +no | yes +no +yes /.test(line) }));
    const fang = fonts.filter((f) => /fang|仿宋/i.test(f.name));
    expect(fang.map((f) => f.name), `fonts in the PDF: ${fonts.map((f) => f.name).join(", ")}`).not.toHaveLength(0);
    expect(fang.every((f) => f.embedded)).toBe(true);

    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const subject = /^Subject:\s*(.*)$/m.exec(info)?.[1] ?? "";
    expect(subject).toMatch(/正文（仿宋）：(仿宋|方正仿宋|FandolFang)/);
    expect(subject).toContain("稿件标题（小标宋）：");
  });

  it("marks a voided issue 作废 with its reason", async () => {
    const parsed = await parse(await renderBulletinPdf(sampleBulletin(3, { voidReason: "期号重复" })));
    expect(parsed.text).toContain("作废");
    expect(parsed.text).toContain("本期已作废：期号重复");
  });
});
