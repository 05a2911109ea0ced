/** Where a figure on a score screen is explained: the ledger rows, or the drafts it counts. No Prisma. */
import { periodKey, periodRange, type Period } from "./period";
import { shanghaiDate } from "@/lib/time";

/** `via`: a 组织部's own part of its total ("own"), or what came up through one child department (its id). */
export function ledgerHref(period: Period, unitId?: string, rules?: string[], via?: string): string {
  const q = new URLSearchParams(period.kind === "YEAR" ? { year: String(period.year) } : { p: periodKey(period), year: String(period.year) });
  if (unitId) q.set("unit", unitId);
  if (rules?.length) q.set("rule", rules.join(","));
  if (unitId && via) q.set("via", via);
  return `/scores/ledger?${q}`;
}

/** 报送数: the unit's drafts that first reached the county in the period (the county pool filters by that time). */
export function submittedHref(period: Period, unitId: string): string {
  const { from, to } = periodRange(period);
  const lastDay = shanghaiDate(new Date(to.getTime() - 1));
  return `/county?${new URLSearchParams({ status: "ALL", unitId, from: shanghaiDate(from), to: lastDay })}`;
}
