/**
 * 稿件检查: pure checks on a draft's title, body and event date — no database, so they run
 * in the browser while the officer types and again on the server before submission.
 * SIMILAR (与已有稿件相似) needs the database and is done elsewhere.
 */
import type { CheckInput, Finding, RawFinding } from "./types";
import { lineSegments, splitBody, titleSegment } from "./text";
import { checkHalfWidthPunct, checkUnbalanced } from "./punctuation";
import { checkRepeated } from "./repeated";
import { checkEmptyParagraphs, checkHeadingOrder } from "./structure";
import { checkEventDate, checkMissingUnit, checkStaleEvent, checkTitleLength } from "./meta";
import { checkWatchPhrases } from "./watch";

export * from "./types";
export { unitNameForms } from "./meta";

const FIELD_ORDER: Record<Finding["field"], number> = { title: 0, eventDate: 1, body: 2 };

export function runChecks(input: CheckInput): Finding[] {
  const { settings } = input;
  const lines = splitBody(input.body ?? "");
  const segments = [titleSegment(input.title ?? ""), ...lineSegments(lines)];

  const raw: RawFinding[] = [
    ...checkTitleLength(input.title ?? "", settings.titleMaxLength),
    ...checkMissingUnit(input.title ?? "", lines, input.unitName ?? "", input.readerLevel),
    ...checkEventDate(input.eventDate, input.today),
    ...checkStaleEvent(input.eventDate, input.today, settings.staleDays),
    ...checkEmptyParagraphs(lines),
    ...checkHeadingOrder(lines),
  ];
  for (const seg of segments) {
    raw.push(...checkHalfWidthPunct(seg), ...checkRepeated(seg), ...checkUnbalanced(seg), ...checkWatchPhrases(seg, settings.watchList));
  }

  const severe = new Set(settings.severeChecks);
  return raw
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        FIELD_ORDER[a.f.field] - FIELD_ORDER[b.f.field] ||
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        (a.f.start ?? 0) - (b.f.start ?? 0) ||
        a.i - b.i,
    )
    .map(({ f }) => ({ ...f, severity: severe.has(f.code) ? "severe" : "warning" }));
}

/** A severe finding must be corrected before the draft can be submitted. */
export function blocksSubmission(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === "severe");
}

/**
 * Applies a finding's fix to the draft: the title is replaced, or the body line is (an empty
 * fix text deletes the line). Run the checks again afterwards: the other findings' fixes and
 * line numbers refer to the text before this one.
 */
export function applyFix<T extends { title: string; body: string }>(draft: T, finding: Finding): T {
  if (!finding.fix) return draft;
  if (finding.field === "title") return { ...draft, title: finding.fix.text };
  if (finding.field !== "body" || finding.line === undefined) return draft;
  const lines = draft.body.split(/\r?\n/);
  const i = finding.line - 1;
  if (i < 0 || i >= lines.length) return draft;
  if (finding.fix.text === "") lines.splice(i, 1);
  else lines[i] = finding.fix.text;
  return { ...draft, body: lines.join("\n") };
}
