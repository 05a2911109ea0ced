/**
 * The Word file opened in LibreOffice (as on a 信创 desktop) gives the pages of the app's PDF.
 * LibreOffice Writer converts the exported 12-item issue to PDF; poppler-utils reads both PDFs
 * back. `.ci/run` installs libreoffice-writer-nogui; without soffice this test fails and says so.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleBulletin } from "@/tests/fixtures/bulletin";
import { cjkOnly, convertWithLibreOffice, pages, textLines, type TextLine } from "@/tests/fixtures/readers";
import { GEOMETRY } from "@/lib/bulletins/print/layout";
import { renderBulletinPdf } from "@/lib/bulletins/print/pdf";
import { renderBulletinDocx } from "@/lib/bulletins/export/docx";

const PLAIN = "各乡镇党委要把抓好党建作为最大政绩，坚持书记抓、抓书记，层层压实责任，推动基层党组织全面进步、全面过硬，为全县高质量发展提供坚强组织保证。";

describe("the Word file in LibreOffice", { timeout: 180_000 }, () => {
  it("gives the PDF's page count, 28 characters a line, the masthead inside the margins and the 版记 at the foot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bulletin-lo-"));
    const doc = sampleBulletin(12);
    // A paragraph of Chinese text only, so that full lines show the 28 a line plainly.
    doc.sections[0].items[0].blocks.push({ type: "p", text: PLAIN.repeat(2) });
    writeFileSync(join(dir, "issue.pdf"), await renderBulletinPdf(doc));
    writeFileSync(join(dir, "issue.docx"), await renderBulletinDocx(doc));
    const loPdf = convertWithLibreOffice(dir, "issue.docx");
    const appPdf = join(dir, "issue.pdf");

    // The same number of pages.
    expect(pages(loPdf)).toBe(pages(appPdf));
    const app = textLines(appPdf);
    const lo = textLines(loPdf);

    // 28 characters on a full line of Chinese text, never more, in both.
    for (const lines of [app, lo]) {
      const counts = lines.map((l) => cjkOnly(l.text));
      expect(Math.max(...counts)).toBe(28);
      expect(counts.filter((n) => n === 28).length).toBeGreaterThanOrEqual(3);
    }

    // The masthead inside the margins on page 1, where the PDF has it (within a few points).
    const left = GEOMETRY.left;
    const right = GEOMETRY.left + GEOMETRY.width;
    const mast = (lines: TextLine[]) => lines.find((l) => l.page === 1 && l.text.startsWith(doc.mastheadTitle))!;
    const [appMast, loMast] = [mast(app), mast(lo)];
    expect(loMast.x1).toBeGreaterThanOrEqual(left - 1);
    expect(loMast.x2).toBeLessThanOrEqual(right + 1);
    expect(Math.abs(loMast.x1 - appMast.x1)).toBeLessThan(6);
    expect(Math.abs(loMast.x2 - appMast.x2)).toBeLessThan(6);
    expect(Math.abs(loMast.y2 - appMast.y2)).toBeLessThan(0.5 * GEOMETRY.pitch);

    // The number line and the issuer line on the same grid rows.
    for (const start of [doc.numberLine, "中共示例县委组织部编"]) {
      const [a, b] = [app, lo].map((lines) => lines.find((l) => l.page === 1 && l.text.startsWith(start))!);
      expect(Math.abs(a.y1 - b.y1), start).toBeLessThan(3);
    }

    // The 版记 on the last page, its last line on the last grid row.
    const last = pages(appPdf);
    const bottom = GEOMETRY.top + GEOMETRY.height;
    for (const start of ["报：", "（共印"]) {
      const [a, b] = [app, lo].map((lines) => lines.find((l) => l.page === last && l.text.startsWith(start)));
      expect(a, `${start} in the app's PDF`).toBeDefined();
      expect(b, `${start} in LibreOffice's PDF`).toBeDefined();
      expect(Math.abs(a!.y2 - b!.y2), start).toBeLessThan(8);
    }
    const count = lo.find((l) => l.page === last && l.text.startsWith("（共印"))!;
    expect(bottom - count.y2).toBeLessThan(GEOMETRY.pitch);
    expect(bottom - count.y2).toBeGreaterThanOrEqual(-1);

    // No character alone on a line of a title or a 要目 entry.
    const titles = new Set(doc.sections.flatMap((s) => s.items.map((i) => i.title)));
    for (const line of lo) {
      const inTitle = [...titles].some((t) => t.endsWith(line.text) && t !== line.text);
      if (inTitle) expect([...line.text].length, line.text).toBeGreaterThan(1);
    }
  });
});
