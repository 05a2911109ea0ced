import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listComposingIssues, listSeries } from "@/lib/bulletins/queries";
import { formatDateTime } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { NewIssueButton } from "@/components/issue-composer/new-issue-button";

export const metadata: Metadata = { title: "期刊编排" };

export default async function ComposePage() {
  const user = await requireUser();
  if (!can(user, "issue.compose")) notFound();
  const [issues, series] = await Promise.all([listComposingIssues(user), listSeries()]);
  return (
    <div>
      <PageHeader title="期刊编排">
        {series.map((s) => (
          <NewIssueButton key={s.id} seriesId={s.id} label={`新建一期《${s.name}》`} />
        ))}
      </PageHeader>
      <p className="mb-4 text-sm text-stone-600">
        在县级稿件池打开稿件，点“采用”即可编入下面正在编排的期；期号在发布时自动生成。
      </p>
      <div className="grid gap-3">
        {issues.map((i) => (
          <Link key={i.id} href={`/issues/${i.id}`} className="flex items-center justify-between rounded border border-stone-200 bg-white p-4 hover:border-party">
            <span className="font-medium">《{i.series.name}》（编排中，期号待发布时生成）</span>
            <span className="text-sm text-stone-500">
              {i._count.items} 篇 · 创建于 {formatDateTime(i.createdAt)}
            </span>
          </Link>
        ))}
        {issues.length === 0 && <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">没有正在编排的期</p>}
      </div>
    </div>
  );
}
