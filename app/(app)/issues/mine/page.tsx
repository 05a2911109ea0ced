import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { loadOr404 } from "@/lib/load-or-404";
import { listParamsSchema } from "@/lib/validation/list";
import { listUnitPublishedItems } from "@/lib/bulletins/queries";
import { formatChineseDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "本单位刊发" };

export default async function MinePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await loadOr404(() => listUnitPublishedItems(user, { q, page }));
  return (
    <div>
      <PageHeader title="本单位刊发的稿件" />
      <SearchForm q={q} placeholder="搜索标题和正文" label="搜索" />
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th className="p-2">标题</th>
            <th className="p-2">作者</th>
            <th className="p-2">刊于</th>
            <th className="p-2">日期</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => (
            <tr key={r.id} className="border-b border-stone-100">
              <td className="p-2">
                <Link className="hover:text-party" href={`/drafts/${r.draft.id}`}>
                  {r.title}
                </Link>
              </td>
              <td className="p-2">{r.draft.author.name}</td>
              <td className="p-2">
                <Link className="text-party underline" href={`/issues/${r.issue.id}`}>
                  《{r.issue.series.name}》{r.issue.year}年第{r.issue.number}期
                </Link>
                {r.issue.status === "VOIDED" && <span className="ml-1 text-red-600">（已作废）</span>}
              </td>
              <td className="p-2 text-stone-500">{r.issue.publishedAt && formatChineseDate(r.issue.publishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="mt-3 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">{q ? "没有符合条件的稿件" : "本单位还没有稿件被刊发"}</p>}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/issues/mine" />
    </div>
  );
}
