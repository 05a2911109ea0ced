import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listUnitDrafts } from "@/lib/drafts/queries";
import { DRAFT_STATUSES, STATUS_LABELS } from "@/lib/drafts/workflow";
import { KIND_LABELS } from "@/lib/drafts/kinds";
import { draftFilterSchema } from "@/lib/validation/draft";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "本单位稿件" };

export default async function UnitDraftsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const filter = draftFilterSchema.parse(params);
  const { rows, counts, total, page, pages } = await listUnitDrafts(user, filter);
  const all = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const tab = (status: string | undefined, label: string, n: number) => {
    const active = (filter.status ?? "") === (status ?? "");
    const q = new URLSearchParams({ ...(status ? { status } : {}), ...(filter.q ? { q: filter.q } : {}) });
    return (
      <Link
        key={label}
        href={`/drafts?${q}`}
        className={`rounded-full px-3 py-1 text-sm ${active ? "bg-party text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}
      >
        {label} <span className="opacity-70">{n}</span>
      </Link>
    );
  };

  return (
    <div>
      <PageHeader title={`${user.unitName} · 稿件`}>
        {can(user, "draft.write") && (
          <Link href="/drafts/new" className={buttonClass()}>
            写新稿件
          </Link>
        )}
      </PageHeader>
      <div className="mb-4 flex flex-wrap gap-2">
        {tab(undefined, "全部", all)}
        {DRAFT_STATUSES.map((s) => tab(s, STATUS_LABELS[s], counts[s] ?? 0))}
      </div>
      <form className="mb-4 flex gap-2">
        {filter.status && <input type="hidden" name="status" value={filter.status} />}
        <input name="q" defaultValue={filter.q} placeholder="搜索标题或正文" className="w-72 rounded border border-stone-300 px-3 py-1.5 text-sm" />
        <button className={buttonClass("secondary")}>搜索</button>
      </form>
      <table className="w-full overflow-hidden rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th className="px-3 py-2">标题</th>
            <th className="px-3 py-2">类别</th>
            <th className="px-3 py-2">作者</th>
            <th className="px-3 py-2">事件日期</th>
            <th className="px-3 py-2">状态</th>
            <th className="px-3 py-2">最后修改</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} className="border-t border-stone-100 hover:bg-stone-50">
              <td className="px-3 py-2">
                <Link href={`/drafts/${d.id}`} className="text-stone-900 hover:text-party">
                  {d.title}
                </Link>
                {d.isFlagship && <span className="ml-2 rounded bg-amber-50 px-1.5 text-xs text-amber-700">精品</span>}
              </td>
              <td className="px-3 py-2">{KIND_LABELS[d.kind]}</td>
              <td className="px-3 py-2">{d.author.name}</td>
              <td className="px-3 py-2">{formatIsoDate(d.eventDate)}</td>
              <td className="px-3 py-2">
                <StatusBadge status={d.status} />
              </td>
              <td className="px-3 py-2 text-stone-500">{formatDateTime(d.updatedAt)}</td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="px-3 py-8 text-center text-stone-500">
                没有符合条件的稿件
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Pagination page={page} pages={pages} total={total} params={params} basePath="/drafts" />
    </div>
  );
}
