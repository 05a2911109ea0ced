/**
 * The 先进个人 shortlist's Word file opened in LibreOffice (a reader we did not write, as on a
 * 信创 desktop): the title, the conditions, each group's chosen persons, and nobody passed over.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { convertWithLibreOffice, textLines } from "@/tests/fixtures/readers";
import { applyShortlist, rankPeople, type PersonRow } from "@/lib/scores/personal-figures";
import { renderShortlistDocx, SHORTLIST_COLUMNS } from "@/lib/scores/shortlist-docx";

const person = (name: string, unitName: string, group: PersonRow["group"], points: number, adopted: number): Omit<PersonRow, "rank"> => ({
  userId: name,
  name,
  unitId: unitName,
  unitName,
  group,
  currentUnitId: unitName,
  currentUnitName: unitName,
  adopted,
  upper: 1,
  media: 2,
  commentary: 3,
  points,
});

const conditions = { topN: 2, minAdopted: 3, excludeSecrecy: true };
const lines = applyShortlist(
  rankPeople([
    person("陈晓燕", "青山镇", "TOWNSHIP", 26, 9),
    person("周敏", "石桥镇", "TOWNSHIP", 20, 2),
    person("郑丽", "东城街道", "TOWNSHIP", 18, 5),
    person("马琳", "县教育局", "AGENCY", 12, 4),
  ]),
  conditions,
  new Set(),
);

describe("the 先进个人 shortlist in Word", { timeout: 180_000 }, () => {
  it("names the official faces and reads back in LibreOffice with the chosen persons only", async () => {
    const docx = await renderShortlistDocx({ year: 2026, conditions, lines, issuer: "中共示例县委组织部", issuedAt: new Date("2026-12-20T02:00:00Z") });
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');

    const dir = mkdtempSync(join(tmpdir(), "shortlist-lo-"));
    writeFileSync(join(dir, "shortlist.docx"), docx);
    const texts = textLines(convertWithLibreOffice(dir, "shortlist.docx")).map((l) => l.text);
    const all = texts.join("\n");
    expect(texts[0]).toBe("2026年度组工信息工作先进个人建议名单");
    expect(all).toContain("一、乡镇（街道）（2人）");
    expect(all).toContain("二、县直单位（1人）");
    for (const name of ["陈晓燕", "郑丽", "马琳"]) expect(all).toContain(name);
    expect(all).not.toContain("周敏"); // 2 adoptions, 3 required
    for (const header of SHORTLIST_COLUMNS) expect(all, header).toContain(header);
    expect(all).toContain("中共示例县委组织部");
    expect(all).toContain("2026年12月20日");
  });
});
