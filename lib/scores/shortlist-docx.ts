/**
 * The 年度先进个人建议名单 as a Word file for the commendation document, on the department's
 * official page (lib/export/official-docx.ts, as the 通报): title in 方正小标宋简体 二号, text in
 * 仿宋_GB2312 三号, one ruled table per ranking group, the office and date on the right.
 * No database: it renders the lines it is given.
 */
import { AlignmentType, Paragraph } from "docx";
import { BODY_PT, exactLine, FANGSONG, HEITI, LINE_PITCH, officialDocument, packOfficial, ruledTable, run, TEXT_WIDTH, textParagraph, XIAOBIAOSONG } from "@/lib/export/official-docx";
import { formatChineseDate } from "@/lib/time";
import { RANK_GROUPS } from "@/lib/units/labels";
import type { ShortlistConditions, ShortlistLine } from "./personal-figures";

export const SHORTLIST_COLUMNS = ["序号", "姓名", "单位", "县级采用", "上级采用", "媒体发稿", "网评文章", "得分", "排名"] as const;

// 小四 headers on one line (240 twips a character plus 216 of cell margins); 单位 takes the rest.
const WIDTHS = (() => {
  const w = [720, 1080, 0, 1200, 1200, 1200, 1200, 840, 720];
  w[2] = TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
})();

const ORDINALS = "一二三四五六七八九十";
const formatPoints = (n: number) => String(Math.round(n * 100) / 100);

export function shortlistTitle(year: number): string {
  return `${year}年度组工信息工作先进个人建议名单`;
}

/** The conditions in one sentence, as the commendation document states its basis. */
export function conditionsText(year: number, c: ShortlistConditions): string {
  const secrecy = c.excludeSecrecy ? "，当年有保密问题的不列入" : "";
  return `根据${year}年度个人积分，按乡镇（街道）、县直单位分组，各组推荐得分前${c.topN}名（同分并列的一并列入），须当年县级《组工信息》采用不少于${c.minAdopted}篇${secrecy}。建议名单如下：`;
}

export async function renderShortlistDocx(input: { year: number; conditions: ShortlistConditions; lines: ShortlistLine[]; issuer: string; issuedAt: Date }): Promise<Buffer> {
  const chosen = input.lines.filter((l) => l.chosen);
  // The node's groups (those its people are ranked in), each with its chosen persons or none.
  const groups = RANK_GROUPS.filter((g) => input.lines.some((l) => l.group === g.group)).map((g) => ({ ...g, rows: chosen.filter((l) => l.group === g.group) }));
  const right = { alignment: AlignmentType.RIGHT, indent: { right: 4 * BODY_PT * 20 } };
  const title = shortlistTitle(input.year);
  const document = officialDocument({
    title,
    author: input.issuer,
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: LINE_PITCH, ...exactLine(700) }, children: [run(title, XIAOBIAOSONG, 22)] }),
      textParagraph([run(conditionsText(input.year, input.conditions), FANGSONG, BODY_PT)]),
      ...groups.flatMap(({ label, rows }, i) => [
        new Paragraph({ keepNext: true, indent: { firstLine: 2 * BODY_PT * 20, firstLineChars: 200 }, children: [run(`${ORDINALS[i]}、${label}（${rows.length}人）`, HEITI, BODY_PT)] }),
        rows.length > 0
          ? ruledTable({
              headers: SHORTLIST_COLUMNS,
              rows: rows.map((r, n) => [String(n + 1), r.name, r.unitName, String(r.adopted), String(r.upper), String(r.media), String(r.commentary), formatPoints(r.points), String(r.rank)]),
              widths: WIDTHS,
              left: [2],
            })
          : textParagraph([run("本组没有符合条件的人员。", FANGSONG, BODY_PT)]),
      ]),
      new Paragraph({}),
      new Paragraph({ ...right, children: [run(input.issuer, FANGSONG, BODY_PT)] }),
      new Paragraph({ ...right, children: [run(formatChineseDate(input.issuedAt), FANGSONG, BODY_PT)] }),
    ],
  });
  return packOfficial(document);
}
