/**
 * One issue as it prints: the single model that the screen preview, the print view, the
 * Word file and the PDF are all made from, so the four cannot say different things.
 * Pure data, no database or React: renderers take it, tests build it by hand.
 */
import { parseBody, type Block } from "@/lib/drafts/body";
import { formatChineseDate } from "@/lib/time";

export type BulletinItem = {
  title: string;
  /** Who sent it in, printed under the text: "（青山镇）". */
  source: string;
  /** 编者按 for this item only, printed before its text. */
  editorNote: string | null;
  blocks: Block[];
};

export type BulletinSection = {
  /** 栏目 such as 工作动态; null for items outside any section. */
  heading: string | null;
  items: BulletinItem[];
};

export type BulletinDocument = {
  /** The red masthead wording, e.g. 示例县组工信息. */
  mastheadTitle: string;
  /** "第3期（总第15期）", "第3期", or the preview wording before a number exists. */
  numberLine: string;
  /** Left of the date line: "中共示例县委组织部编". */
  issuerLine: string;
  /** Right of the date line: "2026年11月23日". */
  dateText: string;
  /** 本期要目: item titles in print order; empty for a one-item issue. */
  contents: string[];
  /** 编者按 for the whole issue. */
  editorNote: string | null;
  sections: BulletinSection[];
  /** 版记 on the last page. Empty lines are left out. */
  distribution: { report: string; send: string; issue: string; printCount: number | null };
  /** Set for a voided issue: every output shows 作废 and the reason. */
  voided: { reason: string } | null;
  /** True before publication: outputs are marked 样稿. */
  preview: boolean;
};

export type IssueForPrint = {
  series: { mastheadTitle: string; issuingBody: string; showTotalNumber: boolean };
  number: number | null;
  totalNumber: number | null;
  /** Publication time; for a preview, the day it is looked at. */
  date: Date;
  editorNote: string | null;
  distribution: { report: string; send: string; issue: string; printCount: number | null };
  voidReason: string | null;
  items: Array<{ title: string; body: string; source: string; section: string | null; editorNote: string | null }>;
};

function numberLine(issue: IssueForPrint): string {
  if (issue.number == null) return "第　期（样稿，发布时生成期号）";
  const total = issue.series.showTotalNumber && issue.totalNumber != null ? `（总第${issue.totalNumber}期）` : "";
  return `第${issue.number}期${total}`;
}

/** Groups consecutive items under their section heading, in print order. */
function sectionsOf(items: IssueForPrint["items"]): BulletinSection[] {
  const sections: BulletinSection[] = [];
  for (const item of items) {
    const heading = item.section?.trim() || null;
    const last = sections.at(-1);
    const printed: BulletinItem = {
      title: item.title,
      source: item.source,
      editorNote: item.editorNote?.trim() || null,
      blocks: parseBody(item.body),
    };
    if (last && last.heading === heading) last.items.push(printed);
    else sections.push({ heading, items: [printed] });
  }
  return sections;
}

export function buildBulletinDocument(issue: IssueForPrint): BulletinDocument {
  return {
    mastheadTitle: issue.series.mastheadTitle,
    numberLine: numberLine(issue),
    issuerLine: `${issue.series.issuingBody}编`,
    dateText: formatChineseDate(issue.date),
    contents: issue.items.length > 1 ? issue.items.map((i) => i.title) : [],
    editorNote: issue.editorNote?.trim() || null,
    sections: sectionsOf(issue.items),
    distribution: issue.distribution,
    voided: issue.voidReason ? { reason: issue.voidReason } : null,
    preview: issue.number == null,
  };
}
