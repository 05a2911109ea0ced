/** What a report's fields read as on its pages. Pure. */
import { RECORD_LEVELS, type RecordLevel } from "@/lib/scores/record-kinds";

export const PLACEMENT_KIND_LABELS = { MEDIA: "媒体发稿", COMMENTARY: "网评文章" } as const;

/** Media levels from the top down, as officers think of them: 中央, 省, 市, 县. */
export const MEDIA_LEVEL_CHOICES = (["NATIONAL", "PROVINCIAL", "CITY", "COUNTY"] as const).map((code) => ({ code, label: RECORD_LEVELS.MEDIA[code]!.label }));

export function levelLabel(kind: "MEDIA" | "COMMENTARY", level: RecordLevel): string {
  return kind === "COMMENTARY" ? "网评" : (RECORD_LEVELS.MEDIA[level]?.label ?? level);
}

/** 头版 / 重要版面 and 字数 in one line: "第3版 · 头版 · 3200字". */
export function pageLine(p: { section: string; frontPage: boolean; keyPage: boolean; wordCount: number | null }): string {
  return [p.section, p.frontPage ? "头版" : p.keyPage ? "重要版面" : "", p.wordCount ? `${p.wordCount}字` : ""].filter(Boolean).join(" · ");
}
