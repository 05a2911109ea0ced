import type { RawFinding } from "./types";
import { finding, type Segment } from "./text";

/** Every occurrence of each phrase on the watch list, for the reviewer to check the wording. */
export function checkWatchPhrases(seg: Segment, watchList: string[]): RawFinding[] {
  const out: RawFinding[] = [];
  const phrases = [...new Set(watchList.map((p) => p.trim()).filter(Boolean))];
  for (const phrase of phrases) {
    for (let at = seg.text.indexOf(phrase); at >= 0; at = seg.text.indexOf(phrase, at + phrase.length)) {
      out.push(finding(seg, "WATCH_PHRASE", at, at + phrase.length, `含有需留意的表述“${phrase}”，请核对提法是否准确`));
    }
  }
  return out;
}
