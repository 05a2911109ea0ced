/**
 * The 通报's Word file opened in LibreOffice (as on a 信创 desktop): the title in two lines of like
 * length, and every column header of the tables on one line except 省级及以上采用.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleNotice } from "@/tests/fixtures/notice";
import { convertWithLibreOffice, textLines } from "@/tests/fixtures/readers";
import { noticeColumns, renderNoticeDocx } from "@/lib/scores/notice-docx";

describe("the 通报 in LibreOffice", { timeout: 180_000 }, () => {
  it("breaks the title before 组工信息 and keeps the column headers whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "notice-lo-"));
    writeFileSync(join(dir, "notice.docx"), await renderNoticeDocx(sampleNotice()));
    const lines = textLines(convertWithLibreOffice(dir, "notice.docx"));
    const texts = lines.map((l) => l.text);
    expect(texts.slice(0, 2)).toEqual(["关于2026年11月份全县", "组工信息工作情况的通报"]);
    // pdftotext gives a table's header row as one line per cell line: each header whole.
    for (const header of noticeColumns("COUNTY").filter((c) => c !== "省级及以上采用")) expect(texts.some((t) => t.split(/\s+/).includes(header) || t === header), header).toBe(true);
    expect(texts).not.toContain("序");
  });
});
