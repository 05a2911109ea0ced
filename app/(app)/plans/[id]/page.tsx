import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { KIND_LABELS } from "@/lib/drafts/kinds";
import { LEVEL_WORDS, type DeskKind } from "@/lib/units/labels";
import { getPlan, planCoverage, planPeriodLabel, unitPlanDrafts } from "@/lib/planning/plans";
import { loadOr404 } from "@/lib/load-or-404";
import { formatChineseDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { StatusBadge } from "@/components/drafts/status-badge";
import { PublishPlanButton } from "@/components/plans/publish-button";
import { TopicCoverageView } from "@/components/plans/topic-coverage";

export const metadata: Metadata = { title: "信息计划" };

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requireUser();
  if (!can(user, "plan.read")) notFound();
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const plan = await loadOr404(() => getPlan(user, id));
  // A plan of the desk above reaches the node's own unit: read as a unit reads it.
  const county = isNodeWide(user, "plan.read") && !plan.fromAbove;
  const manager = can(user, "plan.manage") && !plan.fromAbove;
  const [coverage, drafts] = await Promise.all([
    county && plan.publishedAt ? planCoverage(user, plan.id) : null,
    county ? [] : unitPlanDrafts(user, plan.id),
  ]);
  // Writers answer a plan meant for their unit: an officer's, or (fromAbove) the desk above's for the office's own pieces.
  const writer = can(user, "draft.write") && !!plan.publishedAt && !county;

  return (
    <div className="space-y-4">
      <PageHeader title={plan.title}>
        {manager && !plan.publishedAt && (
          <>
            <Link href={`/plans/${plan.id}/edit`} className={buttonClass("secondary")}>
              修改
            </Link>
            <PublishPlanButton id={plan.id} version={plan.version} />
          </>
        )}
      </PageHeader>
      {saved && !plan.publishedAt && (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          已保存。核对无误后点“发布”，各单位才能看到。
        </p>
      )}
      <p className="text-sm text-stone-600">
        {planPeriodLabel(plan.period)} · {plan.publishedAt ? `${formatChineseDate(plan.publishedAt)}发布` : "未发布（各单位还看不到）"} · {plan.fromAbove ? plan.node.name : "研究室"} {plan.createdBy.name}
        {plan.publishedAt && manager && <span className="ml-2 text-xs text-stone-500">已发布的计划不能再改，要调整请另发一份计划。</span>}
      </p>
      {plan.intro && <p className="whitespace-pre-line rounded border border-stone-200 bg-white p-4 text-sm text-stone-800">{plan.intro}</p>}

      <ol className="space-y-3">
        {plan.topics.map((t, i) => {
          const mine = drafts.filter((d) => d.planTopicId === t.id);
          const cov = coverage?.find((c) => c.topicId === t.id);
          return (
            <li key={t.id} className="rounded border border-stone-200 bg-white p-4" aria-label={`选题${i + 1}`}>
              <div className="flex items-start justify-between gap-4">
                <div>
                  <h2 className="font-semibold text-stone-900">
                    {i + 1}. {t.title}
                  </h2>
                  <p className="mt-1 text-xs text-stone-500">
                    {t.kind ? `类别：${KIND_LABELS[t.kind]} · ` : ""}
                    面向：{t.unitIds.length === 0 ? `全${LEVEL_WORDS[plan.node.kind as DeskKind]}各单位` : t.unitIds.map((u) => plan.unitNames[u] ?? "（已删除的单位）").join("、")}
                  </p>
                </div>
                {writer && (
                  <Link href={`/drafts/new?from=plan:${t.id}`} className={buttonClass()}>
                    据此写稿
                  </Link>
                )}
              </div>
              {t.guidance && <p className="mt-2 whitespace-pre-line text-sm text-stone-700">写作要求：{t.guidance}</p>}
              {!county && (
                <div className="mt-3 border-t border-stone-100 pt-2 text-sm">
                  {mine.length === 0 ? (
                    <p className="text-stone-500">本单位还没有就这个选题写稿。</p>
                  ) : (
                    <ul className="space-y-1">
                      {mine.map((d) => (
                        <li key={d.id} className="flex items-center gap-2">
                          <StatusBadge status={d.status} />
                          <Link href={`/drafts/${d.id}`} className="hover:text-party hover:underline">
                            {d.title}
                          </Link>
                          <span className="text-xs text-stone-500">{d.author.name}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
              {cov && <TopicCoverageView coverage={cov} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
