import type { UnitQuotaRow } from "@/lib/planning/quotas";
import { ProgressMeter } from "./progress-meter";

/** One unit's 报送任务 for a year: this month's submissions and the year's 精品稿件 and adoptions. */
export function QuotaProgressCard({ row, date, level }: { row: UnitQuotaRow; date: string; level: string }) {
  const p = row.progress;
  const month = Number(date.slice(5, 7));
  const day = `${month}月${Number(date.slice(8, 10))}日`;
  const behindText = [
    p.monthly.behind && `${month}月还差${p.monthly.remaining}篇`,
    p.flagship.behind && `精品稿件按进度应有${p.flagship.expectedByNow}篇`,
    p.adopted.behind && `采用按进度应有${p.adopted.expectedByNow}篇`,
  ].filter(Boolean);
  return (
    <section aria-label={`${row.name}报送任务`} className="space-y-4 rounded border border-stone-200 bg-white p-4" data-testid="quota-card">
      <div className="grid gap-6 md:grid-cols-3">
        <ProgressMeter label={`${month}月报送（每月不少于${row.quota.monthlyMin}篇）`} metric={p.monthly} expectedLabel={`以报送到${level}委组织部为准`} />
        <ProgressMeter label={`${date.slice(0, 4)}年精品稿件`} metric={p.flagship} expectedLabel={`按全年进度，到${day}应有${p.flagship.expectedByNow}篇`} />
        <ProgressMeter label={`${date.slice(0, 4)}年被采用`} metric={p.adopted} expectedLabel={`按全年进度，到${day}应有${p.adopted.expectedByNow}篇`} />
      </div>
      <p className={`rounded px-3 py-2 text-sm ${behindText.length ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
        {behindText.length ? `进度落后：${behindText.join("；")}。` : "进度正常。"}
        <span className="ml-2 text-xs text-stone-500">{row.custom ? "任务由研究室确定。" : "研究室未单独确定，按默认任务。"}</span>
      </p>
    </section>
  );
}
