/**
 * The Word file of a 通报, laid out like the department's other documents (GB/T 9704-2012):
 * A4, margins 37/35/28/26 mm, a 22 × 28 grid, title in 方正小标宋简体 二号, text in 仿宋_GB2312
 * 三号, one table per ranking group, the issuer and date on the right, "— N —" page numbers.
 * No database here: it renders exactly the figures it is given.
 */
import { AlignmentType, Paragraph, type Table } from "docx";
import type { PeriodRow } from "./period-table";
import type { NoticeContent } from "./notice-content";
import { BODY_PT, exactLine, FANGSONG, HEITI, LINE_PITCH, officialDocument, packOfficial, ruledTable, run, TEXT_WIDTH, textParagraph, XIAOBIAOSONG } from "@/lib/export/official-docx";
import { formatChineseDate } from "@/lib/time";
import { gridMeasure, titleLines } from "@/lib/bulletins/print/layout";
import { LEVEL_WORDS, rankGroupsAt, UNIT_KIND_LABELS, type DeskKind } from "@/lib/units/labels";
import { adoptionColumns } from "./adoption-columns";

/** Whom a 通报 is addressed to: the units reporting to the issuing 组织部. */
const SALUTATIONS: Record<DeskKind, string> = {
  COUNTY: "各乡镇（街道）党（工）委，县直各单位党组织：",
  CITY: "各县（市、区）委组织部，市直各单位党组织：",
  PROVINCE: "各市（州）委组织部，省直各单位党组织：",
};

export const noticeColumns = (kind: DeskKind) => ["序号", "单位", "报送数", ...adoptionColumns(kind).map((c) => c.header), "得分", "排名"];

/** The figures of one row in column order. */
export function noticeCells(row: PeriodRow, index: number, kind: DeskKind): Array<number | string> {
  return [index + 1, row.name, row.submitted, ...adoptionColumns(kind).map((c) => c.of(row)), row.points, row.rank];
}

const formatPoints = (n: number) => String(Math.round(n * 100) / 100);

/** "本月", "本季度", "本年度" from a period label ("2026年11月", "2026年第四季度", "2026年"). */
function periodWord(label: string): string {
  if (label.endsWith("季度")) return "本季度";
  if (label.endsWith("月")) return "本月";
  return "本年度";
}

/** The text paragraphs above the tables: totals, the top unit(s) of each group, units that sent nothing. */
export function noticeSummary(notice: Pick<NoticeContent, "periodLabel" | "rows" | "nodeKind">): string[] {
  const { rows } = notice;
  const kind = notice.nodeKind ?? "COUNTY";
  const whole = `全${LEVEL_WORDS[kind]}`;
  const submitted = rows.reduce((n, r) => n + r.submitted, 0);
  const adopted = adoptionColumns(kind).map((c) => `${c.header}${rows.reduce((n, r) => n + c.of(r), 0)}篇`);
  const totals = `${notice.periodLabel}，${whole}各单位共向${UNIT_KIND_LABELS[kind]}报送组工信息${submitted}篇，${adopted.join("，")}。`;
  const tops = rankGroupsAt(kind).flatMap(({ group, label }) => {
    const members = rows.filter((r) => r.group === group);
    if (members.length === 0) return [];
    const first = members.filter((r) => r.rank === 1 && r.points > 0);
    // Deductions are said as such: a unit at −2 has not "not scored".
    const deducted = members.filter((r) => r.points < 0);
    const minus = deducted.length > 0 ? `，${deducted.map((r) => `${r.name}（${formatPoints(r.points)}分）`).join("、")}被扣分` : "";
    if (first.length === 0) return [`${label}${deducted.length > 0 ? "没有单位得到加分" : "均未得分"}${minus}`];
    const names = first.map((r) => r.name).join("、");
    return [`${label}中${names}${first.length > 1 ? "并列第一" : "位列第一"}（${formatPoints(first[0].points)}分）${minus}`];
  });
  const ranking = tops.length > 0 ? `从积分情况看，${tops.join("；")}。` : "";
  const silent = rows.filter((r) => r.submitted === 0).map((r) => r.name);
  const word = periodWord(notice.periodLabel);
  const silentText = silent.length > 0 ? `以下单位${word}未报送信息：${silent.join("、")}。` : `各单位${word}均报送了信息。`;
  return [`现将${notice.periodLabel}${whole}组工信息工作情况通报如下。`, totals + ranking, silentText, "希望各单位对照排名查找差距，进一步加强组工信息工作。"];
}

const TITLE_PT = 22;

/**
 * The title in lines as GB/T 9704 asks (词意完整, lines of like length): one line if it fits,
 * else broken before "组工信息" ("关于2026年11月份全县 / 组工信息工作情况的通报"), never with
 * "通报" alone on its last line. Other titles get the bulletin's balanced lines.
 */
export function noticeTitleLines(title: string): string[] {
  const fits = (text: string) => gridMeasure(text, "title", TITLE_PT) * 20 <= TEXT_WIDTH;
  if (fits(title)) return [title];
  const at = title.indexOf("组工信息");
  if (at > 0 && fits(title.slice(0, at)) && fits(title.slice(at))) return [title.slice(0, at), title.slice(at)];
  return titleLines(title, gridMeasure).lines;
}

const bodyParagraph = (text: string) => textParagraph([run(text, FANGSONG, BODY_PT)]);

// 序号/单位/报送数/县级采用/市级采用/省级及以上采用/得分/排名, summing to the text width: each
// header on one line at 小四 (240 twips a character, 108 twips cell margin a side), except
// 省级及以上采用 on two; 单位 takes the rest (7 characters).
function columnWidths(kind: DeskKind): number[] {
  const adoptions = adoptionColumns(kind).map((c) => (c.header.length > 4 ? 1440 : 1200));
  const widths = [720, 0, 960, ...adoptions, 720, 720];
  widths[1] = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function groupTable(rows: PeriodRow[], kind: DeskKind): Table {
  const pointsAt = noticeColumns(kind).indexOf("得分");
  return ruledTable({
    headers: noticeColumns(kind),
    rows: rows.map((row, index) => noticeCells(row, index, kind).map((value, i) => (i === pointsAt ? formatPoints(value as number) : String(value)))),
    widths: columnWidths(kind),
    left: [1],
  });
}

const ORDINALS = "一二三四五六七八九十";

function groupSections(rows: PeriodRow[], nodeKind: DeskKind): (Paragraph | Table)[] {
  const present = rankGroupsAt(nodeKind).map((g) => ({ ...g, rows: rows.filter((r) => r.group === g.group) })).filter((g) => g.rows.length > 0);
  return present.flatMap(({ label, rows: members }, i) => [
    new Paragraph({ keepNext: true, indent: { firstLine: 2 * BODY_PT * 20, firstLineChars: 200 }, children: [run(`${ORDINALS[i]}、${label}`, HEITI, BODY_PT)] }),
    groupTable(members, nodeKind),
  ]);
}

export async function renderNoticeDocx(notice: NoticeContent): Promise<Buffer> {
  // Issuer and date on the right, 空四字 from the edge as GB/T 9704 sets the 成文日期.
  const right = { alignment: AlignmentType.RIGHT, indent: { right: 4 * BODY_PT * 20 } };
  const document = officialDocument({
    title: notice.title,
    author: notice.issuerName,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: LINE_PITCH, ...exactLine(700) },
        children: noticeTitleLines(notice.title).map((line, i) => run(line, XIAOBIAOSONG, TITLE_PT, i > 0 ? { break: 1 } : {})),
      }),
      new Paragraph({ children: [run(SALUTATIONS[notice.nodeKind ?? "COUNTY"], FANGSONG, BODY_PT)] }),
      ...noticeSummary(notice).map(bodyParagraph),
      ...groupSections(notice.rows, notice.nodeKind ?? "COUNTY"),
      new Paragraph({}),
      new Paragraph({}),
      new Paragraph({ ...right, children: [run(notice.issuerName, FANGSONG, BODY_PT)] }),
      new Paragraph({ ...right, children: [run(formatChineseDate(notice.issuedAt), FANGSONG, BODY_PT)] }),
    ],
  });
  return packOfficial(document);
}
