/**
 * The printed pages of a bulletin, measured with the very fonts the PDF embeds, so the HTML
 * print view and the PDF break every line and page in the same place.
 */
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import type { BulletinDocument } from "@/lib/bulletins/document";
import { FACES, resolveFontFiles, type Face } from "./fonts";
import { DomainError } from "@/lib/errors";
import { gridMeasure, layoutBulletin, type Measure, type Page } from "./layout";

/** What pdfkit's registerFont takes: a parsed fontkit font (reused) or the file's bytes. */
type FontSource = { src: unknown; postscriptName: string | null };

const parsed = new Map<string, FontSource>();

/**
 * A document with no default font: pdfkit would otherwise load Helvetica's metrics from its
 * own data folder, which the fonts registered here never need.
 */
export function blankPdf(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  return new PDFDocument({ autoFirstPage: false, font: "", ...options });
}

/**
 * Each face's font, read and parsed once per process. pdfkit accepts a parsed fontkit font
 * in place of a file; reusing it saves re-reading 20 MB collections for every document.
 */
function fontSources(): Record<Face, FontSource> {
  const files = resolveFontFiles();
  const out = {} as Record<Face, FontSource>;
  for (const face of FACES) {
    const file = files[face];
    const key = `${file.path}#${file.postscriptName ?? ""}`;
    let source = parsed.get(key);
    if (!source) {
      const bytes = readFileSync(file.path);
      source = { src: bytes, postscriptName: file.postscriptName };
      try {
        const scratch = blankPdf();
        if (file.postscriptName) scratch.font(bytes, file.postscriptName);
        else scratch.font(bytes);
        const font = (scratch as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
        if (font && typeof font.layout === "function") source = { src: font, postscriptName: null };
      } catch {
        // Keep the bytes: pdfkit parses them per document, slower but the same.
      }
      parsed.set(key, source);
    }
    out[face] = source;
  }
  return out;
}

/** Registers every face under its own name ("song", "fang" …) on a pdfkit document. */
export function registerBulletinFonts(pdf: PDFKit.PDFDocument): void {
  const sources = fontSources();
  for (const face of FACES) {
    const { src, postscriptName } = sources[face];
    pdf.registerFont(face, src as Buffer, postscriptName ?? undefined);
  }
}

/** A measurer on a pdfkit document with the bulletin fonts registered. */
export function pdfMeasure(pdf: PDFKit.PDFDocument): Measure {
  const cache = new Map<string, number>();
  return (text, face, size) => {
    const key = `${face}|${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = pdf.font(face).fontSize(size).widthOfString(text);
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * The pages of a bulletin as both the PDF and the HTML print view draw them. Without the font
 * files (a server where fonts-noto-cjk is missing) the screen still shows the issue, measured
 * on the character grid; only the PDF download then refuses, saying what to install.
 */
export async function bulletinPages(doc: BulletinDocument): Promise<Page[]> {
  const scratch = blankPdf();
  try {
    registerBulletinFonts(scratch);
  } catch (error) {
    if (error instanceof DomainError) return layoutBulletin(doc, gridMeasure);
    throw error;
  }
  return layoutBulletin(doc, pdfMeasure(scratch));
}
