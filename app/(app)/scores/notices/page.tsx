import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listParamsSchema } from "@/lib/validation/list";
import { canIssueNotice, lastCompleteMonth, listNotices } from "@/lib/scores/notices";
import { formatDateTime, shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
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
      {canIssueNotice(user) && <IssueNoticeForm defaultPeriod={lastCompleteMonth(now)} years={years} />}
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th className="p-2">时段</th>
            <th className="p-2">标题</th>
            <th className="p-2">发布</th>
            <th className="p-2">下载</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((n) => (
            <tr key={n.id} className="border-b border-stone-100" data-testid={`notice-${n.id}`}>
              <td className="p-2 whitespace-nowrap">{n.periodLabel}</td>
              <td className="p-2">{n.title}</td>
              <td className="p-2 text-xs whitespace-nowrap">
                {n.issuedBy.name} {formatDateTime(n.issuedAt)}
              </td>
              <td className="p-2 whitespace-nowrap">
                <a className="text-party underline" href={`/scores/notices/${n.id}/docx`} download>
                  下载Word
                </a>
                <a className="ml-3 text-party underline" href={`/scores/notices/${n.id}/xlsx`} download>
                  下载Excel
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">还没有发布过通报</p>}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/scores/notices" />
    </div>
  );
}
