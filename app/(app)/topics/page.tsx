import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, scopeOf } from "@/lib/authz/permissions";
import { listTopics } from "@/lib/planning/topics";
import { isOpen } from "@/lib/planning/answer-status";
import { listParamsSchema } from "@/lib/validation/list";
import { formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { AnswerBadge } from "@/components/commissions/answer-badge";
import { PlanningTabs } from "@/components/commissions/planning-tabs";
import { WriteLink } from "@/components/commissions/write-link";

export const metadata: Metadata = { title: "点题" };

export default async function TopicsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "plan.read")) notFound();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await listTopics(user, { q, page });
  const county = scopeOf(user, "plan.read") === "all";
  const assigner = can(user, "commission.assign", { unitId: user.unitId });
  return (
    <div>
      <PageHeader title={county ? "点题" : `${user.unitName} · 约稿和点题`}>
        {assigner && (
          <Link href="/topics/new" className={buttonClass()}>
            给信息员点题
          </Link>
        )}
      </PageHeader>
      {!county && <PlanningTabs current="topics" />}
      <SearchForm q={q} placeholder="按题目搜索" label="搜索点题" />
      <table className="w-full rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th className="px-3 py-2">题目</th>
            {county && <th className="px-3 py-2">单位</th>}
            <th className="px-3 py-2">信息员</th>
            <th className="px-3 py-2">点题人</th>
            <th className="px-3 py-2">完成日期</th>
            <th className="px-3 py-2">情况</th>
            <th className="px-3 py-2" />
          </tr>
        </thead>
        <tbody>
          {result.rows.map((t) => (
            <tr key={t.id} className={`border-t border-stone-100 ${t.cancelledAt ? "text-stone-500" : ""}`}>
              <td className="px-3 py-2">
                <Link href={`/topics/${t.id}`} className="hover:text-party">
                  {t.title}
                </Link>
              </td>
              {county && <td className="px-3 py-2">{t.unit.name}</td>}
              <td className="px-3 py-2">{t.assignee.name}</td>
              <td className="px-3 py-2">{t.assignedBy.name}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatIsoDate(t.dueOn)}</td>
              <td className="px-3 py-2">
                <AnswerBadge status={t.status} cancelled={!!t.cancelledAt} late={t.late} />
              </td>
              <td className="px-3 py-2 text-right">{t.assigneeId === user.id && !t.cancelledAt && isOpen(t.status) && <WriteLink type="topic" targetId={t.id} drafts={t.drafts} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && (
        <p className="mt-2 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">{q ? "没有符合条件的点题" : assigner ? "还没有给信息员点过题" : "组织委员还没有给您点题"}</p>
      )}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/topics" />
    </div>
  );
}
