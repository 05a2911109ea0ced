/**
 * The Word file of an issue, laid out as a county office prints 《组工信息》 (GB/T 9704-2012):
 * A4, margins 37/35/28/26 mm, a 22 × 28 grid, 仿宋_GB2312 三号 text, the red masthead on page 1,
 * "— N —" page numbers on the outer side, and the 版记 at the foot of the last page.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  OverlapType,
  Packer,
  Paragraph,
  RelativeVerticalPosition,
  Tab,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TabStopType,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { BulletinDocument, BulletinItem, BulletinSection } from "@/lib/bulletins/document";
import {
  BODY_PT,
  exactLine,
  FANGSONG,
  HEITI,
  KAITI,
  officialDocument,
  ONE_CHAR_14PT,
  run,
  TEXT_WIDTH,
  textParagraph,
  XIAOBIAOSONG,
} from "@/lib/export/official-docx";
import type { Block } from "@/lib/drafts/body";

const RED = "FF0000";

const blankLine = () => new Paragraph({});

function voidedNotice(reason: string): Paragraph {
  return new Paragraph({ children: [run(`本期已作废：${reason}`, HEITI, BODY_PT, { bold: true, color: RED })] });
}

function masthead(doc: BulletinDocument): Paragraph[] {
  // Long mastheads get a smaller type so they stay on one line.
  const pt = Math.min(54, Math.floor(400 / [...doc.mastheadTitle].length));
  const redRule: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, ...exactLine(pt * 26) },
      children: [run(doc.mastheadTitle, XIAOBIAOSONG, pt, { color: RED, characterSpacing: pt * 2 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240 },
      children: [run(doc.numberLine, FANGSONG, BODY_PT)],
    }),
    new Paragraph({
      spacing: { before: 600 },
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: redRule },
      children: [run([doc.issuerLine, new Tab(), doc.dateText], FANGSONG, BODY_PT)],
    }),
  ];
}

function contents(titles: string[]): Paragraph[] {
  if (titles.length === 0) return [];
  return [
    blankLine(),
    new Paragraph({ keepNext: true, children: [run("本期要目", HEITI, BODY_PT)] }),
    ...titles.map((title) => textParagraph([run(title, KAITI, BODY_PT)])),
  ];
}

function editorNote(text: string): Paragraph {
  return textParagraph([run("编者按：", HEITI, BODY_PT), run(text, KAITI, BODY_PT)]);
}

const BLOCK_STYLE: Record<Block["type"], { font: string; bold?: boolean }> = {
  h1: { font: HEITI },
  h2: { font: KAITI },
  h3: { font: FANGSONG, bold: true },
  p: { font: FANGSONG },
};

function blockParagraph(block: Block): Paragraph {
  const { font, bold } = BLOCK_STYLE[block.type];
  return textParagraph([run(block.text, font, BODY_PT, { bold })], { keepNext: block.type !== "p" });
}

function itemParagraphs(item: BulletinItem): Paragraph[] {
  const source = item.source.trim();
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      spacing: { after: 240, ...exactLine(700) },
      children: [run(item.title, XIAOBIAOSONG, 22)],
    }),
    ...(item.editorNote ? [editorNote(item.editorNote)] : []),
    ...item.blocks.map(blockParagraph),
    ...(source ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`（${source}）`, KAITI, BODY_PT)] })] : []),
  ];
}

/** Items are set apart by an empty line; the first under a 栏目 heading follows it directly. */
function sectionParagraphs({ heading, items }: BulletinSection): Paragraph[] {
  const body = items.flatMap((item, i) =>
    i === 0 && heading ? itemParagraphs(item) : [blankLine(), ...itemParagraphs(item)],
  );
  if (!heading) return body;
  return [blankLine(), new Paragraph({ keepNext: true, children: [run(`【${heading}】`, HEITI, BODY_PT)] }), ...body];
}

function distributionCell(paragraph: Paragraph): TableRow {
  return new TableRow({ children: [new TableCell({ children: [paragraph] })] });
}

/** 版记: a floating table held to the foot of the last page, thick rules outside, thin between. */
function distributionTable({ report, send, issue, printCount }: BulletinDocument["distribution"]): Table | null {
  const lines = [`报：${report}`, `送：${send}`, `发：${issue}`].filter((line) => line.slice(2).trim());
  // Wrapped lines line up after "报：", two characters in.
  const indent = { left: 3 * ONE_CHAR_14PT, hanging: 2 * ONE_CHAR_14PT, right: ONE_CHAR_14PT };
  const rows = lines.map((line) => distributionCell(new Paragraph({ indent, children: [run(line, FANGSONG, 14)] })));
  if (printCount != null) {
    const count = run(`（共印${printCount}份）`, FANGSONG, 14);
    rows.push(distributionCell(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: ONE_CHAR_14PT }, children: [count] })));
  }
  if (rows.length === 0) return null;
  const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    margins: { left: 0, right: 0 },
    borders: {
      top: thick,
      bottom: thick,
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: "000000" },
      left: none,
      right: none,
      insideVertical: none,
    },
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      overlap: OverlapType.NEVER,
    },
  });
}

function distribution(doc: BulletinDocument): (Paragraph | Table)[] {
  const table = distributionTable(doc.distribution);
  // Word anchors a floating table to the paragraph after it; a hairline one rarely spills onto a page of its own.
  return table ? [table, new Paragraph({ spacing: exactLine(20) })] : [];
}

function markHeader(doc: BulletinDocument): Header | undefined {
  const marks = [...(doc.voided ? ["本期已作废"] : []), ...(doc.preview ? ["样稿（未发布）"] : [])];
  if (marks.length === 0) return undefined;
  const text = run(marks.join("　"), HEITI, 14, { bold: true, color: RED });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text] })] });
}

export async function renderBulletinDocx(doc: BulletinDocument): Promise<Buffer> {
  const header = markHeader(doc);
  const document = officialDocument({
    title: `${doc.mastheadTitle} ${doc.numberLine}`,
    author: doc.issuerLine,
    header,
    children: [
      ...(doc.voided ? [voidedNotice(doc.voided.reason)] : []),
      ...masthead(doc),
      ...contents(doc.contents),
      ...(doc.editorNote ? [blankLine(), editorNote(doc.editorNote)] : []),
      ...doc.sections.flatMap(sectionParagraphs),
      ...distribution(doc),
    ],
  });
  return Packer.toBuffer(document);
}
