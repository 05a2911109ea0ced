import { DraftKind as DraftKindEnum } from "@/lib/generated/prisma/enums";

/** The kinds as the schema declares them, in its order. */
export const DRAFT_KINDS = Object.values(DraftKindEnum);
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const KIND_LABELS: Record<DraftKind, string> = {
  NEWS: "动态信息",
  EXPERIENCE: "经验做法",
  PROBLEM: "问题建议",
  RESEARCH: "调研报告",
  URGENT: "紧急信息",
};
