import { periodKey, periodLabel, recentPeriods, type Period } from "@/lib/scores/period";
import { buttonClass } from "@/components/ui/button";

/** 月、季、年: a GET form, so the period lives in the URL; `keep` carries the other filters along. */
export function PeriodPicker({ period, now, keep = {} }: { period: Period; now: { year: number; month: number }; keep?: Record<string, string | undefined> }) {
  const choices = recentPeriods(now.year, now.month);
  const current = periodKey(period);
  if (!choices.some((c) => periodKey(c) === current)) choices.unshift(period);
  return (
    <form className="flex flex-wrap items-center gap-2" aria-label="选择时段">
      <label htmlFor="period" className="text-sm text-stone-600">
        时段
      </label>
      <select id="period" name="p" defaultValue={current} className="min-h-11 rounded border border-stone-300 bg-white px-2 text-sm">
        {choices.map((c) => (
          <option key={periodKey(c)} value={periodKey(c)}>
            {periodLabel(c)}
          </option>
        ))}
      </select>
      {Object.entries(keep).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
      <button className={buttonClass("secondary")}>查看</button>
    </form>
  );
}
