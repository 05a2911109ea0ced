/** The bulletin as a PDF: the laid-out pages drawn with pdfkit, nothing re-laid out here. */
import type { BulletinDocument } from "@/lib/bulletins/document";
import type { Page, PrintLine, PrintStamp } from "./layout";
import { fontReport, fontSummary } from "./fonts";
import { blankPdf, bulletinPages, pdfMeasure, registerBulletinFonts } from "./pages";

/** Stroke width that thickens a face to read as bold (pdfkit has no synthetic bold). */
const FAKE_BOLD = 0.35;

function chars(text: string): number {
  return [...text].length;
}

function drawLine(pdf: PDFKit.PDFDocument, line: PrintLine, measure: ReturnType<typeof pdfMeasure>) {
  let x = line.x;
  pdf.fillColor(line.color).strokeColor(line.color);
  for (const run of line.runs) {
    pdf.font(run.face).fontSize(line.size);
    if (run.bold) pdf.lineWidth(FAKE_BOLD);
    pdf.text(run.text, x, line.y, {
      lineBreak: false,
      baseline: "alphabetic",
      characterSpacing: line.letterSpacing,
      ...(run.bold ? { fill: true, stroke: true } : {}),
    });
    x += measure(run.text, run.face, line.size) + line.letterSpacing * chars(run.text);
  }
}

function drawStamp(pdf: PDFKit.PDFDocument, stamp: PrintStamp) {
  pdf.save();
  pdf.rotate(stamp.angle, { origin: [stamp.cx, stamp.cy] });
  pdf.fillOpacity(stamp.opacity).strokeOpacity(stamp.opacity);
  pdf.fillColor(stamp.color).strokeColor(stamp.color);
  pdf.font(stamp.face).fontSize(stamp.size);
  pdf.text(stamp.text, stamp.cx - stamp.width / 2, stamp.cy + 0.38 * stamp.size, {
    lineBreak: false,
    baseline: "alphabetic",
    characterSpacing: stamp.letterSpacing,
  });
  if (stamp.borderWidth > 0) {
    const padX = 0.3 * stamp.size;
    const padY = 0.15 * stamp.size;
    pdf
      .lineWidth(stamp.borderWidth)
      .rect(stamp.cx - stamp.width / 2 - padX, stamp.cy - stamp.size / 2 - padY, stamp.width + 2 * padX, stamp.size + 2 * padY)
      .stroke();
  }
  pdf.restore();
}

function drawPage(pdf: PDFKit.PDFDocument, page: Page, measure: ReturnType<typeof pdfMeasure>) {
  pdf.addPage({ size: "A4", margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  for (const rule of page.rules) {
    pdf.save().moveTo(rule.x1, rule.y).lineTo(rule.x2, rule.y).lineWidth(rule.width).strokeColor(rule.color).stroke().restore();
  }
  for (const line of page.lines) drawLine(pdf, line, measure);
  for (const stamp of page.stamps) drawStamp(pdf, stamp);
}

/** Draws already laid-out pages; `title` and the faces used go into the PDF's document info. */
export async function renderPagesPdf(pages: Page[], title: string): Promise<Buffer> {
  const pdf = blankPdf({ size: "A4", margin: 0, lang: "zh-CN", displayTitle: true, info: { Title: title } });
  registerBulletinFonts(pdf);
  const faces = fontReport();
  if (faces) pdf.info.Subject = `字体　${fontSummary(faces)}`;
  const measure = pdfMeasure(pdf);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  for (const page of pages) drawPage(pdf, page, measure);
  pdf.end();
  return done;
}

export async function renderBulletinPdf(doc: BulletinDocument): Promise<Buffer> {
  const pages = await bulletinPages(doc);
  const title = `${doc.mastheadTitle} ${doc.numberLine}`.trim();
  return renderPagesPdf(pages, title);
}
