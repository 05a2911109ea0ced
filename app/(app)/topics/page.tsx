import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { listTopics } from "@/lib/planning/topics";
import { isOpen } from "@/lib/planning/answer-status";
import { listParamsSchema } from "@/lib/validation/list";
import { formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { AnswerBadge } from "@/components/commissions/answer-badge";
import { PlanningTabs } from "@/components/commissions/planning-tabs";
import { WriteLink } from "@/components/commissions/write-link";

export const metadata: Metadata = { title: "点题" };

type Row = Awaited<ReturnType<typeof listTopics>>["rows"][number];

export default async function TopicsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "topic.read")) notFound();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await listTopics(user, { q, page });
  const county = isNodeWide(user, "topic.read");
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
      <FilterBar label="查找点题" resetHref="/topics">
        <FilterSearch value={q} placeholder="按题目搜索" label="搜索点题" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(t) => t.id}
        rowClassName={(t) => (t.cancelledAt ? "text-stone-500" : "")}
        empty={q ? "没有符合条件的点题" : assigner ? "还没有给信息员点过题" : "组织委员还没有给您点题"}
        columns={[
          {
            header: "题目",
            title: true,
            cell: (t) => (
              <Link href={`/topics/${t.id}`} className="hover:text-party">
                {t.title}
              </Link>
            ),
          },
          ...(county ? [{ header: "单位", cell: (t) => t.unit.name } satisfies Column<Row>] : []),
          { header: "信息员", cell: (t) => t.assignee.name, className: "whitespace-nowrap" },
          { header: "点题人", cell: (t) => t.assignedBy.name, className: "whitespace-nowrap" },
          { header: "完成日期", cell: (t) => formatIsoDate(t.dueOn), className: "whitespace-nowrap" },
          { header: "情况", cell: (t) => <AnswerBadge status={t.status} cancelled={!!t.cancelledAt} late={t.late} /> },
          {
            header: "",
            align: "right",
            cell: (t) => t.assigneeId === user.id && !t.cancelledAt && isOpen(t.status) && <WriteLink type="topic" targetId={t.id} drafts={t.drafts} />,
          },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/topics" />
    </div>
  );
}
