import Link from "next/link";
import type { TopicCoverage } from "@/lib/planning/plans";
import { StatusBadge } from "@/components/drafts/status-badge";

const th = "px-2 py-1.5 font-medium";

/** Who answered a topic with drafts that reached the county, what came of them, and who has not answered. */
export function TopicCoverageView({ coverage }: { coverage: TopicCoverage }) {
  const t = coverage.totals;
  return (
    <div className="mt-3 space-y-2 border-t border-stone-100 pt-3" data-testid="topic-coverage">
      <p className="text-sm text-stone-700">
        报送 <b>{t.submitted}</b> 篇 · 采用 <b>{t.adopted}</b> 篇（其中刊发 {t.published} 篇）· 未采用 <b>{t.notAdopted}</b> 篇
        <span className="ml-2 text-xs text-stone-500">只计报送到县委组织部的稿件</span>
      </p>
      {coverage.answered.length > 0 && (
        <table className="w-full text-sm">
          <thead className="bg-stone-50 text-left text-stone-600">
            <tr>
              <th className={th}>单位</th>
              <th className={`${th} text-right`}>报送</th>
              <th className={`${th} text-right`}>采用</th>
              <th className={`${th} text-right`}>刊发</th>
              <th className={`${th} text-right`}>未采用</th>
              <th className={th}>稿件</th>
            </tr>
          </thead>
          <tbody>
            {coverage.answered.map((u) => (
              <tr key={u.unitId} className="border-t border-stone-100 align-top">
                <td className="px-2 py-1.5 whitespace-nowrap">{u.name}</td>
                <td className="px-2 py-1.5 text-right">{u.submitted}</td>
                <td className="px-2 py-1.5 text-right">{u.adopted}</td>
                <td className="px-2 py-1.5 text-right">{u.published}</td>
                <td className="px-2 py-1.5 text-right">{u.notAdopted}</td>
                <td className="px-2 py-1.5">
                  <ul className="space-y-0.5">
                    {u.drafts.map((d) => (
                      <li key={d.id} className="flex items-center gap-2">
                        <StatusBadge status={d.status} />
                        <Link href={`/drafts/${d.id}`} className="hover:text-party hover:underline">
                          {d.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {coverage.missing.length > 0 ? (
        <p className="text-sm">
          <span className="font-medium text-amber-800">还没有报送（{coverage.missing.length}个单位）：</span>
          <span className="text-stone-700">{coverage.missing.map((u) => u.name).join("、")}</span>
        </p>
      ) : (
        <p className="text-sm text-emerald-700">面向的单位都已报送。</p>
      )}
    </div>
  );
}
