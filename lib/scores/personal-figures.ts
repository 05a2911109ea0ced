/**
 * 个人积分 without the database: which ledger rules count as which kind of item a person is
 * credited with, the person's ranking, and the 年度先进个人 shortlist rule. Pure.
 */
import { RANK_GROUPS } from "@/lib/units/labels";
import type { RankGroup } from "@/lib/generated/prisma/enums";
import { rankByGroup } from "./ranking";
import { categoryOf, DEFAULT_RULES } from "./rules";

/** 县级采用, 上级采用, 媒体发稿, 网评文章: the items a person's table counts. */
export const CREDIT_KINDS = ["ADOPTED", "UPPER", "MEDIA", "COMMENTARY"] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];

export const CREDIT_KIND_LABELS: Record<CreditKind, string> = { ADOPTED: "县级采用", UPPER: "上级采用", MEDIA: "媒体发稿", COMMENTARY: "网评文章" };

/** The kind of item a rule's entries credit; null for what is not an item (批示, deductions). */
export function creditKindOf(ruleCode: string): CreditKind | null {
  if (ruleCode === "ADOPTION_COUNTY") return "ADOPTED";
  const category = categoryOf(ruleCode);
  if (category === "INFO" && ruleCode.startsWith("ADOPTION_")) return "UPPER";
  if (category === "MEDIA" || category === "COMMENTARY") return category;
  return null;
}

/** The rule codes of each kind (a media placement earns its level's rule plus page and length rules: one item). */
export const CREDIT_KIND_CODES: Record<CreditKind, string[]> = Object.fromEntries(
  CREDIT_KINDS.map((kind) => [kind, DEFAULT_RULES.filter((r) => creditKindOf(r.code) === kind).map((r) => r.code)]),
) as Record<CreditKind, string[]>;

export type PersonFigures = { adopted: number; upper: number; media: number; commentary: number; points: number };

export type PersonRow = PersonFigures & {
  userId: string;
  name: string;
  /** The unit that places the person in a ranking group (see rankPeople). */
  unitId: string;
  unitName: string;
  group: RankGroup;
  /** The person's unit now: a reviewer sees the people of their unit. */
  currentUnitId: string;
  currentUnitName: string;
  rank: number;
};

/** Persons ranked within their group exactly as units are: equal points share a rank (1, 1, 3). */
export function rankPeople(rows: ReadonlyArray<Omit<PersonRow, "rank">>): PersonRow[] {
  return rankByGroup(rows).sort((a, b) => (a.group === b.group ? a.rank - b.rank : a.group === "TOWNSHIP" ? -1 : 1));
}

export type ShortlistConditions = { topN: number; minAdopted: number; excludeSecrecy: boolean };

/** Until the office sets a year's conditions. */
export const DEFAULT_SHORTLIST: ShortlistConditions = { topN: 3, minAdopted: 3, excludeSecrecy: true };

export type ShortlistLine = PersonRow & { chosen: boolean; reasons: string[] };

/** Why a person cannot be put forward, in the office's words; none: they can. */
function shortfalls(row: PersonRow, rule: ShortlistConditions, secrecy: ReadonlySet<string>): string[] {
  const reasons: string[] = [];
  if (row.points <= 0) reasons.push("没有得分");
  if (row.adopted < rule.minAdopted) reasons.push(`县级采用不足${rule.minAdopted}篇`);
  if (rule.excludeSecrecy && secrecy.has(row.userId)) reasons.push("有保密问题");
  return reasons;
}

/**
 * The shortlist of a year's ranked persons: in each group, in rank order, the first `topN`
 * who meet the conditions, and any who tie on points with the last of them (a tie is not
 * broken by name). Those ranked as high who do not qualify are listed with the reasons, so the
 * office can say why a high scorer is missing.
 */
export function applyShortlist(ranked: readonly PersonRow[], rule: ShortlistConditions, secrecy: ReadonlySet<string>): ShortlistLine[] {
  const out: ShortlistLine[] = [];
  for (const { group } of RANK_GROUPS) {
    const lines = ranked.filter((r) => r.group === group).map((r) => ({ ...r, reasons: shortfalls(r, rule, secrecy), chosen: false }));
    let cut: number | null = null;
    let taken = 0;
    for (const line of lines) {
      if (line.reasons.length > 0) continue;
      if (taken >= rule.topN && line.points !== cut) break;
      line.chosen = true;
      taken++;
      cut = line.points;
    }
    // Passed over and listed with the reasons: those ranked as high as the last chosen one or,
    // when nobody qualifies, those within the top N ranks.
    const high = (l: ShortlistLine) => l.points > 0 && (cut === null ? l.rank <= rule.topN : l.points >= cut);
    out.push(...lines.filter((l) => l.chosen || high(l)));
  }
  return out;
}
