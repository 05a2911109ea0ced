"use client";

import type { Finding } from "@/lib/checks";

const WHERE: Record<Finding["field"], string> = { title: "标题", eventDate: "事件日期", body: "正文" };

function FindingItem({ finding, onFix, tone }: { finding: Finding; onFix?: (finding: Finding) => void; tone: "severe" | "warning" }) {
  const fix = finding.fix;
  return (
    <li className="flex items-start gap-2 py-1.5">
      <span
        aria-hidden
        className={`mt-1.5 h-1.5 w-1.5 shrink-0 rounded-full ${tone === "severe" ? "bg-red-600" : "bg-amber-500"}`}
      />
      <div className="min-w-0 flex-1">
        <p className="text-sm leading-6 text-stone-800">{finding.message}</p>
        {finding.excerpt && (
          <p className="mt-0.5 truncate rounded bg-stone-50 px-1.5 py-0.5 text-xs leading-5 text-stone-500" title={finding.excerpt}>
            {finding.excerpt}
          </p>
        )}
      </div>
      {fix && onFix && (
        <button
          type="button"
          onClick={() => onFix(finding)}
          title={`${fix.label}（${WHERE[finding.field]}${finding.line !== undefined ? `第${finding.line}行` : ""}）`}
          className="shrink-0 rounded border border-stone-300 bg-white px-2 py-0.5 text-xs text-stone-700 hover:border-party hover:text-party"
        >
          一键改正
        </button>
      )}
    </li>
  );
}

/**
 * 稿件检查结果: problems that must be corrected before submission in red, the rest in amber.
 * Pure display: the caller runs the checks (lib/checks) and applies a fix on onFix.
 */
export function CheckList({
  findings,
  onFix,
  title = "稿件检查",
}: {
  findings: Finding[];
  onFix?: (finding: Finding) => void;
  title?: string;
}) {
  const severe = findings.filter((f) => f.severity === "severe");
  const warnings = findings.filter((f) => f.severity !== "severe");
  const keyOf = (f: Finding, i: number) => `${f.code}-${f.field}-${f.line ?? ""}-${f.start ?? ""}-${i}`;

  return (
    <section aria-label={title} className="rounded border border-stone-200 bg-white text-sm">
      <header className="flex items-baseline justify-between border-b border-stone-200 px-3 py-2">
        <h2 className="font-medium text-stone-900">{title}</h2>
        {findings.length > 0 && (
          <span className="text-xs text-stone-500">
            {severe.length > 0 && <span className="text-red-700">{severe.length}处必须改正</span>}
            {severe.length > 0 && warnings.length > 0 && "，"}
            {warnings.length > 0 && <span className="text-amber-700">{warnings.length}处提醒</span>}
          </span>
        )}
      </header>

      {findings.length === 0 ? (
        <p className="flex items-center gap-1.5 px-3 py-2 text-emerald-700">
          <span aria-hidden>✓</span>未发现问题
        </p>
      ) : (
        <div className="divide-y divide-stone-100">
          {severe.length > 0 && (
            <div className="bg-red-50/60 px-3 py-2">
              <p className="text-xs font-medium text-red-700">必须改正后才能提交</p>
              <ul className="divide-y divide-red-100">
                {severe.map((f, i) => (
                  <FindingItem key={keyOf(f, i)} finding={f} onFix={onFix} tone="severe" />
                ))}
              </ul>
            </div>
          )}
          {warnings.length > 0 && (
            <div className="px-3 py-2">
              <p className="text-xs font-medium text-amber-700">请留意，可酌情修改</p>
              <ul className="divide-y divide-amber-100">
                {warnings.map((f, i) => (
                  <FindingItem key={keyOf(f, i)} finding={f} onFix={onFix} tone="warning" />
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
