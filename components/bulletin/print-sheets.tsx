/**
 * A bulletin's printed pages as A4 sheets, for the screen preview and the browser's print.
 * Draws the pages computed by lib/bulletins/print (the same the PDF draws) without laying
 * anything out again: every line sits at its computed position in pt.
 */
import type { CSSProperties } from "react";
import { FONT_STACKS, FONT_WEIGHTS } from "@/lib/bulletins/print/fonts";
import type { Page, PrintLine, PrintRule, PrintStamp } from "@/lib/bulletins/print/layout";
import { SHEET_CSS } from "@/lib/bulletins/print/sheet-css";

const pt = (n: number) => `${Math.round(n * 1000) / 1000}pt`;

/** Runs of the 小标宋 stand-in use a bold serif; the real face must not be emboldened again. */
function runStyle(face: PrintLine["runs"][number]["face"], bold: boolean | undefined): CSSProperties {
  return {
    fontFamily: FONT_STACKS[face],
    fontWeight: bold ? 700 : FONT_WEIGHTS[face],
    fontSynthesis: bold ? "weight" : "none",
  };
}

function Line({ line }: { line: PrintLine }) {
  // A zero-width strut whose bottom is the baseline: with baseline alignment its top is the
  // box's top, so the text's baseline lands exactly on line.y whatever font the browser uses.
  const strut = 2 * line.size;
  const textStyle: CSSProperties = {
    fontSize: pt(line.size),
    letterSpacing: pt(line.letterSpacing),
    color: line.color,
    textAlign: line.align === "justify" ? "justify" : line.align,
    textAlignLast: line.align === "justify" ? "justify" : line.align,
  };
  return (
    <div className="ps-line" style={{ left: pt(line.x), top: pt(line.y - strut), width: pt(line.width + line.letterSpacing) }}>
      <i className="ps-strut" style={{ height: pt(strut) }} />
      <div className="ps-text" style={textStyle}>
        {line.runs.map((run, i) => (
          <span key={i} style={runStyle(run.face, run.bold)}>
            {run.text}
          </span>
        ))}
      </div>
    </div>
  );
}

function Rule({ rule }: { rule: PrintRule }) {
  return (
    <div
      className="ps-rule"
      style={{ left: pt(rule.x1), top: pt(rule.y - rule.width / 2), width: pt(rule.x2 - rule.x1), borderTopWidth: pt(rule.width), borderTopColor: rule.color }}
    />
  );
}

function Stamp({ stamp }: { stamp: PrintStamp }) {
  const padX = 0.3 * stamp.size;
  const padY = 0.15 * stamp.size;
  return (
    <div
      className="ps-stamp"
      aria-hidden={stamp.kind === "preview" ? true : undefined}
      style={{
        left: pt(stamp.cx),
        top: pt(stamp.cy),
        transform: `translate(-50%, -50%) rotate(${stamp.angle}deg)`,
        fontSize: pt(stamp.size),
        letterSpacing: pt(stamp.letterSpacing),
        // CSS letter spacing also follows the last character: take it off the right padding.
        padding: `${pt(padY)} ${pt(padX - stamp.letterSpacing)} ${pt(padY)} ${pt(padX)}`,
        border: stamp.borderWidth > 0 ? `${pt(stamp.borderWidth)} solid ${stamp.color}` : undefined,
        color: stamp.color,
        opacity: stamp.opacity,
        ...runStyle(stamp.face, false),
      }}
    >
      {stamp.text}
    </div>
  );
}

/** A4 sheets for the given pages; on print, only the sheets show, one per paper page. */
export function PrintSheets({ pages }: { pages: Page[] }) {
  return (
    <>
      {/* Inline, not a stylesheet: the print rules hide everything else and must leave with this
          page. The CSP allows this exact text by its hash (lib/http/security-headers.ts). */}
      <style>{SHEET_CSS}</style>
      <div className="bulletin-sheets">
        {pages.map((page) => (
          <section key={page.number} className="bulletin-sheet" aria-label={`第${page.number}页`}>
            {page.rules.map((rule, i) => (
              <Rule key={`r${i}`} rule={rule} />
            ))}
            {page.lines.map((line, i) => (
              <Line key={`l${i}`} line={line} />
            ))}
            {page.stamps.map((stamp, i) => (
              <Stamp key={`s${i}`} stamp={stamp} />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
