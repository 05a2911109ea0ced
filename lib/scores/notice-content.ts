import type { PeriodRow } from "./period-table";
import type { DeskKind } from "@/lib/units/labels";

/**
 * What both files of a 通报 are rendered from (lib/scores/notices.ts composes it; notice-docx.ts
 * and notice-xlsx.ts render it). Its own module, so the renderers need not import the use cases.
 */
export type NoticeContent = {
  title: string;
  /** periodLabel(): "2026年11月", "2026年第四季度", "2026年". */
  periodLabel: string;
  /** The county department, e.g. "中共示例县委组织部". */
  issuerName: string;
  /** The issuer's level, which the text names (全县、全市; 县直、市直单位); a county's when not given. */
  nodeKind?: DeskKind;
  issuedAt: Date;
  rows: PeriodRow[];
};
