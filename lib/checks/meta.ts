import type { RawFinding } from "./types";
import { countChars } from "@/lib/drafts/body";
import { dayNumber, excerpt, type BodyLine } from "./text";

// ——— TITLE_LENGTH ———

/** An empty title, or one longer than the limit (spaces not counted). */
export function checkTitleLength(title: string, max: number): RawFinding[] {
  const n = countChars(title);
  if (n === 0) return [{ code: "TITLE_LENGTH", message: "标题：还没有写标题", field: "title" }];
  if (n <= max) return [];
  // Mark from the first character over the limit to the end.
  let seen = 0;
  let start = title.length;
  for (let i = 0; i < title.length; i++) {
    if (/\s/.test(title[i])) continue;
    if (++seen > max) {
      start = i;
      break;
    }
  }
  return [
    {
      code: "TITLE_LENGTH",
      message: `标题：共${n}个字，超过了${max}个字，请精简`,
      field: "title",
      start,
      end: title.length,
      excerpt: excerpt(title, start, title.length),
    },
  ];
}

// ——— MISSING_DATE / STALE_EVENT ———

/** No event date, an impossible one, or one after today. */
export function checkEventDate(eventDate: string | null, today: string): RawFinding[] {
  const value = (eventDate ?? "").trim();
  if (value === "") return [{ code: "MISSING_DATE", message: "事件日期：没有填写事件发生的日期", field: "eventDate" }];
  const day = dayNumber(value);
  if (day === null) return [{ code: "MISSING_DATE", message: `事件日期：“${value}”不是有效日期，请按 2026-11-23 的格式填写`, field: "eventDate" }];
  const now = dayNumber(today);
  if (now !== null && day > now) {
    return [{ code: "MISSING_DATE", message: `事件日期：${value}比今天还晚，请核对`, field: "eventDate" }];
  }
  return [];
}

/** The event happened more than staleDays days before today. */
export function checkStaleEvent(eventDate: string | null, today: string, staleDays: number): RawFinding[] {
  const day = dayNumber(eventDate ?? "");
  const now = dayNumber(today);
  if (day === null || now === null || !Number.isFinite(staleDays)) return [];
  const ago = now - day;
  if (ago <= staleDays) return [];
  return [{ code: "STALE_EVENT", message: `事件日期：事件发生在${ago}天前，信息时效性较差`, field: "eventDate" }];
}

// ——— MISSING_UNIT ———

// Suffixes of a place: 青山镇 → 青山, 东城街道 → 东城. An office keeps its suffix (县教育局 →
// 教育局, not 教育: that word is in every other draft).
const PLACE_SUFFIX = /(街道办事处|街道办|街道|办事处|社区|镇|乡|村)$/;
const LEADING = /^(县委|县政府|市委|市政府|县|市)/;
const TOO_GENERIC = new Set(["办公室", "办", "委员会", "中心", "局", "部", "委", "政府", "人民政府"]);

/** The ways a draft may name the unit: 青山镇 / 青山, 县教育局 / 教育局, 县委办公室 / 县委办. */
export function unitNameForms(unitName: string): string[] {
  const name = unitName.replace(/\s/g, "");
  if (name === "") return [];
  const forms = new Set([name]);
  const lead = name.replace(LEADING, "");
  if (lead !== name && lead.length >= 2 && !TOO_GENERIC.has(lead)) forms.add(lead);
  for (const f of [...forms]) {
    const place = f.replace(PLACE_SUFFIX, "");
    if (place !== f && place.length >= 2) forms.add(place);
    if (f.endsWith("办公室")) forms.add(f.slice(0, -2)); // 县委办公室 → 县委办
  }
  return [...forms];
}

/**
 * Neither the title nor the opening paragraph names the unit. Readers at the county see
 * drafts from every township (at the city, from every county); “我镇” does not tell them which.
 */
export function checkMissingUnit(title: string, lines: BodyLine[], unitName: string, readerLevel: "县" | "市" | "省" = "县"): RawFinding[] {
  const forms = unitNameForms(unitName);
  if (forms.length === 0) return [];
  const paras = lines.filter((l) => l.para > 0).map((l) => l.text);
  // The opening paragraph; if the body opens with a heading, the first paragraph after it too.
  const opening = [paras[0] ?? "", paras.find((t) => !/^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/.test(t)) ?? ""];
  const haystack = [title, ...opening].join("\n").replace(/[ \t\u3000]/g, "");
  if (forms.some((f) => haystack.includes(f))) return [];
  return [
    {
      code: "MISSING_UNIT",
      message: `标题和第一段都没有写明单位名称“${unitName.trim()}”，${readerLevel}里看稿时分不清是哪个单位的信息`,
      field: "title",
    },
  ];
}
