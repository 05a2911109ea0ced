/** What the research office records besides county adoption, and the rule each level scores under. No Prisma client (the kinds come from the schema's generated enums). */
import { scopeOf, type Actor, type Permission } from "@/lib/authz/permissions";
import { ScoreRecordKind, ScoreRecordLevel } from "@/lib/generated/prisma/enums";

export const RECORD_KINDS = Object.values(ScoreRecordKind);
export type RecordKind = (typeof RECORD_KINDS)[number];
/** Every level of every kind (ScoreRecord.level, Placement.level): RECORD_LEVELS says which belong to which kind. */
export const RECORD_LEVEL_CODES = Object.values(ScoreRecordLevel);
export type RecordLevel = (typeof RECORD_LEVEL_CODES)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  UPPER_ADOPTION: "上级采用",
  MEDIA: "媒体发稿",
  COMMENTARY: "网评文章",
  INSTRUCTION: "领导批示",
  DEDUCTION: "扣分",
};

/** The levels of each kind, with their labels and the rule code they score under. */
export const RECORD_LEVELS: Record<RecordKind, Partial<Record<RecordLevel, { label: string; rule: string }>>> = {
  UPPER_ADOPTION: {
    CITY: { label: "市级《组工信息》", rule: "ADOPTION_CITY" },
    PROVINCE: { label: "省级《组工信息》", rule: "ADOPTION_PROVINCE" },
    CENTRAL: { label: "中央级", rule: "ADOPTION_CENTRAL" },
  },
  MEDIA: {
    COUNTY: { label: "县级媒体", rule: "MEDIA_COUNTY" },
    CITY: { label: "市级媒体", rule: "MEDIA_CITY" },
    PROVINCIAL: { label: "省级媒体", rule: "MEDIA_PROVINCIAL" },
    NATIONAL: { label: "中央级媒体", rule: "MEDIA_NATIONAL" },
  },
  COMMENTARY: {
    ANY: { label: "网评文章", rule: "COMMENTARY" },
  },
  INSTRUCTION: {
    COUNTY: { label: "县级领导批示", rule: "INSTRUCTION_COUNTY" },
    CITY: { label: "市级领导批示", rule: "INSTRUCTION_CITY" },
    PROVINCE: { label: "省级领导批示", rule: "INSTRUCTION_PROVINCE" },
    CENTRAL: { label: "中央领导批示", rule: "INSTRUCTION_CENTRAL" },
  },
  // By hand only for what was not tracked in the system (a 约稿 by phone, an urgent event never
  // registered): commissions and urgent events in the system are deducted by the reminder worker.
  DEDUCTION: {
    MISSED_COMMISSION: { label: "约稿未按时报送（系统外约稿）", rule: "DEDUCT_MISSED_COMMISSION" },
    LATE_URGENT: { label: "紧急信息迟报（未在系统登记的）", rule: "DEDUCT_LATE_URGENT" },
    // The only level recorded against a person as well as the unit (the 责任人).
    SECRECY: { label: "泄密、违反保密规定", rule: "DEDUCT_SECRECY" },
  },
};

/** A 保密 incident: recorded with the person responsible, who is then not put forward as 先进个人. */
export const SECRECY_LEVEL = "SECRECY" satisfies RecordLevel;
export const SECRECY_RULE = RECORD_LEVELS.DEDUCTION[SECRECY_LEVEL]!.rule;

/** The levels a kind can be recorded at, in the order of RECORD_LEVELS (the first is the form's default). */
export const levelsOf = (kind: RecordKind) => Object.keys(RECORD_LEVELS[kind]) as RecordLevel[];

export function ruleFor(kind: RecordKind, level: RecordLevel): string | null {
  return RECORD_LEVELS[kind][level]?.rule ?? null;
}

/** 领导批示 may be recorded by leaders too; every other kind only by the research office. */
export function recordPermission(kind: RecordKind): Permission {
  return kind === "INSTRUCTION" ? "scores.instruction" : "scores.record";
}

/** The kinds this person may record, in the form's order (none: the page shows no form). */
export function recordableKinds(actor: Pick<Actor, "roles">): RecordKind[] {
  return RECORD_KINDS.filter((k) => scopeOf(actor, recordPermission(k)));
}
