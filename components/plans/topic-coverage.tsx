import Link from "@/components/ui/link";
import type { TopicCoverage } from "@/lib/planning/plans";
import { StatusBadge } from "@/components/drafts/status-badge";
import { DataTable } from "@/components/ui/data-table";

/** Who answered a topic with drafts that reached the desk, what came of them, and who has not answered. */
export function TopicCoverageView({ coverage }: { coverage: TopicCoverage }) {
  const t = coverage.totals;
  return (
    <div className="mt-3 space-y-2 border-t border-stone-100 pt-3" data-testid="topic-coverage">
      <p className="text-sm text-stone-700">
        报送 <b>{t.submitted}</b> 篇 · 采用 <b>{t.adopted}</b> 篇（其中刊发 {t.published} 篇）· 未采用 <b>{t.notAdopted}</b> 篇
        <span className="ml-2 text-xs text-stone-500">只计组织委员审核通过、已报送的稿件</span>
      </p>
      {coverage.answered.length > 0 && (
        <DataTable
          rows={coverage.answered}
          rowKey={(u) => u.unitId}
          label="各单位报送情况"
          columns={[
            { header: "单位", title: true, cell: (u) => u.name, className: "whitespace-nowrap" },
            { header: "报送", align: "right", cell: (u) => u.submitted },
            { header: "采用", align: "right", cell: (u) => u.adopted },
            { header: "刊发", align: "right", cell: (u) => u.published },
            { header: "未采用", align: "right", cell: (u) => u.notAdopted },
            {
              header: "稿件",
              cell: (u) => (
                <ul className="space-y-0.5">
                  {u.drafts.map((d) => (
                    <li key={d.id} className="flex flex-wrap items-center gap-2">
                      <StatusBadge status={d.status} />
                      <Link href={`/drafts/${d.id}`} className="hover:text-party hover:underline">
                        {d.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
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
