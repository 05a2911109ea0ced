/**
 * The page every Word file of the department shares (GB/T 9704-2012): A4, margins
 * 37/35/28/26 mm, a 22 × 28 grid of 仿宋_GB2312 三号, "— N —" page numbers on the outer side,
 * and runs that name their font in every slot. The bulletin and the 通报 build on it.
 */
import JSZip from "jszip";
import { fontTableOverride } from "./font-table";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type Header,
  type IParagraphOptions,
  type IBorderOptions,
  type IRunOptions,
} from "docx";

export const mm = (n: number) => Math.round(n * 56.6929);

export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BODY_PT = 16;
// Word's own figures for 22 lines × 28 characters: the text height over 22, cut to whole
// twips (579), and how much narrower a 28-per-line character is than a 16 pt one, in 1/4096 pt.
export const LINE_PITCH = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / 22);
// A 三号 character is 16 pt, 28 of them 448 pt, the text 442 pt wide: every character is set
// 0.25 pt closer (−5 twips), the same in Word, WPS and LibreOffice. The grid keeps only the lines:
// LibreOffice lays a `linesAndChars` grid with its charSpace out at about 20 characters a line.
const BODY_SPACING = -5;
/** One body character's advance, twips: the unit of indents in characters. */
export const CHAR = BODY_PT * 20 + BODY_SPACING;
// GB/T 9704: the page number's dash sits 7 mm below the text area; the footer line is 14 pt.
const FOOTER_DISTANCE = mm(35 - 7) - 14 * 20;
/** One 四号 character, the "空一字" of page numbers and 版记. */
export const ONE_CHAR_14PT = 14 * 20;

export const FANGSONG = "仿宋_GB2312";
export const XIAOBIAOSONG = "方正小标宋简体";
export const HEITI = "黑体";
export const KAITI = "楷体_GB2312";
export const SONGTI = "宋体";

/** Every slot, so “” and digits stay in the named font instead of falling back to a Western one. */
export const fontSlots = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

export const exactLine = (twips: number) => ({ line: twips, lineRule: LineRuleType.EXACT });

type RunContent = NonNullable<IRunOptions["children"]>;
type RunStyle = Pick<IRunOptions, "bold" | "color" | "characterSpacing" | "break">;

export function run(content: string | RunContent, font: string, pt: number, style: RunStyle = {}): TextRun {
  const children = typeof content === "string" ? [content] : content;
  return new TextRun({ ...style, children, font: fontSlots(font), size: pt * 2 });
}

/** A text paragraph: justified, first line indented two characters. */
export function textParagraph(children: TextRun[], options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * BODY_PT * 20, firstLineChars: 200 },
    ...options,
    children,
  });
}

/** "— N —", 空一字 from the outer edge: right on odd pages, left on even ones. */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const odd = side === "odd";
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // One 14 pt line: a footer taller than the bottom margin leaves makes LibreOffice shorten the page.
        spacing: exactLine(ONE_CHAR_14PT),
        indent: odd ? { right: ONE_CHAR_14PT } : { left: ONE_CHAR_14PT },
        children: [run(["— ", PageNumber.CURRENT, " —"], SONGTI, 14)],
      }),
    ],
  });
}

/** One section on the official page, with a header on every page when given. */
export function officialDocument(input: { title: string; author: string; header?: Header; children: Array<Paragraph | Table> }): Document {
  return new Document({
    title: input.title,
    creator: input.author,
    lastModifiedBy: input.author,
    evenAndOddHeaderAndFooters: true,
    styles: {
      paragraphStyles: [{ id: OFF_GRID, name: "Off Grid", paragraph: { keepLines: true } }],
      default: {
        document: {
          run: { font: fontSlots(FANGSONG), size: BODY_PT * 2, characterSpacing: BODY_SPACING, language: { value: "zh-CN", eastAsia: "zh-CN" } },
          paragraph: { spacing: exactLine(LINE_PITCH) },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: mm(15), footer: FOOTER_DISTANCE } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        headers: input.header ? { default: input.header, even: input.header } : undefined,
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: input.children,
      },
    ],
  });
}

/**
 * A paragraph style for lines that are not a whole number of grid lines (titles at 1.3 rows):
 * LibreOffice snaps every line to the 22-line grid, even at exact spacing, unless the paragraph
 * is off the grid. The docx library cannot write <w:snapToGrid w:val="0"/>, so packOfficial adds it.
 */
export const OFF_GRID = "OffGrid";

/** The file's bytes, with a font table that tells every reader what to substitute. */
export async function packOfficial(document: Document): Promise<Buffer> {
  const packed = await Packer.toBuffer(document, false, [fontTableOverride()]);
  const zip = await JSZip.loadAsync(packed);
  const styles = await zip.file("word/styles.xml")!.async("string");
  const style = new RegExp(`(<w:style [^>]*w:styleId="${OFF_GRID}"[^>]*>.*?<w:pPr>.*?<w:keepLines/>)`, "s");
  if (!style.test(styles)) throw new Error("the OffGrid style is missing from styles.xml");
  zip.file("word/styles.xml", styles.replace(style, `$1<w:snapToGrid w:val="0"/>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Table text: 小四 (12 pt), headers in 黑体, figures in 仿宋. */
export const TABLE_PT = 12;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function tableCell(text: string, width: number, header: boolean, align: Align): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ alignment: align, spacing: exactLine(360), children: [run(text, header ? HEITI : FANGSONG, TABLE_PT)] })],
  });
}

/**
 * A fully ruled table across the text width, as the department's tables are: a header row
 * repeated on every page, rows never split, every cell centred but the `left` columns.
 */
export function ruledTable(input: { headers: readonly string[]; rows: string[][]; widths: readonly number[]; left: readonly number[] }): Table {
  const align = (i: number) => (input.left.includes(i) ? AlignmentType.LEFT : AlignmentType.CENTER);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: input.headers.map((name, i) => tableCell(name, input.widths[i], true, AlignmentType.CENTER)) });
  const body = input.rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((text, i) => tableCell(text, input.widths[i], false, align(i))) }));
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...input.widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}
