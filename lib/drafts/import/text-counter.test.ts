import { describe, expect, it } from "vitest";
import { officerDocx, patchDocx, addToBody } from "@/tests/fixtures/docx";
import { assertSafeDocx } from "./docx-guard";
import { parseDocx } from "./docx-parse";
import { IMAGE_LIMITS } from "./docx-read";
import { textCounter } from "./text-counter";

describe("counting a document's text as it streams", () => {
  it("counts the characters inside <w:t>, whitespace and markup left out, across any chunking", () => {
    const xml = `<w:body><w:p><w:r><w:t xml:space="preserve">青山镇 召开</w:t><w:tab/><w:t>会议</w:t></w:r><w:tbl/><x:t>ab</x:t><w:instrText>PAGE</w:instrText></w:p></w:body>`;
    for (const size of [1, 2, 3, 7, xml.length]) {
      const counter = textCounter();
      const bytes = Buffer.from(xml);
      for (let at = 0; at < bytes.length; at += size) counter.add(bytes.subarray(at, at + size));
      // 青山镇召开 5, 会议 2, ab 2 (any prefix); not the field code in instrText.
      expect(counter.count, `chunks of ${size} bytes`).toBe(9);
    }
  });

  it("refuses a long document before it is parsed, and lets one within the limit through", async () => {
    const long = "党建引领乡村振兴。".repeat(4000);
    const bytes = await patchDocx(await officerDocx(), { "word/document.xml": addToBody(`<w:p><w:r><w:t>${long}</w:t></w:r></w:p>`) });
    await expect(assertSafeDocx("长.docx", bytes, 20_060)).rejects.toThrow(/正文超过20060字/);
    await expect(assertSafeDocx("长.docx", bytes, 40_000)).resolves.toBeInstanceOf(Buffer);
  });
});

describe("the parse in a worker thread", () => {
  it("gives the document tree, and stops a parse that runs past its time", async () => {
    const bytes = await officerDocx();
    const parsed = await parseDocx(bytes, IMAGE_LIMITS);
    expect(parsed.tree.type).toBe("document");
    await expect(parseDocx(bytes, IMAGE_LIMITS, { timeoutMs: 1, maxOldGenerationSizeMb: 512 })).rejects.toThrow(/took too long/);
  });
});
