/**
 * The screen and print rules of the bulletin sheets (components/bulletin/print-sheets.tsx).
 * A constant on purpose: the Content-Security-Policy allows this inline <style> by its SHA-256,
 * so it works after client-side navigation too, where a per-request nonce would not match.
 * "Bulletin Fang" is the server's own 仿宋 (app/(app)/print-fonts), loaded by the browser only
 * when no 仿宋 before it in the font stack (lib/bulletins/print/fonts.ts) is installed.
 */
export const SHEET_CSS = `
@font-face { font-family: "Bulletin Fang"; src: url("/print-fonts/fang"); font-display: swap; }
@page { size: A4; margin: 0; }
.bulletin-sheets { display: flex; flex-direction: column; align-items: center; gap: 24px; padding: 24px 0; background: #e7e5e4; }
.bulletin-sheet { position: relative; width: 210mm; height: 297mm; overflow: hidden; background: #fff; color: #000;
  box-shadow: 0 1px 3px rgba(0,0,0,.2), 0 4px 16px rgba(0,0,0,.12);
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bulletin-sheet .ps-line { position: absolute; display: flex; align-items: baseline; margin: 0; }
.bulletin-sheet .ps-strut { display: block; flex: none; width: 0; }
.bulletin-sheet .ps-text { flex: 1 1 auto; min-width: 0; white-space: nowrap; line-height: 1; font-kerning: normal;
  text-spacing-trim: space-all; text-autospace: no-autospace; }
.bulletin-sheet .ps-rule { position: absolute; height: 0; border-top-style: solid; }
.bulletin-sheet .ps-stamp { position: absolute; white-space: nowrap; line-height: 1; box-sizing: content-box; pointer-events: none; }
@media print {
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  body * { visibility: hidden; }
  .bulletin-sheets, .bulletin-sheets * { visibility: visible; }
  .bulletin-sheets { position: absolute; left: 0; top: 0; display: block; padding: 0; background: none; }
  .bulletin-sheet { box-shadow: none; break-after: page; page-break-after: always; }
  .bulletin-sheet:last-child { break-after: auto; page-break-after: auto; }
}
`;
