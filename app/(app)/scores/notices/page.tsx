import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listParamsSchema } from "@/lib/validation/list";
import { lastCompleteMonth, listNotices } from "@/lib/scores/notices";
import { formatDateTime, shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DataTable } from "@/components/ui/data-table";
import { IssueNoticeForm } from "@/components/scores/issue-notice-form";

export const metadata: Metadata = { title: "通报" };

export default async function NoticesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "scores.read")) notFound();
  const params = await searchParams;
  const { page } = listParamsSchema.parse(params);
  const result = await listNotices(user, { page });
  const now = new Date();
  const current = shanghaiYear(now);
  const years = Array.from({ length: 5 }, (_, i) => current - i);
  return (
    <div className="space-y-4">
      <PageHeader title="组工信息工作通报" />
      {can(user, "scores.notice") && <IssueNoticeForm defaultPeriod={lastCompleteMonth(now)} years={years} />}
      <DataTable
        rows={result.rows}
        rowKey={(n) => n.id}
        rowTestId={(n) => `notice-${n.id}`}
        empty="还没有发布过通报"
        columns={[
          { header: "时段", cell: (n) => n.periodLabel, className: "whitespace-nowrap" },
          { header: "标题", title: true, cell: (n) => n.title },
          {
            header: "发布",
            className: "whitespace-nowrap",
            cell: (n) => (
              <span className="text-xs">
                {n.issuedBy.name} {formatDateTime(n.issuedAt)}
              </span>
            ),
          },
          {
            header: "下载",
            className: "whitespace-nowrap",
            cell: (n) => (
              <>
                <a className="text-party underline" href={`/scores/notices/${n.id}/docx`} download>
                  下载Word
                </a>
                <a className="ml-3 text-party underline" href={`/scores/notices/${n.id}/xlsx`} download>
                  下载Excel
                </a>
              </>
            ),
          },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/scores/notices" />
    </div>
  );
}
