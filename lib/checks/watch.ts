import type { CheckSettings, RawFinding } from "./types";
import { finding, type Segment } from "./text";

/** Every occurrence of each phrase on the watch list, with why and what to write instead, for the reviewer. */
export function checkWatchPhrases(seg: Segment, watchList: CheckSettings["watchList"]): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  for (const entry of watchList) {
    const phrase = entry.term.trim();
    if (!phrase || seen.has(phrase)) continue;
    seen.add(phrase);
    const message = entry.why
      ? `含有需留意的表述“${phrase}”：${entry.why}${entry.suggestion ? `。建议：${entry.suggestion}` : ""}`
      : `含有需留意的表述“${phrase}”，请核对提法是否准确`;
    for (let at = seg.text.indexOf(phrase); at >= 0; at = seg.text.indexOf(phrase, at + phrase.length)) {
      out.push(finding(seg, "WATCH_PHRASE", at, at + phrase.length, message));
    }
  }
  return out;
}
