import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listParamsSchema } from "@/lib/validation/list";
import { listActiveSeries, listWorkingIssues } from "@/lib/bulletins/queries";
import { workingStatuses } from "@/lib/bulletins/capabilities";
import { ISSUE_STATUS_LABELS } from "@/lib/bulletins/issue-workflow";
import { formatDateTime } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NewIssueButton } from "@/components/issue-composer/new-issue-button";

export const metadata: Metadata = { title: "期刊编排" };

const STATUS_STYLE: Record<string, string> = {
  COMPOSING: "bg-stone-100 text-stone-700",
  PENDING_SIGNOFF: "bg-amber-100 text-amber-800",
  SIGNED: "bg-emerald-100 text-emerald-800",
};

export default async function ComposePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!workingStatuses(user)) notFound();
  const composer = can(user, "issue.compose");
  const params = await searchParams;
  const { page } = listParamsSchema.parse(params);
  const [result, series] = await Promise.all([listWorkingIssues(user, { page }), composer ? listActiveSeries(user) : []]);
  return (
    <div>
      <PageHeader title={composer ? "期刊编排" : "待签发的期刊"}>
        {series.map((s) => (
          <NewIssueButton key={s.id} seriesId={s.id} label={`新建一期《${s.name}》`} />
        ))}
      </PageHeader>
      {composer && (
        <p className="mb-4 text-sm text-stone-600">
          在稿件池“采用”稿件后，打开下面正在编排的期，从“待编稿件”中编入；期号在发布时自动生成。
        </p>
      )}
      <div className="grid gap-3">
        {result.rows.map((i) => (
          <Link key={i.id} href={`/issues/${i.id}`} className="flex flex-col gap-1 rounded border border-stone-200 bg-white p-4 hover:border-party md:flex-row md:items-center md:justify-between">
            <span className="flex flex-wrap items-center gap-x-3 gap-y-1 font-medium">
              《{i.series.name}》
              <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${STATUS_STYLE[i.status] ?? ""}`}>{ISSUE_STATUS_LABELS[i.status]}</span>
              {i.returnComment && i.status === "COMPOSING" && <span className="text-sm text-orange-700">领导退回：{i.returnComment}</span>}
            </span>
            <span className="text-sm text-stone-500">
              {i._count.items} 篇 · {i.createdBy.name} 创建于 {formatDateTime(i.createdAt)}
            </span>
          </Link>
        ))}
        {result.rows.length === 0 && (
          <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">{composer ? "没有正在编排的期" : "没有等待签发的期刊"}</p>
        )}
      </div>
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/issues/compose" />
    </div>
  );
}
