/**
 * The Word file of an issue, laid out as a county office prints 《组工信息》 (GB/T 9704-2012):
 * A4, margins 37/35/28/26 mm, a 22 × 28 grid, 仿宋_GB2312 三号 text, the red masthead on page 1,
 * "— N —" page numbers on the outer side, and the 版记 at the foot of the last page.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  HeightRule,
  OverlapType,
  Paragraph,
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
  CHAR,
  exactLine,
  FANGSONG,
  HEITI,
  KAITI,
  LINE_PITCH,
  MARGIN,
  OFF_GRID,
  officialDocument,
  packOfficial,
  ONE_CHAR_14PT,
  run,
  TEXT_WIDTH,
  textParagraph,
  XIAOBIAOSONG,
} from "@/lib/export/official-docx";
import type { Block } from "@/lib/drafts/body";
import {
  distributionChunk,
  GEOMETRY,
  gridMeasure,
  lineText,
  mastheadType,
  RED as PRINT_RED,
  RULES,
  TITLE_PITCH_ROWS,
  titleLines,
} from "@/lib/bulletins/print/layout";

const TITLE_PT = 22;
const DIST_PT = 14;

/** The PDF's red and rules, in Word's units (hex colour, border widths in eighths of a point). */
const RED = PRINT_RED.slice(1).toUpperCase();
const eighths = (pt: number) => Math.round(pt * 8);
const ROW = LINE_PITCH;
const pt2twips = (pt: number) => Math.round(pt * 20);

const blankLine = () => new Paragraph({ spacing: exactLine(ROW) });

function voidedNotice(reason: string): Paragraph[] {
  return [new Paragraph({ children: [run(`本期已作废：${reason}`, HEITI, BODY_PT, { bold: true, color: RED })] }), blankLine()];
}

/**
 * The masthead in whole grid rows, as the PDF draws it: the red title over rows 1–3, the number
 * line on row 4, issuer and date on row 5 with the red rule under it, row 6 blank. The type is
 * the PDF's (a CJK masthead is one em per character), so it stays inside the margins.
 */
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };

function masthead(doc: BulletinDocument): (Paragraph | Table)[] {
  const n = Math.max(1, [...doc.mastheadTitle].length);
  const type = mastheadType(n, n);
  const size = Math.floor(type.size * 2) / 2;
  const redRule: IBorderOptions = { style: BorderStyle.SINGLE, size: eighths(RULES.masthead), color: RED, space: 0 };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine(3 * ROW),
      children: [run(doc.mastheadTitle, XIAOBIAOSONG, size, { color: RED, characterSpacing: pt2twips(type.spacing) })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine(ROW), children: [run(doc.numberLine, FANGSONG, BODY_PT)] }),
    // Issuer and date on a one-row table of exact height whose bottom border is the red rule:
    // a paragraph border would add its width to the page, and not by the same amount in every reader.
    new Table({
      rows: [
        new TableRow({
          // The rule's width is part of the row's height in LibreOffice: row and rule make one grid line.
          height: { value: ROW - pt2twips(RULES.masthead), rule: HeightRule.EXACT },
          children: [
            new TableCell({
              children: [
                new Paragraph({
                  spacing: exactLine(ROW - pt2twips(RULES.masthead)),
                  tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                  children: [run([doc.issuerLine, new Tab(), doc.dateText], FANGSONG, BODY_PT)],
                }),
              ],
            }),
          ],
        }),
      ],
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH],
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      borders: { top: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE, bottom: redRule },
    }),
    blankLine(),
  ];
}

function contents(titles: string[]): Paragraph[] {
  if (titles.length === 0) return [];
  return [
    new Paragraph({ keepNext: true, indent: { firstLine: 2 * CHAR }, children: [run("本期要目", HEITI, BODY_PT)] }),
    // First line two characters in, the rest three, as in the PDF.
    ...titles.map((title) => textParagraph([run(title, KAITI, BODY_PT)], { indent: { left: 3 * CHAR, hanging: CHAR } })),
    blankLine(),
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

/** A heading is set in its face up to its first 。 and in 仿宋 after it, as in the PDF. */
function blockParagraph(block: Block): Paragraph {
  const { font, bold } = BLOCK_STYLE[block.type];
  const stop = block.text.indexOf("。");
  const split = block.type !== "p" && stop >= 0 && stop < block.text.length - 1;
  const runs = split
    ? [run(block.text.slice(0, stop + 1), font, BODY_PT, { bold }), run(block.text.slice(stop + 1), FANGSONG, BODY_PT)]
    : [run(block.text, font, BODY_PT, { bold })];
  return textParagraph(runs, { keepNext: block.type !== "p" && !split });
}

/** A title broken where the PDF breaks it (balanced lines), centred in whole grid rows. */
function titleParagraph(title: string): Paragraph {
  const { lines, rows } = titleLines(title, gridMeasure);
  const pitch = Math.round(TITLE_PITCH_ROWS * ROW);
  const space = Math.max(0, Math.floor((rows * ROW - lines.length * pitch) / 2));
  return new Paragraph({
    style: OFF_GRID,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    spacing: { before: space, after: rows * ROW - lines.length * pitch - space, ...exactLine(pitch) },
    children: lines.map((line, i) => run(line, XIAOBIAOSONG, TITLE_PT, i > 0 ? { break: 1 } : {})),
  });
}

function sourceLine(source: string): Paragraph {
  const text = /^[（(].*[）)]$/u.test(source) ? source : `（${source}）`;
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text, KAITI, BODY_PT)] });
}

function itemParagraphs(item: BulletinItem): Paragraph[] {
  const source = item.source.trim();
  return [
    titleParagraph(item.title),
    ...(item.editorNote ? [editorNote(item.editorNote)] : []),
    ...item.blocks.map(blockParagraph),
    ...(source ? [sourceLine(source)] : []),
  ];
}

/** Sections apart by an empty line, and items within a section too, as in the PDF. */
function sectionParagraphs({ heading, items }: BulletinSection, index: number): Paragraph[] {
  const body = items.flatMap((item, i) => (i > 0 ? [blankLine(), ...itemParagraphs(item)] : itemParagraphs(item)));
  const lead = index > 0 ? [blankLine()] : [];
  if (!heading) return [...lead, ...body];
  return [...lead, new Paragraph({ keepNext: true, children: [run(`【${heading}】`, HEITI, BODY_PT)] }), ...body];
}

/**
 * 版记: the PDF's block (rows, rules, where （共印N份） goes) as a table of exact-height rows,
 * placed by its distance from the top of the text area so that it ends on the last grid line.
 * Both Word and LibreOffice place a table at an absolute position; "bottom" alone LibreOffice ignores.
 */
function distributionTable(doc: BulletinDocument): Table | null {
  const block = distributionChunk(doc, gridMeasure);
  if (!block) return null;
  const ruleRows = [...new Set(block.rules.map((r) => Math.round(r.y / GEOMETRY.pitch)))].sort((a, b) => a - b);
  const rows: TableRow[] = [];
  for (let k = 0; k + 1 < ruleRows.length; k++) {
    const [from, to] = [ruleRows[k], ruleRows[k + 1]];
    const inRow = block.lines.filter((l) => l.y > from * GEOMETRY.pitch && l.y < to * GEOMETRY.pitch);
    const label = inRow.find((l) => l.align !== "right");
    const count = inRow.find((l) => l.align === "right" && /^（共印/.test(lineText(l)));
    const text = inRow.filter((l) => l !== count).map(lineText).join("");
    const indent = { left: 3 * ONE_CHAR_14PT, hanging: 2 * ONE_CHAR_14PT, right: ONE_CHAR_14PT };
    const paragraph = label
      ? new Paragraph({
          indent,
          spacing: exactLine(ROW),
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH * ONE_CHAR_14PT }],
          children: [run(count ? [text, new Tab(), lineText(count)] : [text], FANGSONG, DIST_PT)],
        })
      : new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: ONE_CHAR_14PT },
          spacing: exactLine(ROW),
          children: [run(count ? lineText(count) : text, FANGSONG, DIST_PT)],
        });
    rows.push(new TableRow({ height: { value: (to - from) * ROW, rule: HeightRule.EXACT }, children: [new TableCell({ children: [paragraph] })] }));
  }
  const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: eighths(RULES.distributionOuter), color: "000000" };
  const height = block.rows * ROW;
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: {
      top: thick,
      bottom: thick,
      insideHorizontal: { style: BorderStyle.SINGLE, size: eighths(RULES.distributionInner), color: "000000" },
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
    float: {
      // From the page's edge: LibreOffice keeps a table as wide as the area it is placed in
      // inline, and only the page is wider than the text.
      horizontalAnchor: TableAnchorType.PAGE,
      verticalAnchor: TableAnchorType.MARGIN,
      absoluteHorizontalPosition: MARGIN.left,
      absoluteVerticalPosition: GEOMETRY.rows * ROW - height,
      overlap: OverlapType.NEVER,
    },
  });
}

function distribution(doc: BulletinDocument): (Paragraph | Table)[] {
  const table = distributionTable(doc);
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
      ...masthead(doc),
      ...(doc.voided ? voidedNotice(doc.voided.reason) : []),
      ...contents(doc.contents),
      ...(doc.editorNote ? [editorNote(doc.editorNote), blankLine()] : []),
      ...doc.sections.flatMap(sectionParagraphs),
      ...distribution(doc),
    ],
  });
  return packOfficial(document);
}
