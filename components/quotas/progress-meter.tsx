import type { MetricProgress } from "@/lib/planning/quota-math";

/** A figure against its target: a bar, the expected mark, and a 落后 badge when behind for the date. */
export function ProgressMeter({ label, metric, expectedLabel, compact = false }: { label?: string; metric: MetricProgress; expectedLabel?: string; compact?: boolean }) {
  const share = (n: number) => (metric.target > 0 ? Math.min(100, Math.round((n / metric.target) * 100)) : 100);
  const met = metric.actual >= metric.target;
  const color = met ? "bg-emerald-500" : metric.behind ? "bg-red-500" : "bg-sky-500";
  return (
    <div className={compact ? "min-w-32" : ""}>
      {label && !compact && <div className="mb-1 text-sm text-stone-600">{label}</div>}
      <div className="flex items-baseline gap-1">
        <span className={compact ? "font-semibold" : "text-2xl font-semibold"}>{metric.actual}</span>
        <span className="text-sm text-stone-500">/ {metric.target} 篇</span>
        {metric.behind && <span className="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-700">落后</span>}
        {met && metric.target > 0 && <span className="ml-1 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">已完成</span>}
      </div>
      <div
        className="relative mt-1 h-2 rounded bg-stone-100"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={metric.target}
        aria-valuenow={metric.actual}
        aria-label={label ?? "完成进度"}
      >
        <div className={`h-2 rounded ${color}`} style={{ width: `${share(metric.actual)}%` }} />
        {metric.expectedByNow > 0 && metric.expectedByNow < metric.target && (
          <div className="absolute -top-0.5 h-3 w-0.5 bg-stone-600" style={{ left: `${share(metric.expectedByNow)}%` }} title={`按进度应完成${metric.expectedByNow}篇`} />
        )}
      </div>
      {expectedLabel && <div className="mt-1 text-xs text-stone-500">{expectedLabel}</div>}
    </div>
  );
}
